import * as assert from 'node:assert/strict';
import { GitIgnore } from '../../src/core/gitIgnore';

describe('gitIgnore', () => {
  const ignore = new GitIgnore();
  ignore.setFile('file:///w', '# build output\ndist/\n*.log\n!keep.log\n/top-only.ts\ndocs/generated\n');
  ignore.setFile('file:///w/pkg', 'local.ts\n!dist/\n');

  const cases: readonly [string, boolean][] = [
    ['file:///w/dist/a.ts', true],
    ['file:///w/src/dist/a.ts', true],
    // A folder-only pattern never ignores a file of that name.
    ['file:///w/src/dist', false],
    ['file:///w/src/a.log', true],
    ['file:///w/src/keep.log', false],
    ['file:///w/top-only.ts', true],
    ['file:///w/src/top-only.ts', false],
    ['file:///w/docs/generated/x.ts', true],
    ['file:///w/src/docs/generated/x.ts', false],
    ['file:///w/pkg/local.ts', true],
    ['file:///w/local.ts', false],
    // The deeper .gitignore's rules come last and decide.
    ['file:///w/pkg/dist/a.ts', false],
    ['file:///w/src/main.ts', false],
  ];
  for (const [file, ignored] of cases) {
    it(`${file.slice('file:///w/'.length)} is ${ignored ? '' : 'not '}ignored`, () => {
      assert.equal(ignore.isIgnored(file), ignored);
    });
  }

  it('forgets a deleted .gitignore', () => {
    const once = new GitIgnore();
    once.setFile('file:///w', 'dist/\n');
    once.deleteFile('file:///w');
    assert.equal(once.isIgnored('file:///w/dist/a.ts'), false);
  });
});
