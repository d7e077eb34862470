import * as assert from 'node:assert/strict';
import { closest, editDistance, fieldLabel } from '../../src/core/schemaValidator';
import { brief, parse, yaml, type BriefFinding } from './workspaceBuilder';

/** The schema problems of one file, in document order. */
function schemaProblems(text: string, kind: Parameters<typeof parse>[1] = 'requirements'): BriefFinding[] {
  const findings = parse(text, kind).findings.map(brief);
  assert.deepEqual(findings.filter((f) => f.ruleId !== 'schema'), [], 'only schema problems expected');
  const key = (f: BriefFinding): number[] => f.range.split(/[:-]/).map(Number);
  return findings.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
}

function error(message: string, range: string): BriefFinding {
  return { ruleId: 'schema', severity: 'error', message, range };
}

const HEAD = 'document:\n  prefix: P\n  title: T\nrequirements:\n';
const CR_HEAD = 'id: CR-0001\ntitle: T\n';

describe('schemaValidator: schema problems at the exact node, in plain sentences', () => {
  describe('valid files', () => {
    it('accepts the requirements document of the design', () => {
      assert.deepEqual(schemaProblems(yaml`
        document:
          prefix: PORTAL            # IDs in this document look like PORTAL-001
          title: Customer portal
          customer: Acme Corp
          version: "1.2"
        requirements:
          - id: PORTAL-001
            title: Login goes to the home page
            description: >
              After the user enters a correct user name and password on the login
              page, the system goes to the user's home page and shows a welcome message.
            priority: high
            owner: alice
            status: in-progress
            source: Kick-off meeting 2026-10-02
            acceptance:
              - The home page shows "Welcome, <name>"
            links: [PORTAL-000]
            milestone: M1
            due: 2026-12-01
            tags: [auth]
            changes: [CR-0007]
      `), []);
    });

    it('accepts the change request of the design', () => {
      assert.deepEqual(schemaProblems(yaml`
        id: CR-0007
        title: Support single sign-on
        status: verified
        requested_by: Bob Li (Acme)
        requested_on: 2026-11-20
        channel: email
        affects: [PORTAL-001]
        reason: Acme moves all staff to their identity provider in Q1.
        description: Users log in through Acme's SSO instead of a password.
        expected_effect: No separate password for portal users.
        proposed:
          PORTAL-001:
            description: After SSO login the system goes to the user's home page ...
            priority: critical
        baseline:
          PORTAL-001: 3f2a9c1b
        impact:
          schedule_days: 5
          cost: 8000
          effort_hours: 40
          resources: one backend developer
          risk: medium
          notes: Needs the IdP test tenant from Acme.
        decision:
          outcome: approved
          by: [alice, carol]
          on: 2026-11-22
          rationale: Required by the customer's security policy.
        customer_signoff: { by: Bob Li, on: 2026-11-23 }
        history:
          - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted }
          - on: 2026-11-24T10:00:00Z
            by: alice
            action: implemented
            changed:
              - { requirement: PORTAL-001, field: priority, old: high, new: critical }
      `, 'change-request'), []);
    });

    it('accepts a complete reqdesk.yaml', () => {
      assert.deepEqual(schemaProblems(yaml`
        roster:
          - { id: alice, name: Alice Wang, email: alice@example.com, roles: [owner, ccb] }
          - id: bob
        ccb: { quorum: 2, require_customer_signoff: true }
        vocabulary:
          statuses: [draft, open, closed]
          priorities: [must, should, could]
        required_fields: [owner, priority, due]
        rules: { missing-owner: error, unknown-link: off }
        ids: { digits: 4, cr_digits: 5 }
        files: { requirements: [docs/*.yaml], change_requests: [crs/*.yaml], exclude: [tmp/**], max_size_mb: 0.5 }
        changes: { folder: crs }
      `, 'settings'), []);
    });

    it('leaves priority and status words to the vocabulary rules (they are configurable)', () => {
      assert.deepEqual(schemaProblems(`${HEAD}  - id: P-001\n    title: x\n    priority: urgent\n    status: parked\n`), []);
    });
  });

  describe('unknown fields (additionalProperties)', () => {
    it('puts an unknown requirement field on its key and suggests the near spelling', () => {
      assert.deepEqual(schemaProblems(`${HEAD}  - id: P-001\n    title: x\n    priorty: high\n`), [
        error("Unknown field 'priorty' in requirement 1. Did you mean 'priority'?", '6:4-6:11'),
      ]);
    });

    it('suggests the full name for an abbreviation, and nothing for an unrelated word', () => {
      assert.deepEqual(schemaProblems(`${HEAD}  - id: P-001\n    title: x\n  - id: P-002\n    title: y\n    prio: high\n    colour: red\n`), [
        error("Unknown field 'prio' in requirement 2. Did you mean 'priority'?", '8:4-8:8'),
        error("Unknown field 'colour' in requirement 2.", '9:4-9:10'),
      ]);
    });

    it('names the mapping the unknown field is in: the root, document, impact', () => {
      assert.deepEqual(schemaProblems('document:\n  prefix: P\n  titel: T\nrequirements: []\nextra: 1\n'), [
        error("document is missing the required field 'title'.", '1:2-1:11'),
        error("Unknown field 'titel' in document. Did you mean 'title'?", '2:2-2:7'),
        error("Unknown field 'extra'.", '4:0-4:5'),
      ]);
      assert.deepEqual(schemaProblems(`${CR_HEAD}status: assessed\naffects: [P-001]\nimpact:\n  schedule: 5\n`, 'change-request'), [
        error("Unknown field 'schedule' in impact. Did you mean 'schedule_days'?", '5:2-5:10'),
      ]);
    });
  });

  describe('wrong types', () => {
    it('shows the expected type and what the value is, on the value', () => {
      assert.deepEqual(schemaProblems(`${HEAD}  - id: P-001\n    title: [a, b]\n    owner: 5\n    acceptance: one\n    links: { a: 1 }\n`), [
        error('title must be text (it is a list).', '5:11-5:17'),
        error("owner must be text (it is '5').", '6:11-6:12'),
        error("acceptance must be a list (it is 'one').", '7:16-7:19'),
        error('links must be a list (it is a mapping).', '8:11-8:19'),
      ]);
    });

    it('reports an empty value just after its key', () => {
      assert.deepEqual(schemaProblems(`${HEAD}  - id: P-001\n    title:\n`), [
        error('title must be text (it is empty).', '5:10-5:10'),
      ]);
    });

    it('reports a wrong type of a whole section or of one list item', () => {
      assert.deepEqual(schemaProblems('document: [P, T]\nrequirements: 5\n'), [
        error('document must be a mapping (key: value pairs) (it is a list).', '0:10-0:16'),
        error("requirements must be a list (it is '5').", '1:14-1:15'),
      ]);
      assert.deepEqual(schemaProblems(`${HEAD}  - just text\n`), [
        error("requirement 1 must be a mapping (key: value pairs) (it is 'just text').", '4:4-4:13'),
      ]);
    });

    it('reports numbers that are text and text that is a number', () => {
      assert.deepEqual(schemaProblems(`${CR_HEAD}status: assessed\naffects: [P-001]\nimpact:\n  cost: lots\n  risk: 3\n`, 'change-request'), [
        error("cost must be a number (it is 'lots').", '5:8-5:12'),
        // Both the type and the enum reject a number here; both are reported on the value.
        error("risk must be text (it is '3').", '6:8-6:9'),
        error("risk must be one of low, medium, high (it is '3').", '6:8-6:9'),
      ]);
    });
  });

  describe('formats and patterns', () => {
    it('reports a date that is not a date', () => {
      assert.deepEqual(schemaProblems(`${HEAD}  - id: P-001\n    title: x\n    due: 2026-13-01\n  - id: P-002\n    title: y\n    due: next week\n`), [
        error("due must be a date like 2026-12-01 (it is '2026-13-01').", '6:9-6:19'),
        error("due must be a date like 2026-12-01 (it is 'next week').", '9:9-9:18'),
      ]);
    });

    it('reports a history time that is a date only', () => {
      assert.deepEqual(schemaProblems(`${CR_HEAD}status: submitted\naffects: [P-001]\nrequested_on: 20.11.2026\nhistory:\n  - { on: 2026-11-20, by: alice, action: submitted }\n`, 'change-request'), [
        error("requested_on must be a date like 2026-12-01 (it is '20.11.2026').", '4:14-4:24'),
        error("on must be a UTC date and time like 2026-11-20T09:12:00Z (it is '2026-11-20').", '6:10-6:20'),
      ]);
    });

    it('reports malformed requirement and change request IDs, also inside lists', () => {
      assert.deepEqual(schemaProblems(`${HEAD}  - id: p-1\n    title: x\n    links: [P-002, PORTAL002]\n    changes: [CR7]\n`), [
        error("id must be a requirement ID like PORTAL-001 (capital letters, a dash, digits) (it is 'p-1').", '4:8-4:11'),
        error("links item 2 of requirement 1 must be a requirement ID like PORTAL-001, bare or with the stamp Mark Link Reviewed writes (PORTAL-001@1:9c41e07b) (it is 'PORTAL002').", '6:19-6:28'),
        error("changes item 1 of requirement 1 must be a change request ID like CR-0007 (it is 'CR7').", '7:14-7:17'),
      ]);
      assert.deepEqual(schemaProblems('id: CR7\ntitle: T\nstatus: submitted\naffects: [p1]\n', 'change-request'), [
        error("id must be a change request ID like CR-0007 (it is 'CR7').", '0:4-0:7'),
        error("affects item 1 must be a requirement ID like PORTAL-001 (capital letters, a dash, digits) (it is 'p1').", '3:10-3:12'),
      ]);
    });

    it('reports a prefix that is not capital letters', () => {
      assert.deepEqual(schemaProblems('document:\n  prefix: portal\n  title: T\nrequirements: []\n'), [
        error("prefix must be capital letters, digits or _ starting with a letter, like PORTAL (it is 'portal').", '1:10-1:16'),
      ]);
    });

    it('shortens a long shown value to 40 characters', () => {
      const long = `X${'y'.repeat(60)}`;
      assert.deepEqual(schemaProblems(`${HEAD}  - id: ${long}\n    title: x\n`), [
        error(`id must be a requirement ID like PORTAL-001 (capital letters, a dash, digits) (it is '${long.slice(0, 40)}…').`, '4:8-4:69'),
      ]);
    });
  });

  describe('empty text, repeated and missing entries', () => {
    it('reports an empty title (minLength) on the quotes', () => {
      assert.deepEqual(schemaProblems(`${HEAD}  - id: P-001\n    title: ""\n    acceptance: ["", ok]\n`), [
        error('title must not be empty.', '5:11-5:13'),
        error('acceptance item 1 of requirement 1 must not be empty.', '6:17-6:19'),
      ]);
    });

    it('reports a repeated list item on its second occurrence, in flow and block lists', () => {
      assert.deepEqual(schemaProblems(`${HEAD}  - id: P-001\n    title: x\n    tags: [a, b, a]\n    links:\n      - P-002\n      - P-002\n    changes: [CR-1, CR-2, CR-1]\n`), [
        error('tags lists "a" twice.', '6:17-6:18'),
        error('links lists "P-002" twice.', '9:8-9:13'),
        error('changes lists "CR-1" twice.', '10:26-10:30'),
      ]);
    });

    it('reports a missing required field on the first key/value pair of the mapping', () => {
      assert.deepEqual(schemaProblems(`${HEAD}  - title: x\n    owner: bob\n`), [
        error("requirement 1 is missing the required field 'id'.", '4:4-4:12'),
      ]);
      assert.deepEqual(schemaProblems('document:\n  title: T\nrequirements: []\n'), [
        error("document is missing the required field 'prefix'.", '1:2-1:10'),
      ]);
    });

    it('keeps a missing-field problem on the key when the first value spans several lines', () => {
      // The whole document: block would cover the file; its key is enough.
      assert.deepEqual(schemaProblems('document:\n  prefix: P\n  title: T\n'), [
        error("The required field 'requirements' is missing.", '0:0-0:8'),
      ]);
      assert.deepEqual(schemaProblems(`${HEAD}  - description: >\n      long\n      text\n    owner: bob\n`), [
        error("requirement 1 is missing the required field 'id'.", '4:4-4:15'),
        error("requirement 1 is missing the required field 'title'.", '4:4-4:15'),
      ]);
    });

    it('reports each missing field of a change request once', () => {
      assert.deepEqual(schemaProblems('id: CR-0001\nreason: r\n', 'change-request'), [
        error("The required field 'title' is missing.", '0:0-0:11'),
        error("The required field 'status' is missing.", '0:0-0:11'),
        error("The required field 'affects' is missing.", '0:0-0:11'),
      ]);
    });
  });

  describe('change requests', () => {
    it('reports values outside the change request enums', () => {
      assert.deepEqual(schemaProblems(`${CR_HEAD}status: pending\naffects: [P-001]\nchannel: fax\nimpact:\n  risk: extreme\n`, 'change-request'), [
        error("status must be one of submitted, assessed, approved, rejected, implemented, verified, withdrawn (it is 'pending').", '2:8-2:15'),
        error("channel must be one of meeting, email, phone, chat, ticket, other (it is 'fax').", '4:9-4:12'),
        error("risk must be one of low, medium, high (it is 'extreme').", '6:8-6:15'),
      ]);
    });

    it('reports a decision with nobody in by (minItems), an unknown outcome and missing fields', () => {
      assert.deepEqual(schemaProblems(`${CR_HEAD}status: approved\naffects: [P-001]\ndecision:\n  outcome: approved\n  by: []\n  on: 2026-11-22\n`, 'change-request'), [
        error('by must have at least 1 entry.', '6:6-6:8'),
      ]);
      assert.deepEqual(schemaProblems(`${CR_HEAD}status: approved\naffects: [P-001]\ndecision:\n  outcome: maybe\n`, 'change-request'), [
        error("decision is missing the required field 'by'.", '5:2-5:16'),
        error("decision is missing the required field 'on'.", '5:2-5:16'),
        error("outcome must be one of approved, rejected (it is 'maybe').", '5:11-5:16'),
      ]);
    });

    it('reports history entries: a wrong action, a missing field, an empty by', () => {
      assert.deepEqual(schemaProblems(`${CR_HEAD}status: submitted\naffects: [P-001]\nhistory:\n  - { on: 2026-11-20T09:12:00Z, by: alice, action: submit }\n  - on: 2026-11-21T09:12:00Z\n    by: ""\n`, 'change-request'), [
        error("action must be one of submitted, assessed, approved, rejected, implemented, verified, withdrawn, reopened, reassessed, signed-off, edited (it is 'submit').", '5:51-5:57'),
        error("history entry 2 is missing the required field 'action'.", '6:4-6:28'),
        error('by must not be empty.', '7:8-7:10'),
      ]);
    });

    it('reports a sign-off without a date on its first pair, a negative effort on the value', () => {
      assert.deepEqual(schemaProblems(`${CR_HEAD}status: verified\naffects: [P-001]\ncustomer_signoff: { by: Bob }\nimpact:\n  effort_hours: -1\n`, 'change-request'), [
        error("customer_signoff is missing the required field 'on'.", '4:20-4:27'),
        error('effort_hours must be at least 0.', '6:16-6:18'),
      ]);
    });

    it('reports keys of proposed and baseline that are not requirement IDs or fields, on the key', () => {
      assert.deepEqual(schemaProblems(yaml`
        id: CR-0001
        title: T
        status: submitted
        affects: [P-001]
        proposed:
          P-001:
            priority: high
            id: P-009
          p-2:
            title: x
          P-003: nope
        baseline:
          P-001: XYZ
          bad: abcdef12
      `, 'change-request'), [
        error("'id' is not allowed as a key here in P-001: expected one of title, description, priority, owner, status, source, acceptance, links, milestone, due, tags.", '7:4-7:6'),
        error("'p-2' is not allowed as a key here in proposed: expected a requirement ID like PORTAL-001.", '8:2-8:5'),
        error("P-003 must be a mapping (key: value pairs) (it is 'nope').", '10:9-10:13'),
        error("P-001 must be a hexadecimal fingerprint written by ReqDesk (it is 'XYZ').", '12:9-12:12'),
        error("'bad' is not allowed as a key here in baseline: expected a requirement ID like PORTAL-001.", '13:2-13:5'),
      ]);
    });
  });

  describe('reqdesk.yaml', () => {
    it('reports each settings mistake in a plain sentence at its node', () => {
      assert.deepEqual(schemaProblems(yaml`
        roster:
          - id: alice smith
            roles: [owner, boss]
          - name: Bob
        ccb:
          quorum: 0
          require_customer_signoff: yes
        vocabulary:
          statuses: []
          priorities: [High]
        required_fields: [owner, id]
        rules:
          missing-owner: loud
          Bad_Rule: off
        ids:
          digits: 12
        files:
          max_size_mb: 0
        unknownkey: 1
      `, 'settings'), [
        error("id must be one word without spaces, like alice (it is 'alice smith').", '1:8-1:19'),
        error("roles item 2 of roster item 1 must be one of owner, ccb, analyst, customer (it is 'boss').", '2:19-2:23'),
        error("roster item 2 is missing the required field 'id'.", '3:4-3:13'),
        error('quorum must be at least 1.', '5:10-5:11'),
        error("require_customer_signoff must be true or false (it is 'yes').", '6:28-6:31'),
        error('statuses must have at least 1 entry.', '8:12-8:14'),
        error("priorities item 1 must be lower-case letters, digits or dashes starting with a letter, like in-progress (it is 'High').", '9:15-9:19'),
        error("required_fields item 2 must be one of description, priority, owner, status, source, acceptance, milestone, due (it is 'id').", '10:25-10:27'),
        error("missing-owner must be one of error, warning, info, off (it is 'loud').", '12:17-12:21'),
        error("'Bad_Rule' is not allowed as a key here in rules: expected lower-case letters, digits or dashes starting with a letter, like missing-owner.", '13:2-13:10'),
        error('digits must be at most 9.', '15:10-15:12'),
        error('max_size_mb must be more than 0.', '17:15-17:16'),
        error("Unknown field 'unknownkey'.", '18:0-18:10'),
      ]);
    });

    it('reports a non-integer quorum and a repeated status', () => {
      assert.deepEqual(schemaProblems('ccb:\n  quorum: 1.5\nvocabulary:\n  statuses: [new, done, new]\n', 'settings'), [
        error("quorum must be a whole number (it is '1.5').", '1:10-1:13'),
        error('statuses lists "new" twice.', '3:24-3:27'),
      ]);
    });
  });

  describe('helpers', () => {
    it('labels a path the way users count', () => {
      assert.equal(fieldLabel(['requirements', '3', 'links', '1']), 'links item 2 of requirement 4');
      assert.equal(fieldLabel(['requirements', '0', 'title']), 'title');
      assert.equal(fieldLabel(['requirements', '0']), 'requirement 1');
      assert.equal(fieldLabel(['history', '1']), 'history entry 2');
      assert.equal(fieldLabel(['vocabulary', 'priorities', '0']), 'priorities item 1');
      assert.equal(fieldLabel(['roster', '0', 'roles', '1']), 'roles item 2 of roster item 1');
      assert.equal(fieldLabel([]), '');
    });

    it('suggests a near name by edit distance or abbreviation, or none', () => {
      assert.equal(closest('priorty', ['priority', 'owner']), 'priority');
      assert.equal(closest('Owner', ['priority', 'owner']), 'owner');
      assert.equal(closest('desc', ['description', 'due']), 'description');
      assert.equal(closest('st', ['status', 'source']), undefined);
      assert.equal(closest('colour', ['priority', 'owner']), undefined);
      assert.equal(editDistance('kitten', 'sitting'), 3);
      assert.equal(editDistance('', 'abc'), 3);
    });
  });
});
