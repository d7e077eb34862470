import * as assert from 'node:assert/strict';
import type { RequirementData } from '../../../src/core/model';
import { resolveSettings } from '../../../src/core/settings';
import { isReadableStamp, linkStamp, splitLink } from '../../../src/core/trace/linkStamp';
import { parse, yaml } from '../workspaceBuilder';

const REVIEWED = resolveSettings(undefined).reviewedFields;

function stampOf(text: string): string {
  const data: RequirementData | undefined = parse(text).requirements[0]?.data;
  assert.ok(data, 'the requirement was read');
  return linkStamp(data, REVIEWED);
}

const PLAIN = yaml`
  document: { prefix: P, title: T }
  requirements:
    - id: P-001
      title: Log in
      description: The user logs in with e-mail and password.
      acceptance: [Wrong password refused, Locked after five tries]
      owner: alice
`;

describe('link stamps: the fingerprint of reviewed fields', () => {
  it('is version 1, a colon and FNV-1a over the reviewed fields as JSON (checked by an independent implementation)', () => {
    assert.equal(stampOf(PLAIN), `1:${independentFnv1a('[["title","Log in"],["description","The user logs in with e-mail and password."],["acceptance",["Wrong password refused","Locked after five tries"]]]')}`);
    assert.match(stampOf(PLAIN), /^1:[0-9a-f]{8}$/);
  });

  it('does not change with formatting, comments, key order, quoting or block style', () => {
    const same = [
      yaml`
        # The login requirement.
        document: { prefix: P, title: T }
        requirements:
          - owner: bob   # not reviewed
            acceptance:
              - "Wrong password refused"
              - 'Locked after five tries'
            description: >
              The user logs in
              with e-mail and password.
            title: "Log in"
            id: P-001
      `,
      yaml`
        document: { prefix: P, title: T }
        requirements:
          - { id: P-001, title: 'Log in', description: "The user logs in with e-mail and password.", acceptance: [Wrong password refused, Locked after five tries] }
      `,
      yaml`
        document: { prefix: P, title: T }
        requirements:
          - id: P-001
            title: Log in
            description: |
              The user logs in with e-mail and password.
            acceptance: [Wrong password refused, Locked after five tries]
            priority: high
      `,
    ];
    for (const text of same) {
      assert.equal(stampOf(text), stampOf(PLAIN), text);
    }
  });

  it('changes when a reviewed field changes, is added or is removed', () => {
    const changed = [
      PLAIN.replace('Log in', 'Sign in'),
      PLAIN.replace('e-mail and password', 'e-mail or phone and password'),
      PLAIN.replace(', Locked after five tries', ''),
      PLAIN.replace('    description: The user logs in with e-mail and password.\n', ''),
      PLAIN.replace('    owner: alice\n', '    owner: alice\n    source: kickoff\n').replace('title: Log in', 'title: Log in.'),
    ];
    assert.ok(changed.every((text) => text !== PLAIN));
    const stamps = new Set(changed.map(stampOf));
    assert.equal(stamps.size, changed.length);
    assert.ok(!stamps.has(stampOf(PLAIN)));
  });

  it('covers the fields trace.reviewed_fields names', () => {
    const settings = resolveSettings({ trace: { reviewed_fields: ['title', 'owner'] } });
    assert.deepEqual(settings.reviewedFields, ['title', 'owner']);
    const data = parse(PLAIN).requirements[0].data;
    assert.notEqual(linkStamp({ ...data, owner: 'bob' }, settings.reviewedFields), linkStamp(data, settings.reviewedFields));
    assert.equal(linkStamp({ ...data, description: 'other' }, settings.reviewedFields), linkStamp(data, settings.reviewedFields));
  });

  it('splits a link item at its @, and reads only version 1 stamps', () => {
    assert.deepEqual(splitLink('P-001'), { id: 'P-001' });
    assert.deepEqual(splitLink('P-001@1:9c41e07b'), { id: 'P-001', stamp: '1:9c41e07b' });
    assert.equal(isReadableStamp('1:9c41e07b'), true);
    assert.equal(isReadableStamp('2:9c41e07b'), false);
    assert.equal(isReadableStamp('1:9C41E07B'), false);
    assert.equal(isReadableStamp('9c41e07b'), false);
  });
});

function independentFnv1a(text: string): string {
  let hash = 2166136261n;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash = ((hash ^ BigInt(byte)) * 16777619n) % 4294967296n;
  }
  return hash.toString(16).padStart(8, '0');
}
