import * as assert from 'node:assert/strict';
import { newChangeRequestText } from '../../../src/core/changeRequests/newChangeRequest';
import { changeRequestFromRecord } from '../../../src/core/records/changeRequestFromRecord';
import { indexOf, yaml } from '../workspaceBuilder';

const FILES = {
  'reqdesk.yaml': 'roster:\n  - { id: alice, roles: [owner, ccb] }\n  - { id: bob.li, name: Bob Li, roles: [customer] }\n',
  'a.req.yaml': 'document: { prefix: P, title: T }\nrequirements:\n  - { id: P-001, title: a, owner: alice, priority: high }\n  - { id: P-002, title: b, owner: alice, priority: high }\n',
  'notes/mail.md': yaml`
    ---
    kind: email
    on: 2026-11-19T23:42-05:00
    subject: SMS when an order ships
    with: [bob.li, alice, Wang Wei]
    requirements: [P-002]
    ---
    Bob asks for an SMS besides the e-mail of P-001 (not P-404, UTF-8 neither).
  `,
};

describe('communication records: a change request from a record', () => {
  it('takes the channel from the kind, the date as written, the customers, the record and the known requirements', () => {
    const index = indexOf(FILES);
    const record = index.get('notes/mail.md')?.record;
    assert.ok(record);
    const input = changeRequestFromRecord(record, { id: 'CR-0007', recordPath: 'notes/mail.md' }, index, index.settingsFor('notes/mail.md'));
    assert.deepEqual(input, {
      id: 'CR-0007', title: 'SMS when an order ships', affects: ['P-002', 'P-001'], requested_by: 'Bob Li, Wang Wei',
      requested_on: '2026-11-19', channel: 'email', source_record: 'notes/mail.md',
    });
    const written = newChangeRequestText(input, { by: 'alice', now: '2026-11-20T09:00:00Z', today: '2026-11-20', settings: index.settingsFor('changes/CR-0007.cr.yaml') });
    assert.ok(written.ok);
    assert.equal(written.text, [
      'id: CR-0007', 'title: SMS when an order ships', 'status: submitted', 'requested_by: Bob Li, Wang Wei', 'requested_on: 2026-11-19', 'channel: email',
      'source_record: notes/mail.md', 'affects: [P-002, P-001]', 'history:', '  - { on: 2026-11-20T09:00:00Z, by: alice, action: submitted }', '',
    ].join('\n'));
  });

  it('maps every kind to a channel of the change-request schema', () => {
    const channels = Object.fromEntries(['meeting', 'email', 'call', 'chat', 'visit', 'other'].map((kind) => {
      const index = indexOf({ 'notes/r.md': `---\nkind: ${kind}\non: 2026-12-01\nsubject: S\n---\n` });
      const record = index.get('notes/r.md')?.record;
      assert.ok(record);
      return [kind, changeRequestFromRecord(record, { id: 'CR-0001', recordPath: 'notes/r.md', title: 'T' }, index, index.settingsFor('notes/r.md')).channel];
    }));
    assert.deepEqual(channels, { meeting: 'meeting', email: 'email', call: 'phone', chat: 'chat', visit: 'meeting', other: 'other' });
  });

  it('names no requester without a roster', () => {
    const index = indexOf({ 'notes/r.md': '---\nkind: call\non: 2026-12-01\nsubject: S\nwith: [Bob]\n---\n' });
    const record = index.get('notes/r.md')?.record;
    assert.ok(record);
    assert.equal(changeRequestFromRecord(record, { id: 'CR-0001', recordPath: 'notes/r.md' }, index, index.settingsFor('notes/r.md')).requested_by, undefined);
  });
});
