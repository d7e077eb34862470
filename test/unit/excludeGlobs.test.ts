import * as assert from 'node:assert/strict';
import { combineExcludeGlobs, expandBraces } from '../../src/core/excludeGlobs';

describe('excludeGlob', () => {
  it('combines the true entries of files.exclude and search.exclude into one glob', () => {
    assert.equal(
      combineExcludeGlobs({ '**/.git': true, '**/off': false, '**/*.js': { when: '$(basename).ts' } }, { '**/node_modules': true, '**/.git': true }),
      '{**/.git,**/node_modules}',
    );
    assert.equal(combineExcludeGlobs(undefined, {}, null, 'x'), undefined);
  });

  it('expands braces, because VS Code globs do not nest them', () => {
    assert.equal(combineExcludeGlobs({ '**/*.{js,map}': true }, { 'build': true }), '{**/*.js,**/*.map,build}');
    assert.deepEqual(expandBraces('a/{b,c{d,e}}/f'), ['a/b/f', 'a/cd/f', 'a/ce/f']);
    assert.deepEqual(expandBraces('{a,b}.{x,y}'), ['a.x', 'a.y', 'b.x', 'b.y']);
    assert.deepEqual(expandBraces('a{b'), ['a{b']);
  });
});
