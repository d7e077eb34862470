import * as assert from 'node:assert/strict';
import { implementationFiles, planImplementation, type ImplementationPlan } from '../../../src/core/changeRequests/planImplementation';
import { baselineEntry } from '../../../src/core/changeRequests/requirementBaseline';
import { fieldsFingerprint } from '../../../src/core/changeRequests/requirementFingerprint';
import { applyTextEdits } from '../../../src/core/edit/textEdit';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { linkStamp } from '../../../src/core/trace/linkStamp';
import { brief, indexOf, yaml } from '../workspaceBuilder';
import { contextOf, CR_FILE, PORTAL, PORTAL_001_FINGERPRINT, PORTAL_002_FINGERPRINT, PORTAL_FILE, refusal } from './changeRequestFixtures';

describe('planImplementation', () => {
  const BILLING_FILE = 'requirements/billing.req.yaml';
  const BILLING = yaml`
    document:
      prefix: BILL
      title: Billing
    requirements:
      - id: BILL-001
        title: Invoice by e-mail   # short title
        priority: low
        owner: carol
        status: done
  `;
  const BILL_001_FINGERPRINT = 'f9695ecc';

  const APPROVED = yaml`
    # Approved in the CCB meeting of 2026-11-22.
    id: CR-0007
    title: Support single sign-on
    status: approved   # set by ReqDesk
    affects: [PORTAL-001, PORTAL-002, BILL-001]
    proposed:
      PORTAL-001:
        priority: critical
        description: >
          After the user signs in through Acme's single sign-on, the system goes
          to the user's home page.
        acceptance:
          - The home page shows "Welcome, <name>"
          - Users with an Acme account need no portal password
        milestone: M2
      PORTAL-002:
        priority: medium
      BILL-001:
        title: Invoice by e-mail and in the portal
    baseline:
      PORTAL-001: ${PORTAL_001_FINGERPRINT}
      PORTAL-002: ${PORTAL_002_FINGERPRINT}
      BILL-001: ${BILL_001_FINGERPRINT}
    impact: { schedule_days: 5, cost: 8000, effort_hours: 40, resources: the team, risk: medium }
    decision: { outcome: approved, by: [alice, carol], on: 2026-11-22 }
    history:
      - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted }
      - { on: 2026-11-21T10:00:00Z, by: carol, action: assessed }
      - { on: 2026-11-22T15:30:00Z, by: alice, action: approved }
  `;

  const workspace = (portal = PORTAL, billing = BILLING, cr = APPROVED): ReturnType<typeof indexOf> =>
    indexOf({ [PORTAL_FILE]: portal, [BILLING_FILE]: billing, [CR_FILE]: cr });

  const implement = (options: { portal?: string; billing?: string; cr?: string; texts?: Map<string, string> } = {}): ImplementationPlan => {
    const portal = options.portal ?? PORTAL;
    const billing = options.billing ?? BILLING;
    const cr = options.cr ?? APPROVED;
    // The index read the files at assessment time; the texts are what the editors hold now.
    const index = workspace(PORTAL, BILLING, cr);
    const texts = options.texts ?? new Map([[PORTAL_FILE, portal], [BILLING_FILE, billing]]);
    return planImplementation({ changeRequest: { file: CR_FILE, text: cr }, requirementTexts: texts, note: 'Released in portal 1.4.0.', workspace: index }, contextOf(index, '2026-11-28T17:45:00Z'));
  };

  const textsAfter = (plan: ImplementationPlan): Record<string, string> => {
    if (!plan.ok) {
      assert.fail(`Refused: ${plan.refusal.message}`);
    }
    const before: Record<string, string> = { [PORTAL_FILE]: PORTAL, [BILLING_FILE]: BILLING, [CR_FILE]: APPROVED };
    return Object.fromEntries(plan.files.map(({ file, edits }) => [file, applyTextEdits(before[file], edits)]));
  };

  it('names the files it needs: those holding the affected requirements, once each', () => {
    const index = workspace();
    const cr = index.changeRequests()[0].data;
    assert.deepEqual(implementationFiles(cr, contextOf(index, '2026-11-28T17:45:00Z')), { ok: true, files: [PORTAL_FILE, BILLING_FILE] });
    assert.equal(refusal(implementationFiles({ ...cr, affects: ['PORTAL-404'] }, contextOf(index, '2026-11-28T17:45:00Z'))),
      'CR-0007 affects PORTAL-404, which no requirement in the workspace has: correct affects before implementing.');
  });

  describe('applies the proposed values', () => {
    const plan = (): ImplementationPlan => implement();

    it('one edit per changed field, the CR in changes, comments kept', () => {
      assert.deepEqual(textsAfter(plan())[PORTAL_FILE], yaml`
        # Customer portal: the requirements Acme signed.
        document:
          prefix: PORTAL
          title: Customer portal
          customer: Acme Corp
        requirements:
          - id: PORTAL-001
            title: Login goes to the home page
            description: >
              After the user signs in through Acme's single sign-on, the
              system goes to the user's home page.
            priority: critical   # agreed in kick-off
            owner: alice
            status: in-progress
            acceptance:
              - The home page shows "Welcome, <name>"   # from the kick-off notes
              - Users with an Acme account need no portal password
            milestone: M2
            tags: [auth]
            changes: [CR-0007]
          - id: PORTAL-002
            title: Logout
            priority: medium
            owner: bob
            status: new
            changes: [CR-0003, CR-0007]
      `);
      assert.equal(textsAfter(plan())[BILLING_FILE], BILLING.replace('title: Invoice by e-mail ', 'title: Invoice by e-mail and in the portal ') + '    changes: [CR-0007]\n');
    });

    it('marks the request implemented and records field, old and new value of every change', () => {
      assert.equal(textsAfter(plan())[CR_FILE], APPROVED.replace('status: approved ', 'status: implemented ') + [
        '  - on: 2026-11-28T17:45:00Z',
        '    by: carol',
        '    action: implemented',
        '    note: Released in portal 1.4.0.',
        '    changed:',
        '      - requirement: PORTAL-001',
        '        field: description',
        '        old: >',
        '          After the user enters a correct user name and password, the system',
        "          goes to the user's home page.",
        '        new: >',
        "          After the user signs in through Acme's single sign-on, the system goes",
        "          to the user's home page.",
        '      - requirement: PORTAL-001',
        '        field: priority',
        '        old: high',
        '        new: critical',
        '      - requirement: PORTAL-001',
        '        field: acceptance',
        `        old: ['The home page shows "Welcome, <name>"']`,
        '        new:',
        '          - The home page shows "Welcome, <name>"',
        '          - Users with an Acme account need no portal password',
        '      - requirement: PORTAL-001',
        '        field: milestone',
        '        new: M2',
        '      - requirement: BILL-001',
        '        field: title',
        '        old: Invoice by e-mail',
        '        new: Invoice by e-mail and in the portal',
      ].map((line) => `${line}\n`).join(''));
    });

    it('returns the edits per file, the request first, for one WorkspaceEdit; a value already as proposed is not written', () => {
      const result = plan();
      assert.ok(result.ok);
      assert.deepEqual(result.files.map((f) => f.file), [CR_FILE, PORTAL_FILE, BILLING_FILE]);
      assert.deepEqual(result.changed.map((c) => `${c.requirement} ${c.field}`), ['PORTAL-001 description', 'PORTAL-001 priority', 'PORTAL-001 acceptance', 'PORTAL-001 milestone', 'BILL-001 title']);
    });

    it('lists the stamped links it makes suspect: reviewed against a changed field of the target, and not suspect before', () => {
      const index = workspace();
      const stamp = (id: string): string => linkStamp(index.requirementsWithId(id)[0].data, DEFAULT_SETTINGS.reviewedFields);
      // PORTAL-002 changes its priority only (not a reviewed field); the bare link and the one already suspect are not the change's doing.
      const dependants = yaml`
        document: { prefix: DEP, title: Dependants }
        requirements:
          - id: DEP-001
            title: Remember me
            links: [PORTAL-001@${stamp('PORTAL-001')}, PORTAL-002@${stamp('PORTAL-002')}, BILL-001]
          - id: DEP-002
            title: Audit log
            links: [BILL-001@${stamp('BILL-001')}, PORTAL-001@1:00000000]
      `;
      const withDependants = indexOf({ [PORTAL_FILE]: PORTAL, [BILLING_FILE]: BILLING, [CR_FILE]: APPROVED, 'requirements/dependants.req.yaml': dependants });
      const result = planImplementation(
        { changeRequest: { file: CR_FILE, text: APPROVED }, requirementTexts: new Map([[PORTAL_FILE, PORTAL], [BILLING_FILE, BILLING]]), workspace: withDependants },
        contextOf(withDependants, '2026-11-28T17:45:00Z'));
      assert.ok(result.ok);
      assert.deepEqual(result.madeSuspect, ['DEP-001 → PORTAL-001', 'DEP-002 → BILL-001']);
      assert.equal(textsAfter(result)[CR_FILE], textsAfter(plan())[CR_FILE].replace('    note: Released in portal 1.4.0.\n', '') + [
        '    made_suspect:',
        '      - DEP-001 → PORTAL-001',
        '      - DEP-002 → BILL-001',
      ].map((line) => `${line}\n`).join(''));
      const written = indexOf({ ...textsAfter(result), 'reqdesk.yaml': 'roster:\n  - { id: alice, roles: [ccb] }\n  - { id: carol, roles: [ccb] }\n  - { id: bob }\nccb: { quorum: 2 }\n' });
      assert.deepEqual(written.findings(CR_FILE).map(brief), [], 'the schema knows made_suspect');
      const clean = plan();
      assert.deepEqual(clean.ok && clean.madeSuspect, [], 'no stamped link to the requirements: no made_suspect');
    });

    it('leaves a consistent workspace: no problems in any of the three files', () => {
      const files = textsAfter(plan());
      const index = indexOf({ ...files, 'reqdesk.yaml': 'roster:\n  - { id: alice, roles: [ccb] }\n  - { id: carol, roles: [ccb] }\n  - { id: bob }\nccb: { quorum: 2 }\n' });
      assert.deepEqual([CR_FILE, PORTAL_FILE, BILLING_FILE].flatMap((f) => index.findings(f).map(brief)), []);
    });
  });

  describe('conflicts', () => {
    /** APPROVED with the baselines an assessment writes now (per field), taken from the files as given. */
    const approvedV2 = (): string => {
      const index = workspace();
      const cr = index.changeRequests()[0].data;
      const entries = (cr.affects ?? []).map((id) => `  ${id}: ${JSON.stringify(baselineEntry(index.requirementsWithId(id)[0].data, cr.proposed?.[id]))}`);
      return APPROVED.replace(/baseline:\n( {2}.*\n)+/, `baseline:\n${entries.join('\n')}\n`);
    };
    const implementV2 = (changes: { portal?: string; billing?: string }): ImplementationPlan => {
      const cr = approvedV2();
      return implement({ cr, ...changes });
    };

    it('does not block for a field the request neither proposes nor the assessment judged: owner, status, due, tags', () => {
      const portal = PORTAL.replace('owner: bob', 'owner: dave').replace('status: in-progress', 'status: done').replace('tags: [auth]', 'tags: [auth, sso]\n    due: 2026-12-24');
      assert.equal(implementV2({ portal, billing: BILLING.replace('owner: carol', 'owner: alice') }).ok, true);
    });

    it('blocks when a proposed field changed since the assessment, saying what changed from what', () => {
      const result = implementV2({ portal: PORTAL.replace('priority: medium', 'priority: low') });
      assert.equal(refusal(result),
        'CR-0007 cannot be implemented: PORTAL-002 changed its priority since the request was assessed. Re-assess it (the CCB then decides again), or, to implement anyway, remove the entry from baseline.');
      assert.deepEqual(!result.ok && result.conflicts.map((c) => [c.requirement, c.file, c.fields]), [['PORTAL-002', PORTAL_FILE, [{ field: 'priority', old: 'medium', new: 'low' }]]]);
    });

    it('blocks when a judged field changed (title, description, acceptance), also one the request does not propose', () => {
      const portal = PORTAL.replace('      - The home page shows "Welcome, <name>"   # from the kick-off notes\n', '      - The home page shows "Hello, <name>"\n')
        .replace('  - id: PORTAL-002\n    title: Logout', '  - id: PORTAL-002\n    title: Log out\n    description: Ends the session.');
      const result = implementV2({ portal, billing: BILLING.replace('title: Invoice by e-mail   # short title', 'title: Invoice by post') });
      assert.equal(refusal(result),
        'CR-0007 cannot be implemented: PORTAL-001 changed its acceptance; PORTAL-002 changed its title and description; BILL-001 changed its title since the request was assessed. ' +
        'Re-assess it (the CCB then decides again), or, to implement anyway, remove the entry from baseline.');
      assert.deepEqual(!result.ok && result.conflicts.map((c) => c.fields), [
        [{ field: 'acceptance', old: ['The home page shows "Welcome, <name>"'], new: ['The home page shows "Hello, <name>"'] }],
        [{ field: 'title', old: 'Logout', new: 'Log out' }, { field: 'description', old: undefined, new: 'Ends the session.' }],
        [{ field: 'title', old: 'Invoice by e-mail', new: 'Invoice by post' }],
      ]);
    });

    it('blocks when the request proposes a field its assessment did not judge (added to proposed later)', () => {
      const cr = approvedV2().replace('  PORTAL-001:\n    priority: critical\n', '  PORTAL-001:\n    priority: critical\n    owner: dave\n');
      const result = implement({ cr });
      assert.equal(refusal(result),
        'CR-0007 cannot be implemented: PORTAL-001 gained proposed owner since the request was assessed. Re-assess it (the CCB then decides again), or, to implement anyway, remove the entry from baseline.');
      assert.deepEqual(!result.ok && result.conflicts.map((c) => [c.requirement, c.fields, c.unassessed]), [['PORTAL-001', [], ['owner']]]);
    });

    it('writes a baseline that names its version and the values as assessed (null: none)', () => {
      const data = workspace().requirementsWithId('PORTAL-002')[0].data;
      assert.deepEqual(baselineEntry(data, { priority: 'medium', milestone: 'M2' }), {
        fingerprint: fieldsFingerprint(data, ['title', 'description', 'priority', 'acceptance', 'milestone']),
        title: 'Logout', description: null, priority: 'medium', acceptance: null, milestone: null,
      });
      assert.match(String(baselineEntry(data, {}).fingerprint), /^v2:[0-9a-f]{8}$/);
    });

    it('an entry whose values were edited by hand against its fingerprint blocks without naming a field', () => {
      const cr = approvedV2().replace('"priority":"medium"', '"priority":"low"');
      const result = implement({ cr, portal: PORTAL.replace('priority: medium', 'priority: low') });
      assert.deepEqual(!result.ok && result.conflicts.map((c) => [c.requirement, c.fields.length]), [['PORTAL-002', 0]]);
    });

    describe('an old baseline (version 1: one fingerprint of the whole requirement) is still understood', () => {
      it('implements when the requirement is unchanged', () => {
        assert.equal(implement().ok, true);
      });

      it('blocks for any change, owner included, saying that it cannot tell which field changed', () => {
        const result = implement({ portal: PORTAL.replace('owner: alice', 'owner: dave') });
        assert.equal(refusal(result),
          'CR-0007 cannot be implemented: PORTAL-001 changed (its baseline does not say which field) since the request was assessed. Re-assess it (the CCB then decides again), or, to implement anyway, remove the entry from baseline.');
        assert.deepEqual(!result.ok && result.conflicts, [{ requirement: 'PORTAL-001', file: PORTAL_FILE, fields: [], unassessed: [], baseline: PORTAL_001_FINGERPRINT, current: '31150af0' }]);
      });
    });

    it('does not count reformatting or comments as a change', () => {
      const reformatted = PORTAL.replace('    tags: [auth]', '    tags:\n      - auth   # reformatted').replace('priority: high   # agreed in kick-off', "priority: 'high'")
        .replace("      After the user enters a correct user name and password, the\n      system goes to the user's home page.\n", "      After the user enters a correct user name and password,\n      the system goes to the user's home page.\n");
      assert.equal(implement({ portal: reformatted }).ok, true);
      assert.equal(implementV2({ portal: reformatted }).ok, true);
    });

    it('implements over a change once the requirement has no baseline entry (the user reviewed it)', () => {
      const cr = APPROVED.replace(`  PORTAL-001: ${PORTAL_001_FINGERPRINT}\n`, '');
      assert.equal(implement({ cr, portal: PORTAL.replace('status: in-progress', 'status: done') }).ok, true);
    });
  });

  describe('refuses', () => {
    it('a request that is not approved', () => {
      assert.equal(refusal(implement({ cr: APPROVED.replace('status: approved ', 'status: assessed ') })),
        'CR-0007 cannot be implemented: it is assessed, and only an approved change request can be implemented.');
    });

    it('proposed values the requirement cannot hold', () => {
      assert.equal(refusal(implement({ cr: APPROVED.replace('priority: critical', 'priority: urgent') })),
        "The proposed priority of PORTAL-001 cannot be written: priority must be one of critical, high, medium, low (it is 'urgent').");
    });

    it('when a file text is missing, or the requirement left its file meanwhile', () => {
      assert.equal(refusal(implement({ texts: new Map([[PORTAL_FILE, PORTAL]]) })),
        'The text of the file holding BILL-001 was not given: the workspace changed while the edit was prepared. Try again.');
      assert.equal(refusal(implement({ billing: BILLING.replace('BILL-001', 'BILL-002') })),
        'BILL-001 is no longer in its file: the file changed while the edit was prepared. Try again.');
    });

    it('a requirement file with YAML errors', () => {
      assert.equal(refusal(implement({ billing: `${BILLING}  - [\n` })), 'The file holding BILL-001 has YAML errors, so ReqDesk does not edit it: fix them first.');
    });

    it('an edit the primitives refuse, naming requirement and field', () => {
      const billing = BILLING.replace('title: Invoice by e-mail   # short title', 'title: &t Invoice by e-mail');
      const cr = APPROVED.replace(`  BILL-001: ${BILL_001_FINGERPRINT}\n`, '');
      assert.match(refusal(implement({ cr, billing })), /^BILL-001 title: The value at requirements › item 1 › title has an anchor \(&t\)/);
    });
  });
});
