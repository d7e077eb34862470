import * as assert from 'node:assert/strict';
import { idPrefix } from '../../src/core/idSuggestions';
import { idOccurrences, idQueryBefore, idSortKey, REQUIREMENT_ID_IN_TEXT } from '../../src/core/requirementIdText';

describe('requirementIdText', () => {
  it('finds an ID only as a whole ID', () => {
    const text = 'PORTAL-001, XPORTAL-001, PORTAL-0012, PORTAL-001_x, (PORTAL-001) sub-PORTAL-001\nPORTAL-001';
    assert.deepEqual(idOccurrences(text, 'PORTAL-001'), [0, 53, 69, 80]);
    assert.deepEqual(idOccurrences('', 'PORTAL-001'), []);
  });

  it('matches the schema pattern in text, bounded by non-word characters', () => {
    const find = (text: string): string | undefined => new RegExp(REQUIREMENT_ID_IN_TEXT.source, 'g').exec(text)?.[0];
    assert.equal(find('see PORTAL_X-12.'), 'PORTAL_X-12');
    assert.equal(find('// UTF-8 and ISO-9001'), 'UTF-8');
    assert.equal(find('portal-001 Portal-001 aPORTAL-001'), undefined);
  });

  it('reads what was typed of an ID before the cursor', () => {
    assert.deepEqual(idQueryBefore('links: [PORTAL-'), { start: 8, prefix: 'PORTAL', hasDash: true });
    assert.deepEqual(idQueryBefore('// see PORTAL-0'), { start: 7, prefix: 'PORTAL', hasDash: true });
    assert.deepEqual(idQueryBefore('- PORT'), { start: 2, prefix: 'PORT', hasDash: false });
    assert.equal(idQueryBefore('xPORT'), undefined);
    assert.equal(idQueryBefore('PORTAL-001 '), undefined);
    assert.equal(idQueryBefore('port'), undefined);
  });

  it('sorts IDs numerically within their prefix', () => {
    const ids = ['PORTAL-10', 'PORTAL-2', 'APP-100', 'PORTAL-001'];
    assert.deepEqual([...ids].sort((a, b) => (idSortKey(a) < idSortKey(b) ? -1 : 1)), ['APP-100', 'PORTAL-001', 'PORTAL-2', 'PORTAL-10']);
    // Completion groups IDs by the prefix before the last dash.
    assert.equal(idPrefix('MY-APP-7'), 'MY-APP');
  });
});
