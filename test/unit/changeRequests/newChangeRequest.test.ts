import * as assert from 'node:assert/strict';
import { changeRequestPath, newChangeRequestText, nextChangeRequestId, type NewChangeRequestInput } from '../../../src/core/changeRequests/newChangeRequest';
import { resolveSettings } from '../../../src/core/settings';
import { brief, indexOf, yaml } from '../workspaceBuilder';
import { PORTAL, PORTAL_FILE, refusal, settingsOf } from './changeRequestFixtures';

describe('new change request', () => {
  const context = { by: 'alice', now: '2026-11-20T09:12:00Z', today: '2026-11-20', settings: settingsOf() };
  const input: NewChangeRequestInput = {
    id: 'CR-0007',
    title: 'Support single sign-on',
    affects: ['PORTAL-001', 'PORTAL-002'],
    requested_by: 'Bob Li (Acme)',
    channel: 'email',
    reason: 'Acme moves all staff to their identity provider in Q1.',
    description: "Users log in through Acme's SSO instead of a password, and the portal never stores or asks for a password again.",
    expected_effect: 'No separate password: portal users sign in like everywhere else.',
    proposed: { 'PORTAL-001': { priority: 'critical', acceptance: ['The home page shows "Welcome, <name>"', 'No password field'] }, 'PORTAL-002': {} },
    note: 'Raised by Bob Li in the weekly call.',
  };

  const FULL = yaml`
    id: CR-0007
    title: Support single sign-on
    status: submitted
    requested_by: Bob Li (Acme)
    requested_on: 2026-11-20
    channel: email
    affects: [PORTAL-001, PORTAL-002]
    reason: Acme moves all staff to their identity provider in Q1.
    description: >-
      Users log in through Acme's SSO instead of a password, and the portal never
      stores or asks for a password again.
    expected_effect: >-
      No separate password: portal users sign in like everywhere else.
    proposed:
      PORTAL-001:
        priority: critical
        acceptance:
          - The home page shows "Welcome, <name>"
          - No password field
    history:
      - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted, note: Raised by Bob Li in the weekly call. }
  `;

  it('writes every field given, in the order of the format, with the submitted history entry', () => {
    assert.deepEqual(newChangeRequestText(input, context), { ok: true, text: FULL });
  });

  it('writes a file the core reads without a single problem', () => {
    const index = indexOf({ [PORTAL_FILE]: PORTAL, 'changes/CR-0007.cr.yaml': FULL });
    assert.deepEqual(index.findings('changes/CR-0007.cr.yaml').map(brief), []);
    assert.deepEqual(index.changeRequestsWithId('CR-0007')[0].data.history, [{ on: '2026-11-20T09:12:00Z', by: 'alice', action: 'submitted', note: 'Raised by Bob Li in the weekly call.' }]);
  });

  it('leaves out what is not given, and dates the request today', () => {
    assert.deepEqual(newChangeRequestText({ id: 'CR-0008', title: '  Dark mode ', affects: ['PORTAL-002'], reason: ' ', requested_on: '2026-11-19' }, context), {
      ok: true,
      text: yaml`
        id: CR-0008
        title: Dark mode
        status: submitted
        requested_on: 2026-11-19
        affects: [PORTAL-002]
        history:
          - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted }
      `,
    });
  });

  it('dates a request without a date by the local today, not by the UTC date of its history entry', () => {
    const result = newChangeRequestText({ id: 'CR-0009', title: 'Night filing', affects: ['PORTAL-002'] }, { ...context, now: '2026-11-19T23:10:00Z', today: '2026-11-20' });
    assert.ok(result.ok);
    assert.match(result.text, /^requested_on: 2026-11-20$/m);
    assert.match(result.text, /on: 2026-11-19T23:10:00Z/);
  });

  it('quotes what YAML would read differently', () => {
    const result = newChangeRequestText({ id: 'CR-0009', title: 'yes', affects: ['PORTAL-002'], requested_by: '#1 customer', description: 'Line one\nLine two' }, context);
    assert.ok(result.ok);
    assert.equal(result.text, yaml`
      id: CR-0009
      title: 'yes'
      status: submitted
      requested_by: '#1 customer'
      requested_on: 2026-11-20
      affects: [PORTAL-002]
      description: >-
        Line one

        Line two
      history:
        - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted }
    `);
  });

  describe('refuses, naming the problem', () => {
    const refused: [string, NewChangeRequestInput, string][] = [
      ['no affected requirement', { ...input, affects: [] }, 'A change request names the requirements it affects: none is given.'],
      ['an unknown channel', { ...input, channel: 'fax' }, "channel must be one of meeting, email, phone, chat, ticket, other (it is 'fax')."],
      ['an empty title', { ...input, title: ' ' }, 'title must not be empty.'],
      ['a date that is not one', { ...input, requested_on: '20.11.2026' }, "requested_on must be a date like 2026-12-01 (it is '20.11.2026')."],
      ['a malformed ID', { ...input, id: 'CR7' }, "id must be a change request ID like CR-0007 (it is 'CR7')."],
      ['a proposed value the requirement cannot hold', { ...input, proposed: { 'PORTAL-001': { priority: 'urgent' } } },
        "The proposed priority of PORTAL-001 cannot be written: priority must be one of critical, high, medium, low (it is 'urgent')."],
      ['proposed values for a requirement not affected', { ...input, proposed: { 'PORTAL-009': { priority: 'low' } } },
        'proposed names PORTAL-009, which is not listed in affects: add it to affects or remove it from proposed.'],
    ];
    for (const [what, given, reason] of refused) {
      it(what, () => {
        assert.equal(refusal(newChangeRequestText(given, context)), reason);
      });
    }

    it('a request without who', () => {
      assert.equal(refusal(newChangeRequestText(input, { ...context, by: '' })), 'The history needs to say who made the change, and no user name was given.');
    });
  });

  describe('nextChangeRequestId', () => {
    const cr = (id: string): string => `id: ${id}\ntitle: T\nstatus: submitted\naffects: [PORTAL-001]\n`;

    it('starts at 1, padded to ids.cr_digits', () => {
      assert.equal(nextChangeRequestId(indexOf({}), settingsOf()), 'CR-0001');
      assert.equal(nextChangeRequestId(indexOf({}), resolveSettings({ ids: { cr_digits: 3 } })), 'CR-001');
    });

    it('goes one above the highest number in use, as wide as the widest', () => {
      const index = indexOf({ 'changes/a.cr.yaml': cr('CR-0007'), 'changes/b.cr.yaml': cr('CR-12'), 'changes/c.cr.yaml': cr('CR-00003') });
      assert.equal(nextChangeRequestId(index, settingsOf()), 'CR-00013');
    });

    it('counts the name of a change request file whose ID cannot be read', () => {
      const index = indexOf({ 'changes/CR-0007.cr.yaml': cr('CR-0007'), 'changes/CR-0020.cr.yaml': 'id: [\n' });
      assert.equal(nextChangeRequestId(index, settingsOf()), 'CR-0021');
    });
  });

  it('puts a new request into the changes folder of the settings', () => {
    assert.equal(changeRequestPath('CR-0007', settingsOf()), 'changes/CR-0007.cr.yaml');
    assert.equal(changeRequestPath('CR-0007', resolveSettings({ changes: { folder: './docs/changes/' } })), 'docs/changes/CR-0007.cr.yaml');
    assert.equal(changeRequestPath('CR-0007', resolveSettings({ changes: { folder: '.' } })), 'CR-0007.cr.yaml');
  });
});
