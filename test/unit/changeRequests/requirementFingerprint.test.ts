import * as assert from 'node:assert/strict';
import { requirementFingerprint } from '../../../src/core/changeRequests/requirementFingerprint';
import { PORTAL, PORTAL_001_FINGERPRINT, PORTAL_002_FINGERPRINT, portalIndex } from './changeRequestFixtures';

describe('requirementFingerprint', () => {
  it('is FNV-1a over the UTF-8 of the fields as JSON, in 8 hex digits (values checked with an independent implementation)', () => {
    assert.equal(requirementFingerprint({}), '741638a5');
    assert.equal(requirementFingerprint({ id: 'P-001', title: '登录' }), 'e3c341f6');
  });

  it('fingerprints the fixture requirements as the other tests expect', () => {
    const index = portalIndex();
    assert.equal(requirementFingerprint(index.requirementsWithId('PORTAL-001')[0].data), PORTAL_001_FINGERPRINT);
    assert.equal(requirementFingerprint(index.requirementsWithId('PORTAL-002')[0].data), PORTAL_002_FINGERPRINT);
  });

  it('ignores key order, layout, quoting and comments: only the values count', () => {
    const reformatted = portalIndex(PORTAL
      .replace('    title: Login goes to the home page\n', '')
      .replace('    priority: high   # agreed in kick-off', "    priority: 'high'\n    title: \"Login goes to the home page\"")
      .replace('    tags: [auth]', '    tags:\n      - auth'));
    assert.equal(requirementFingerprint(reformatted.requirementsWithId('PORTAL-001')[0].data), PORTAL_001_FINGERPRINT);
  });

  it('changes with any value, list order included', () => {
    const base = { id: 'P-1', title: 'T', links: ['A', 'B'] };
    const fingerprints = [
      base, { ...base, title: 'T ' }, { ...base, links: ['B', 'A'] }, { ...base, links: ['A', 'B'], changes: [] }, { ...base, owner: 'alice' },
    ].map(requirementFingerprint);
    assert.equal(new Set(fingerprints).size, fingerprints.length);
    assert.match(fingerprints[0], /^[0-9a-f]{8}$/);
  });
});
