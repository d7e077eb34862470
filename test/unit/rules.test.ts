import * as assert from 'node:assert/strict';
import type { Severity } from '../../src/core/finding';
import { PARSE_RULE_IDS, RULES, configuredSeverity } from '../../src/core/rules/ruleRegistry';
import { DEFAULT_SETTINGS, resolveSettings } from '../../src/core/settings';
import { at, indexOf, problems, workspace, yaml, type BriefFinding } from './workspaceBuilder';

const REQ = 'a.req.yaml';
const CR = 'changes/CR-0001.cr.yaml';

function finding(ruleId: string, severity: Severity, message: string, range: string): BriefFinding {
  return { ruleId, severity, message, range };
}

/** A requirements document whose requirements every change request below may name. */
const TARGETS = yaml`
  document:
    prefix: P
    title: Targets
  requirements:
    - { id: P-001, title: one, owner: alice, priority: high }
    - { id: P-002, title: two, owner: alice, priority: high }
`;

/** The problems of a change request, with TARGETS (and optionally reqdesk.yaml) beside it. */
function crProblems(text: string, settings?: string): BriefFinding[] {
  const files: Record<string, string> = { 'targets.req.yaml': TARGETS, [CR]: text };
  if (settings !== undefined) {
    files['reqdesk.yaml'] = settings;
  }
  const index = indexOf(files);
  if (settings !== undefined) {
    assert.deepEqual(problems(index, 'reqdesk.yaml'), [], 'the settings themselves are valid');
  }
  return problems(index, CR);
}

const IMPACT = 'impact: { schedule_days: 1, cost: 0, effort_hours: 8, resources: the team, risk: low }';

