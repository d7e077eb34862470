import * as assert from 'node:assert/strict';
import { resolveIdentity } from '../../src/core/currentIdentity';
import { customerMembers, ownerCandidates, personName } from '../../src/core/roster';
import { resolveSettings, type RosterMember } from '../../src/core/settings';

/** The roster of examples/reqdesk.yaml, less two members. */
const ROSTER: readonly RosterMember[] = [
  { id: 'alice', name: 'Alice Wang', email: 'alice.wang@example.com', roles: ['owner', 'ccb'] },
  { id: 'li.na', name: '李娜', email: 'li.na@example.com', roles: ['owner', 'analyst'] },
  { id: 'bob.li', name: 'Bob Li', email: 'bob.li@acme.example', roles: ['customer'] },
];

describe('resolveIdentity', () => {
  it('takes reqdesk.user first: a roster id, or a member e-mail or name written there', () => {
    const git = { gitEmail: 'bob.li@acme.example', gitName: 'Bob Li' };
    assert.deepEqual(resolveIdentity(ROSTER, { configured: 'li.na', ...git }), { by: 'li.na' });
    assert.deepEqual(resolveIdentity(ROSTER, { configured: ' alice wang ', ...git }), { by: 'alice' });
    assert.deepEqual(resolveIdentity(ROSTER, { configured: 'ALICE.WANG@example.com', ...git }), { by: 'alice' });
  });

  it('passes over a reqdesk.user that names nobody in the roster', () => {
    assert.deepEqual(resolveIdentity(ROSTER, { configured: 'Alice W.', gitEmail: 'li.na@example.com' }), { by: 'li.na' });
    assert.deepEqual(resolveIdentity(ROSTER, { configured: 'Alice W.' }), { ask: 'roster' });
  });

  it('takes the answer remembered from an earlier question when git matches nobody, while its id is in the roster', () => {
    assert.deepEqual(resolveIdentity(ROSTER, { remembered: 'li.na', gitEmail: 'dave@example.com', gitName: 'Dave' }), { by: 'li.na' });
    assert.deepEqual(resolveIdentity(ROSTER, { remembered: 'li.na', gitEmail: 'alice.wang@example.com' }), { by: 'alice' });
    assert.deepEqual(resolveIdentity(ROSTER, { remembered: 'carol' }), { ask: 'roster' });
  });

  it("matches git's user.email against the members' e-mail, ignoring case and space", () => {
    assert.deepEqual(resolveIdentity(ROSTER, { gitEmail: '  Alice.Wang@Example.com ', gitName: '李娜' }), { by: 'alice' });
  });

  it("matches git's user.name against the members' name, then their id", () => {
    assert.deepEqual(resolveIdentity(ROSTER, { gitEmail: 'alice@home.example', gitName: 'alice wang' }), { by: 'alice' });
    assert.deepEqual(resolveIdentity(ROSTER, { gitName: '李娜' }), { by: 'li.na' });
    assert.deepEqual(resolveIdentity(ROSTER, { gitName: 'Bob.Li' }), { by: 'bob.li' });
  });

  it('asks from the roster when nothing matches, or nothing is known', () => {
    assert.deepEqual(resolveIdentity(ROSTER, { gitEmail: 'dave@example.com', gitName: 'Dave' }), { ask: 'roster' });
    assert.deepEqual(resolveIdentity(ROSTER, { configured: '  ', gitName: '' }), { ask: 'roster' });
  });

  it("without a roster keeps today's way: reqdesk.user, else git's user.name, else ask for a name", () => {
    assert.deepEqual(resolveIdentity([], { configured: 'Alice Wang', gitName: 'alice' }), { by: 'Alice Wang' });
    assert.deepEqual(resolveIdentity([], { gitEmail: 'alice.wang@example.com', gitName: ' Alice Wang ' }), { by: 'Alice Wang' });
    assert.deepEqual(resolveIdentity([], { remembered: 'alice', gitEmail: 'alice.wang@example.com' }), { ask: 'name' });
  });
});

describe('roster helpers', () => {
  const settings = resolveSettings({ roster: ROSTER.map((m) => ({ ...m, roles: [...m.roles] })) });

  it('offers the members with the owner role as owners, the customer role as customers', () => {
    assert.deepEqual(ownerCandidates(settings).map((m) => m.id), ['alice', 'li.na']);
    assert.deepEqual(customerMembers(settings).map((m) => m.id), ['bob.li']);
  });

  it('offers everyone but the customers when the roster gives nobody the owner role', () => {
    const noOwners = resolveSettings({ roster: [{ id: 'alice' }, { id: 'carol', roles: ['ccb'] }, { id: 'bob.li', roles: ['customer'] }] });
    assert.deepEqual(ownerCandidates(noOwners).map((m) => m.id), ['alice', 'carol']);
  });

  it("shows a member by name and anyone else as written", () => {
    assert.equal(personName(settings, 'li.na'), '李娜');
    assert.equal(personName(settings, 'lina'), 'lina');
    assert.equal(personName(resolveSettings({ roster: [{ id: 'carol', name: ' ' }] }), 'carol'), 'carol');
  });
});
