import * as assert from 'node:assert/strict';
import { globToRegExp, matchesAnyGlob, matchGlob } from '../../src/core/glob';

describe('glob', () => {
  const cases: readonly [string, string, boolean][] = [
    ['**/*.req.yaml', 'a.req.yaml', true],
    ['**/*.req.yaml', 'docs/deep/a.req.yaml', true],
    ['**/*.req.yaml', 'docs/a.req.yml', false],
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'docs/a.yaml', false],
    ['docs/*.yaml', 'docs/a.yaml', true],
    ['docs/*.yaml', 'docs/x/a.yaml', false],
    ['docs/**/*.yaml', 'docs/a.yaml', true],
    ['docs/**/*.yaml', 'docs/x/y/a.yaml', true],
    ['docs/**', 'docs', true],
    ['docs/**', 'docs/a/b', true],
    ['docs/**', 'docsx/a', false],
    ['**/node_modules/**', 'node_modules/x/a.req.yaml', true],
    ['**/node_modules/**', 'a/node_modules/b.req.yaml', true],
    ['**/node_modules/**', 'a/my_node_modules/b.req.yaml', false],
    ['**', 'any/thing', true],
    ['req-?.yaml', 'req-1.yaml', true],
    ['req-?.yaml', 'req-12.yaml', false],
    ['req-?.yaml', 'req-/.yaml', false],
    ['*.{yaml,yml}', 'a.yml', true],
    ['*.{yaml,yml}', 'a.json', false],
    ['{docs,specs}/**/*.{req,spec}.{yaml,yml}', 'specs/x/a.spec.yml', true],
    ['{a,{b,c}}.yaml', 'c.yaml', true],
    ['a+b (1).yaml', 'a+b (1).yaml', true],
    ['a.yaml', 'aXyaml', false],
    ['./docs/*.yaml', 'docs/a.yaml', true],
    ['Docs/*.yaml', 'docs/a.yaml', false],
    ['{unclosed', '{unclosed', true],
    ['需求/*.yaml', '需求/登录.yaml', true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(matchGlob(glob, path), expected);
    });
  }

  it('matches when any of several globs does', () => {
    assert.equal(matchesAnyGlob(['*.md', 'docs/**'], 'docs/a.yaml'), true);
    assert.equal(matchesAnyGlob([], 'docs/a.yaml'), false);
  });

  it('compiles each glob once', () => {
    assert.equal(globToRegExp('x/**/y'), globToRegExp('x/**/y'));
  });
});