describe('rules', () => {
  describe('the registry', () => {
    it('has unique rule ids, none shared with the parse problems, each described', () => {
      const ids = RULES.map((r) => r.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.deepEqual(ids.filter((id) => (PARSE_RULE_IDS as readonly string[]).includes(id)), []);
      for (const rule of RULES) {
        assert.match(rule.id, /^[a-z][a-z0-9-]*$/);
        assert.ok(rule.description.endsWith('.'), rule.id);
      }
    });

    it('holds every rule this suite covers', () => {
      assert.deepEqual([...RULES.map((r) => r.id)].sort(), [
        'cr-decision-ccb', 'cr-inconsistent-status', 'cr-missing-impact', 'cr-unknown-requirement', 'duplicate-cr-id',
        'duplicate-id', 'id-prefix-mismatch', 'invalid-priority', 'invalid-status', 'missing-field', 'missing-owner',
        'missing-priority', 'overdue', 'unknown-link', 'unknown-owner',
        // The communication records' rules: records/recordRules.test.ts.
        'record-action-overdue', 'record-unknown-id', 'record-unknown-person',
        // The risk register's rules: risks/riskRules.test.ts.
        'risk-missing-owner', 'risk-unmitigated', 'risk-review-due', 'risk-unknown-link', 'duplicate-risk-id', 'cr-unknown-risk',
        // The client project's rules: project/projectRules.test.ts.
        'unknown-milestone', 'due-after-milestone', 'milestone-overdue', 'payment-overdue', 'document-missing',
        // Stamped links: trace/suspectLinkRule.test.ts.
        'suspect-link', 'bad-link-stamp',
      ].sort());
    });

    it('takes the severity from reqdesk.yaml, or the default, or none for off', () => {
      const settings = resolveSettings({ rules: { 'missing-owner': 'error', 'unknown-link': 'off' } });
      assert.equal(configuredSeverity('missing-owner', 'warning', { settings }), 'error');
      assert.equal(configuredSeverity('unknown-link', 'warning', { settings }), undefined);
      assert.equal(configuredSeverity('duplicate-id', 'error', { settings }), 'error');
      assert.equal(configuredSeverity('schema', 'error', { settings: DEFAULT_SETTINGS }), 'error');
    });
  });

  describe('missing-owner, missing-priority, missing-field', () => {
    const text = yaml`
      document:
        prefix: P
        title: T
      requirements:
        - id: P-001
          title: no owner, no priority
        - id: P-002
          title: empty owner
          owner:
          priority: low
        - id: P-003
          title: blank owner
          owner: "  "
          priority: ""
        - id: P-004
          title: complete
          owner: bob
          priority: low
    `;

    it('reports a missing owner or priority on the key, or on the first pair when there is no key', () => {
      assert.deepEqual(problems(indexOf({ [REQ]: text }), REQ).filter((f) => f.ruleId !== 'schema'), [
        finding('missing-owner', 'warning', 'P-001 has no owner: assign someone responsible.', '4:4-4:13'),
        finding('missing-priority', 'warning', 'P-001 has no priority: set one of critical, high, medium, low.', '4:4-4:13'),
        finding('missing-owner', 'warning', 'P-002 has no owner: assign someone responsible.', '8:4-8:9'),
        finding('missing-owner', 'warning', 'P-003 has no owner: assign someone responsible.', '12:4-12:9'),
        finding('missing-priority', 'warning', 'P-003 has no priority: set one of critical, high, medium, low.', '13:4-13:12'),
      ]);
    });

    it('names a requirement without an ID as "This requirement"', () => {
      const index = indexOf({ [REQ]: 'document:\n  prefix: P\n  title: T\nrequirements:\n  - title: anonymous\n    priority: low\n' });
      assert.deepEqual(problems(index, REQ, 'missing-owner'), [
        finding('missing-owner', 'warning', 'This requirement has no owner: assign someone responsible.', '4:4-4:20'),
      ]);
    });

    it('lists the project priorities in the missing-priority message', () => {
      const index = indexOf({ 'reqdesk.yaml': 'vocabulary:\n  priorities: [must, should, could]\n', [REQ]: text });
      assert.deepEqual(problems(index, REQ, 'missing-priority')[0],
        finding('missing-priority', 'warning', 'P-001 has no priority: set one of must, should, could.', '4:4-4:13'));
    });

    it('checks exactly the fields reqdesk.yaml requires', () => {
      const index = indexOf({
        'reqdesk.yaml': 'required_fields: [description, acceptance, due]\n',
        [REQ]: yaml`
          document:
            prefix: P
            title: T
          requirements:
            - id: P-001
              title: x
              description: Does something.
              acceptance: []
            - id: P-002
              title: y
              description: "   "
              acceptance: [It works.]
              due: 2026-12-01
        `,
      });
      assert.deepEqual(problems(index, REQ, 'missing-field'), [
        finding('missing-field', 'warning', 'P-001 has no due (required by reqdesk.yaml).', '4:4-4:13'),
        finding('missing-field', 'warning', 'P-001 has no acceptance (required by reqdesk.yaml).', '7:4-7:14'),
        finding('missing-field', 'warning', 'P-002 has no description (required by reqdesk.yaml).', '10:4-10:15'),
      ]);
    });

    it('reports nothing when the required fields are all there', () => {
      const index = workspace().requirements(REQ, 'P', (d) => d.req('P-001').req('P-002', { status: undefined })).build();
      assert.deepEqual(problems(index, REQ), []);
    });
  });

  describe('invalid-status, invalid-priority', () => {
    const text = yaml`
      document:
        prefix: P
        title: T
      requirements:
        - id: P-001
          title: x
          owner: alice
          priority: urgent
          status: open
        - id: P-002
          title: y
          owner: alice
          priority: must
          status: new
    `;

    it('reports words outside the default vocabulary on the value', () => {
      assert.deepEqual(problems(indexOf({ [REQ]: text }), REQ), [
        finding('invalid-priority', 'error', "priority must be one of critical, high, medium, low (it is 'urgent').", '7:14-7:20'),
        finding('invalid-status', 'error', "status must be one of new, in-progress, done, accepted, rejected, deferred (it is 'open').", '8:12-8:16'),
        finding('invalid-priority', 'error', "priority must be one of critical, high, medium, low (it is 'must').", '12:14-12:18'),
      ]);
    });

    it('accepts the project vocabulary and rejects the default words it does not list', () => {
      const settings = 'vocabulary:\n  statuses: [draft, open, closed]\n  priorities: [must, should, urgent]\n';
      assert.deepEqual(problems(indexOf({ 'reqdesk.yaml': settings, [REQ]: text }), REQ), [
        finding('invalid-status', 'error', "status must be one of draft, open, closed (it is 'new').", '13:12-13:15'),
      ]);
    });

    it('leaves an empty status to the schema', () => {
      const index = indexOf({ [REQ]: 'document:\n  prefix: P\n  title: T\nrequirements:\n  - { id: P-001, title: x, owner: a, priority: low, status: "" }\n' });
      assert.deepEqual(problems(index, REQ), []);
    });
  });

  describe('duplicate-id', () => {
    it('reports a duplicate at every occurrence in one file, each pointing at the other', () => {
      const index = indexOf({
        [REQ]: yaml`
          document:
            prefix: P
            title: T
          requirements:
            - id: P-001
              title: x
              owner: alice
              priority: low
            - id: P-001
              title: y
              owner: alice
              priority: low
        `,
      });
      assert.deepEqual(problems(index, REQ), [
        finding('duplicate-id', 'error', 'Duplicate requirement ID P-001: it is defined 2 times in the workspace.', '4:8-4:13'),
        finding('duplicate-id', 'error', 'Duplicate requirement ID P-001: it is defined 2 times in the workspace.', '8:8-8:13'),
      ]);
      const related = index.findings(REQ).map((f) => f.related?.map((r) => `${r.file} ${at(r.range)} ${r.message}`));
      assert.deepEqual(related, [['a.req.yaml 8:8-8:13 P-001 is also defined here.'], ['a.req.yaml 4:8-4:13 P-001 is also defined here.']]);
    });

    it('reports a duplicate across three files, in each, listing all the other places', () => {
      const index = workspace()
        .requirements('a.req.yaml', 'P', (d) => d.req('P-001').req('P-002'))
        .requirements('b.req.yaml', 'P', (d) => d.req('P-002'))
        .requirements('sub/c.req.yaml', 'P', (d) => d.req('P-002'))
        .build();
      assert.deepEqual(problems(index, 'a.req.yaml'), [
        finding('duplicate-id', 'error', 'Duplicate requirement ID P-002: it is defined 3 times in the workspace.', '9:8-9:13'),
      ]);
      assert.deepEqual(problems(index, 'b.req.yaml'), [
        finding('duplicate-id', 'error', 'Duplicate requirement ID P-002: it is defined 3 times in the workspace.', '4:8-4:13'),
      ]);
      const related = index.findings('sub/c.req.yaml')[0].related ?? [];
      assert.deepEqual(related.map((r) => [r.file, at(r.range)]), [['a.req.yaml', '9:8-9:13'], ['b.req.yaml', '4:8-4:13']]);
    });

    it('does not report distinct IDs', () => {
      const index = workspace().requirements('a.req.yaml', 'P', (d) => d.req('P-001')).requirements('b.req.yaml', 'P', (d) => d.req('P-002')).build();
      assert.deepEqual([...problems(index, 'a.req.yaml'), ...problems(index, 'b.req.yaml')], []);
    });
  });

  describe('unknown-link', () => {
    it('reports links to unknown IDs and to the requirement itself, on the list item', () => {
      const index = indexOf({
        [REQ]: yaml`
          document:
            prefix: P
            title: T
          requirements:
            - id: P-001
              title: x
              owner: alice
              priority: low
              links: [P-002, P-404, P-001]
            - id: P-002
              title: y
              owner: alice
              priority: low
              links:
                - Q-001
                - P-001
        `,
      });
      assert.deepEqual(problems(index, REQ), [
        finding('unknown-link', 'warning', 'Link to unknown requirement P-404: no requirement in the workspace has this ID.', '8:19-8:24'),
        finding('unknown-link', 'warning', 'P-001 links to itself.', '8:26-8:31'),
        finding('unknown-link', 'warning', 'Link to unknown requirement Q-001: no requirement in the workspace has this ID.', '14:8-14:13'),
      ]);
    });

    it('accepts links to requirements in other files', () => {
      const index = workspace()
        .requirements('a.req.yaml', 'P', (d) => d.req('P-001', { links: ['Q-001'] }))
        .requirements('b.req.yaml', 'Q', (d) => d.req('Q-001', { links: ['P-001'] }))
        .build();
      assert.deepEqual([...problems(index, 'a.req.yaml'), ...problems(index, 'b.req.yaml')], []);
    });
  });

  describe('id-prefix-mismatch', () => {
    it("reports an ID that does not start with the document's prefix, on the value", () => {
      const index = workspace().requirements(REQ, 'PORTAL', (d) => d.req('PORTAL-001').req('PORTAL_X-002').req('BILL-7')).build();
      assert.deepEqual(problems(index, REQ), [
        finding('id-prefix-mismatch', 'warning', "ID PORTAL_X-002 does not match this document's prefix PORTAL: expected PORTAL-002.", '9:8-9:20'),
        finding('id-prefix-mismatch', 'warning', "ID BILL-7 does not match this document's prefix PORTAL: expected PORTAL-7.", '14:8-14:14'),
      ]);
    });

    it('leaves a malformed ID to the schema', () => {
      const index = workspace().requirements(REQ, 'PORTAL', (d) => d.req('bill-7')).build();
      assert.deepEqual(problems(index, REQ).map((f) => f.ruleId), ['schema']);
    });
  });

  describe('unknown-owner', () => {
    const roster = 'roster:\n  - { id: alice, name: Alice Wang, roles: [owner] }\n  - { id: bob, roles: [owner, ccb] }\n';
    const text = yaml`
      document:
        prefix: P
        title: T
      requirements:
        - { id: P-001, title: a, priority: low, owner: alice }
        - { id: P-002, title: b, priority: low, owner: Alice Wang }
        - { id: P-003, title: c, priority: low, owner: bobb }
        - { id: P-004, title: d, priority: low, owner: zed }
    `;

    it('reports owners not in the roster on the value, suggesting by name or spelling', () => {
      assert.deepEqual(problems(indexOf({ 'reqdesk.yaml': roster, [REQ]: text }), REQ), [
        finding('unknown-owner', 'warning', "Owner 'Alice Wang' is not in the roster (reqdesk.yaml). Did you mean 'alice'?", '5:49-5:59'),
        finding('unknown-owner', 'warning', "Owner 'bobb' is not in the roster (reqdesk.yaml). Did you mean 'bob'?", '6:49-6:53'),
        finding('unknown-owner', 'warning', "Owner 'zed' is not in the roster (reqdesk.yaml). Known: alice, bob.", '7:49-7:52'),
      ]);
    });

    it('accepts any owner when there is no roster', () => {
      assert.deepEqual(problems(indexOf({ [REQ]: text }), REQ), []);
    });

    it('applies the roster of the reqdesk.yaml of the enclosing folder only', () => {
      const index = indexOf({ 'team/reqdesk.yaml': roster, 'team/a.req.yaml': text, 'other/a.req.yaml': text });
      assert.equal(problems(index, 'team/a.req.yaml', 'unknown-owner').length, 3);
      assert.deepEqual(problems(index, 'other/a.req.yaml', 'unknown-owner'), []);
    });
  });

  describe('severity overrides in reqdesk.yaml', () => {
    const text = yaml`
      document:
        prefix: P
        title: T
      requirements:
        - id: P-001
          title: x
          links: [P-404]
          colour: red
    `;

    it('uses the default severities without settings', () => {
      assert.deepEqual(problems(indexOf({ [REQ]: text }), REQ).map((f) => [f.ruleId, f.severity]), [
        ['missing-owner', 'warning'], ['missing-priority', 'warning'],
        ['unknown-link', 'warning'],
        ['schema', 'error'],
      ]);
    });

    it('raises, lowers and turns off rules and parse problems alike', () => {
      const settings = 'rules:\n  missing-owner: error\n  missing-priority: off\n  unknown-link: info\n  schema: warning\n';
      const index = indexOf({ 'reqdesk.yaml': settings, [REQ]: text });
      assert.deepEqual(problems(index, REQ), [
        finding('missing-owner', 'error', 'P-001 has no owner: assign someone responsible.', '4:4-4:13'),
        finding('unknown-link', 'info', 'Link to unknown requirement P-404: no requirement in the workspace has this ID.', '6:12-6:17'),
        finding('schema', 'warning', "Unknown field 'colour' in requirement 1.", '7:4-7:10'),
      ]);
    });

    it('can turn off a YAML problem, but the broken file still is not read', () => {
      const index = indexOf({ 'reqdesk.yaml': 'rules: { duplicate-key: off }\n', [REQ]: 'document:\n  prefix: P\n  prefix: Q\n' });
      assert.deepEqual(problems(index, REQ), []);
      assert.equal(index.get(REQ)?.hasSyntaxErrors, true);
    });
  });

  describe('cr-unknown-requirement', () => {
    it('reports unknown affected IDs on the list item', () => {
      assert.deepEqual(crProblems('id: CR-0001\ntitle: T\nstatus: submitted\naffects: [P-001, P-009]\n'), [
        finding('cr-unknown-requirement', 'error', 'CR-0001 affects unknown requirement P-009: no requirement in the workspace has this ID.', '3:17-3:22'),
      ]);
    });

    it('reports proposed and baseline entries for unknown IDs or IDs not in affects, on the key', () => {
      assert.deepEqual(crProblems(yaml`
        id: CR-0001
        title: T
        status: assessed
        affects: [P-001]
        ${IMPACT}
        proposed:
          P-001: { priority: low }
          P-002: { priority: low }
          P-404: { priority: low }
        baseline:
          P-001: 3f2a9c1b
          P-002: 3f2a9c1b
      `), [
        finding('cr-unknown-requirement', 'error', 'proposed names P-002, which is not listed in affects.', '7:2-7:7'),
        finding('cr-unknown-requirement', 'error', 'proposed names unknown requirement P-404: no requirement in the workspace has this ID.', '8:2-8:7'),
        finding('cr-unknown-requirement', 'error', 'baseline names P-002, which is not listed in affects.', '11:2-11:7'),
      ]);
    });

    it('accepts a change request whose IDs all exist', () => {
      assert.deepEqual(crProblems(`id: CR-0001\ntitle: T\nstatus: assessed\naffects: [P-001, P-002]\n${IMPACT}\nproposed:\n  P-002: { owner: bob }\n`), []);
    });
  });

  describe('cr-inconsistent-status', () => {
    const decision = (outcome: string): string => `decision: { outcome: ${outcome}, by: [alice], on: 2026-11-22 }`;
    const cr = (status: string, ...more: string[]): string => ['id: CR-0001', 'title: T', `status: ${status}`, 'affects: [P-001]', IMPACT, ...more].join('\n') + '\n';
    const at2 = (status: string): string => `2:8-2:${8 + status.length}`;

    const inconsistent: [string, string, string[]][] = [
      ['approved without a decision', 'approved', []],
      ['implemented without a decision', 'implemented', []],
      ['submitted with a decision', 'submitted', [decision('approved')]],
      ['assessed with a decision', 'assessed', [decision('rejected')]],
      ['approved with a rejection', 'approved', [decision('rejected')]],
      ['rejected with an approval', 'rejected', [decision('approved')]],
      ['implemented without approval', 'implemented', [decision('rejected')]],
      ['verified without approval', 'verified', [decision('rejected')]],
    ];
    const messages = [
      'CR-0001 is approved but has no decision: record the CCB decision (outcome, by, on).',
      'CR-0001 is implemented but has no decision: record the CCB decision (outcome, by, on).',
      'CR-0001 has a CCB decision (approved) but its status is still submitted.',
      'CR-0001 has a CCB decision (rejected) but its status is still assessed.',
      'CR-0001 is approved but its decision says rejected.',
      'CR-0001 is rejected but its decision says approved.',
      'CR-0001 is implemented without an approval: its decision says rejected.',
      'CR-0001 is verified without an approval: its decision says rejected.',
    ];
    inconsistent.forEach(([what, status, more], i) => {
      it(`reports a change request ${what} on its status`, () => {
        assert.deepEqual(crProblems(cr(status, ...more)), [finding('cr-inconsistent-status', 'error', messages[i], at2(status))]);
      });
    });

    const consistent: [string, string, string[]][] = [
      ['submitted without a decision', 'submitted', []],
      ['approved with an approval', 'approved', [decision('approved')]],
      ['rejected with a rejection', 'rejected', [decision('rejected')]],
      ['implemented with an approval', 'implemented', [decision('approved')]],
      ['verified with an approval (sign-off not required by default)', 'verified', [decision('approved')]],
      ['withdrawn without a decision', 'withdrawn', []],
    ];
    for (const [what, status, more] of consistent) {
      it(`accepts a change request ${what}`, () => {
        assert.deepEqual(crProblems(cr(status, ...more)), []);
      });
    }

    it('requires a customer sign-off for verified when reqdesk.yaml says so', () => {
      const settings = 'ccb: { require_customer_signoff: true }\n';
      assert.deepEqual(crProblems(cr('verified', decision('approved')), settings), [
        finding('cr-inconsistent-status', 'error', 'CR-0001 is verified but has no customer sign-off, which reqdesk.yaml requires (ccb.require_customer_signoff).', '2:8-2:16'),
      ]);
      assert.deepEqual(crProblems(cr('verified', decision('approved'), 'customer_signoff: { by: Bob Li, on: 2026-11-23 }'), settings), []);
      assert.deepEqual(crProblems(cr('implemented', decision('approved')), settings), []);
    });

    it('reports a history entry earlier than the one before it, on its time', () => {
      assert.deepEqual(crProblems(cr('approved', decision('approved'),
        'history:',
        '  - { on: 2026-11-20T09:00:00Z, by: alice, action: submitted }',
        '  - { on: 2026-11-21T09:00:00Z, by: alice, action: assessed }',
        '  - { on: 2026-11-20T08:00:00Z, by: carol, action: approved }',
        '  - on: 2026-11-22T08:00:00Z',
        '    by: carol',
        '    action: edited',
        '  - on: 2026-11-22T07:59:59Z',
        '    by: carol',
        '    action: edited',
      )), [
        finding('cr-inconsistent-status', 'error', 'History entry 3 (approved, 2026-11-20T08:00:00Z) is earlier than the entry before it: history must be in time order.', '9:10-9:30'),
        finding('cr-inconsistent-status', 'error', 'History entry 5 (edited, 2026-11-22T07:59:59Z) is earlier than the entry before it: history must be in time order.', '13:8-13:28'),
      ]);
    });

    it('accepts equal history times and skips times it cannot read', () => {
      assert.deepEqual(crProblems(cr('submitted',
        'history:',
        '  - { on: 2026-11-20T09:00:00Z, by: alice, action: submitted }',
        '  - { on: 2026-11-20T09:00:00Z, by: alice, action: edited }',
      )), []);
    });
  });

  describe('cr-missing-impact', () => {
    const cr = (status: string, ...more: string[]): string =>
      ['id: CR-0001', 'title: T', `status: ${status}`, 'affects: [P-001]', 'decision: { outcome: approved, by: [alice], on: 2026-11-22 }', ...more].join('\n') + '\n';

    it('reports an approved change request with no impact, on its status', () => {
      assert.deepEqual(crProblems(cr('approved')), [
        finding('cr-missing-impact', 'warning', 'CR-0001 is approved but has no impact assessment (schedule_days, cost, effort_hours, resources, risk).', '2:8-2:16'),
      ]);
    });

    it('reports the missing parts of an impact, on its key', () => {
      assert.deepEqual(crProblems(cr('implemented', 'impact:', '  schedule_days: 3', '  resources: one developer')), [
        finding('cr-missing-impact', 'warning', 'CR-0001 is implemented but its impact lacks cost, effort_hours, risk.', '5:0-5:6'),
      ]);
    });

    it('does not ask a submitted change request for an impact', () => {
      assert.deepEqual(crProblems('id: CR-0001\ntitle: T\nstatus: submitted\naffects: [P-001]\n'), []);
    });

    it('reports an assessed change request whose impact is empty', () => {
      assert.deepEqual(crProblems('id: CR-0001\ntitle: T\nstatus: assessed\naffects: [P-001]\nimpact: {}\n'), [
        finding('cr-missing-impact', 'warning', 'CR-0001 is assessed but its impact lacks schedule_days, cost, effort_hours, resources, risk.', '4:0-4:6'),
      ]);
    });
  });

  describe('cr-decision-ccb', () => {
    const settings = yaml`
      roster:
        - { id: alice, roles: [owner, ccb] }
        - { id: carol, roles: [ccb] }
        - { id: dave, roles: [owner] }
      ccb: { quorum: 2 }
    `;
    const cr = (by: string): string => `id: CR-0001\ntitle: T\nstatus: rejected\naffects: [P-001]\n${IMPACT}\ndecision:\n  outcome: rejected\n  by: ${by}\n  on: 2026-11-22\n`;

    it('accepts a decision by enough CCB members', () => {
      assert.deepEqual(crProblems(cr('[alice, carol]'), settings), []);
    });

    it('reports a decider who is not on the CCB on the name, and does not count them towards the quorum', () => {
      assert.deepEqual(crProblems(cr('[alice, dave]'), settings), [
        finding('cr-decision-ccb', 'error', 'The decision needs at least 2 CCB members (quorum in reqdesk.yaml) but names 1.', '7:6-7:19'),
        finding('cr-decision-ccb', 'error', "'dave' is not a CCB member (roster role ccb in reqdesk.yaml). CCB: alice, carol.", '7:14-7:18'),
      ]);
    });

    it('reports a decision by fewer than the quorum, on the list', () => {
      assert.deepEqual(crProblems(cr('[alice]'), settings), [
        finding('cr-decision-ccb', 'error', 'The decision needs at least 2 CCB members (quorum in reqdesk.yaml) but names 1.', '7:6-7:13'),
      ]);
    });

    it('lets anyone decide when no CCB is configured, with a quorum of 1 by default', () => {
      assert.deepEqual(crProblems(cr('[zed]')), []);
      assert.deepEqual(crProblems(cr('[zed]'), 'roster:\n  - { id: alice, roles: [owner] }\n'), []);
      assert.deepEqual(crProblems(cr('[zed]'), 'ccb: { quorum: 2 }\n'), [
        finding('cr-decision-ccb', 'error', 'The decision needs at least 2 CCB members (quorum in reqdesk.yaml) but names 1.', '7:6-7:11'),
      ]);
    });

    it('reports an empty decision list through the schema and the quorum', () => {
      assert.deepEqual(crProblems(cr('[]')), [
        finding('schema', 'error', 'by must have at least 1 entry.', '7:6-7:8'),
        finding('cr-decision-ccb', 'error', 'The decision needs at least 1 CCB member (quorum in reqdesk.yaml) but names 0.', '7:6-7:8'),
      ].sort((a, b) => a.ruleId.localeCompare(b.ruleId)));
    });
  });

  describe('duplicate-cr-id', () => {
    it('reports the same change request ID in two files, in both, pointing at each other', () => {
      const index = workspace()
        .requirements('a.req.yaml', 'P', (d) => d.req('P-001'))
        .changeRequest('changes/a.cr.yaml', { id: 'CR-0001', status: 'submitted', affects: ['P-001'] })
        .changeRequest('changes/b.cr.yaml', { id: 'CR-0001', status: 'submitted', affects: ['P-001'] })
        .changeRequest('changes/c.cr.yaml', { id: 'CR-0002', status: 'submitted', affects: ['P-001'] })
        .build();
      assert.deepEqual(problems(index, 'changes/a.cr.yaml'), [
        finding('duplicate-cr-id', 'error', 'Duplicate change request ID CR-0001: 2 change requests use it.', '0:4-0:11'),
      ]);
      assert.deepEqual(problems(index, 'changes/b.cr.yaml'), [
        finding('duplicate-cr-id', 'error', 'Duplicate change request ID CR-0001: 2 change requests use it.', '0:4-0:11'),
      ]);
      assert.deepEqual(index.findings('changes/b.cr.yaml')[0].related?.map((r) => [r.file, at(r.range), r.message]), [
        ['changes/a.cr.yaml', '0:4-0:11', 'CR-0001 is also used here.'],
      ]);
      assert.deepEqual(problems(index, 'changes/c.cr.yaml'), []);
    });
  });
});
