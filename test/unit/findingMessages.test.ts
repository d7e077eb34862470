import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding, Translatable } from '../../src/core/finding';
import { formatMessage, localized, phrase, type MessageArg } from '../../src/core/messages';
import { PARSE_RULE_IDS, RULES } from '../../src/core/rules/ruleRegistry';
import { parseYamlSource } from '../../src/core/yamlSource';
import { decodeFileText } from '../../src/core/fileText';
import { unreadableFile } from '../../src/core/parsedFile';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { hostileFiles } from '../hostile/hostileFiles';
import { coreTemplates } from './coreTemplates';
import { indexOf, TEST_TODAY, yaml } from './workspaceBuilder';
import { overdueLabel } from '../../src/core/rules/overdueRule';
import { EXISTING_DOCUMENTS, PROJECT_FILES } from './project/projectFixture';

// Every problem the core reports can be said in another language: it carries the English template the l10n bundle
// translates and the arguments for it, and the English message is exactly that template filled in. Checked on the
// fixture workspace, the examples project and workspaces made to raise every rule and parse problem.

const ROOT = path.join(__dirname, '../../..');

/** Every *.yaml under a folder, keyed by its path relative to it (the index tells the kinds apart by name). */
function folderFiles(folder: string): Record<string, string> {
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
  return Object.fromEntries(walk(path.join(ROOT, folder)).map((file) =>
    [path.relative(path.join(ROOT, folder), file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')]));
}

const REQUIREMENTS = yaml`
  document:
    prefix: P
    title: T
  requirements:
    - id: P-001
      title: no owner, unknown words, odd links
      links: [P-001, P-999]
      status: parked
      priority: urgent
    - id: Q-002
      title: wrong prefix
      owner: alice
      priority: high
    - id: P-003
      title: twice
      owner: alice
    - id: P-003
      title: twice again
      owner: alice
      priority: high
    - title: no id
      priority: high
`;

const SETTINGS = yaml`
  roster:
    - { id: alice, name: Alice Wang }
    - { id: bob }
    - { id: carol, roles: [ccb] }
    - { id: dave, roles: [ccb] }
  ccb: { quorum: 2, require_customer_signoff: true }
  required_fields: [owner, priority, due]
`;

const ROSTER_REQUIREMENTS = yaml`
  document:
    prefix: P
    title: Roster
  requirements:
    - { id: P-001, title: a, owner: alise, priority: high, due: 2026-12-01 }
    - { id: P-002, title: b, owner: zed, priority: high }
`;

const IMPACT = 'impact: { schedule_days: 1, cost: 0, effort_hours: 8, resources: the team, risk: low }';
const APPROVED = 'decision: { outcome: approved, by: [carol, dave], on: 2026-11-20 }';

/** A change request (beside ROSTER_REQUIREMENTS, with SETTINGS), one per status problem and more. */
const CHANGE_REQUESTS: readonly string[] = [
  'id: CR-0001\ntitle: T\nstatus: assessed\naffects: [P-001, P-404]\nproposed:\n  P-404: { owner: bob }\nbaseline:\n  P-002: abcdef12\n',
  'title: no id\nstatus: assessed\naffects: [P-404]\nimpact: { cost: 1 }\n',
  'id: CR-0002\ntitle: T\nstatus: submitted\naffects: [P-001]\n',
  'id: CR-0002\ntitle: T\nstatus: submitted\naffects: [P-001]\n',
  `id: CR-0003\ntitle: T\nstatus: withdrawn\naffects: [P-001]\n${APPROVED}\n`,
  'id: CR-0004\ntitle: T\nstatus: withdrawn\naffects: [P-001]\ndecision: { by: [carol, dave], on: 2026-11-20 }\n',
  `id: CR-0005\ntitle: T\nstatus: submitted\naffects: [P-001]\n${APPROVED}\n`,
  'id: CR-0006\ntitle: T\nstatus: submitted\naffects: [P-001]\ndecision: { by: [carol, dave] }\n',
  `id: CR-0007\ntitle: T\nstatus: approved\naffects: [P-001]\n${IMPACT}\n`,
  `id: CR-0008\ntitle: T\nstatus: rejected\naffects: [P-001]\n${IMPACT}\n${APPROVED}\n`,
  `id: CR-0009\ntitle: T\nstatus: assessed\naffects: [P-001]\n${IMPACT}\ncustomer_signoff: { by: Bob, on: 2026-11-21 }\n`,
  `id: CR-0010\ntitle: T\nstatus: approved\naffects: [P-001]\n${IMPACT}\ndecision: { outcome: rejected, by: [carol, dave], on: 2026-11-20 }\n`,
  `id: CR-0011\ntitle: T\nstatus: implemented\naffects: [P-001]\n${IMPACT}\ndecision: { outcome: rejected, by: [carol, dave], on: 2026-11-20 }\n`,
  `id: CR-0012\ntitle: T\nstatus: implemented\naffects: [P-001]\n${IMPACT}\ndecision: { by: [carol, dave], on: 2026-11-20 }\n`,
  `id: CR-0013\ntitle: T\nstatus: verified\naffects: [P-001]\n${IMPACT}\n${APPROVED}\n`,
  yaml`
    id: CR-0014
    title: T
    status: approved
    affects: [P-001]
    ${IMPACT}
    decision: { outcome: approved, by: [zed], on: 2026-11-20 }
    history:
      - { on: '2026-11-20T10:00:00Z', by: alice, action: submitted }
      - { on: '2026-11-19T10:00:00Z', by: alice, action: assessed }
  `,
];

/** Files whose schema problems use every kind of wording the validator has. */
const SCHEMA_FILES: Readonly<Record<string, string>> = {
  'schema.req.yaml': yaml`
    document:
      prefix: portal
      title: T
      colour: red
    requirements:
      - id: p-1
        title: [a]
        owner: 5
        priorty: high
        due: 2026-13-01
        links: [PORTAL002, P-002, P-002]
        changes: [CR7]
        acceptance: one
      - just text
      - id: P-002
        title:
      - id: P-003
        title: ""
        source: { a: 1 }
  `,
  'changes/schema.cr.yaml': yaml`
    id: CR7
    title: T
    status: pending
    affects: []
    requested_on: 20.11.2026
    impact: { effort_hours: -1, cost: lots }
    proposed:
      P-001:
        id: P-009
      p-2:
        title: x
    baseline:
      P-001: XYZ
    history:
      - { on: '2026-11-20', by: alice, action: submit }
      - { on: '2026-11-20T09:00:00Z', action: submitted }
  `,
  'reqdesk.yaml': yaml`
    roster:
      - id: alice smith
        roles: [owner, boss]
    ccb:
      quorum: 1.5
      require_customer_signoff: yes
    vocabulary:
      statuses: []
      priorities: [High, low, low]
    rules:
      Bad_Rule: off
    ids:
      digits: 12
    files:
      max_size_mb: 0
    unknownkey: 1
  `,
};

/** Files the YAML reader refuses or complains about. */
const YAML_FILES: Readonly<Record<string, string>> = {
  'tabs.req.yaml': 'document:\n\tprefix: P\n',
  'twice.req.yaml': 'document: {}\nrequirements: []\n---\ndocument: {}\n',
  'duplicate.req.yaml': 'document: {}\ndocument: {}\nrequirements: []\n',
  'unclosed.req.yaml': 'requirements:\n  - links: [P-1, P-2\n  - id: x\n',
  'syntax.req.yaml': 'a: b: c\n',
  'alias.req.yaml': 'document: *nowhere\n',
  'cycle.req.yaml': 'a: &x\n  b: *x\n',
  'empty.req.yaml': '',
  'list.cr.yaml': '- a\n',
  'scalar.yaml/reqdesk.yaml': 'just text\n',
};

const WORKSPACES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'the fixture workspace': folderFiles('test/fixtures/workspace'),
  'the examples project': folderFiles('examples'),
  'requirement rules': { 'a.req.yaml': REQUIREMENTS },
  'a client project': PROJECT_FILES,
  'stamped links': {
    's.req.yaml': 'document: { prefix: S, title: T }\nrequirements:\n  - { id: S-001, title: a, changes: [CR-0001] }\n  - { id: S-002, title: b }\n  - { id: S-003, title: c, links: [S-001@1:00000000, S-002@1:00000000, S-001@2:x] }\n',
  },
  'overdue work': {
    'a.req.yaml': yaml`
      document: { prefix: P, title: T }
      requirements:
        - { id: P-001, title: a, owner: alice, priority: high, status: new, due: 2026-12-06 }
        - { id: P-002, title: b, owner: alice, priority: high, due: 2026-11-20 }
    `,
  },
  'roster and change request rules': {
    'reqdesk.yaml': SETTINGS,
    'roster.req.yaml': ROSTER_REQUIREMENTS,
    ...Object.fromEntries(CHANGE_REQUESTS.map((text, i) => [`changes/${i}.cr.yaml`, text])),
  },
  'a quorum of one': {
    'reqdesk.yaml': 'roster:\n  - { id: carol, roles: [ccb] }\n',
    'a.req.yaml': 'document: { prefix: P, title: T }\nrequirements:\n  - { id: P-001, title: a, owner: carol, priority: high }\n',
    'changes/a.cr.yaml': `id: CR-0001\ntitle: T\nstatus: approved\naffects: [P-001]\n${IMPACT}\ndecision: { outcome: approved, by: [zed], on: 2026-11-20 }\n`,
  },
  'communication records': {
    'reqdesk.yaml': SETTINGS,
    'roster.req.yaml': ROSTER_REQUIREMENTS,
    'notes/plain.md': '# No front matter\n',
    'notes/unclosed.md': '---\nkind: call\n',
    'notes/empty.md': '---\n---\nText.\n',
    'notes/call.md': yaml`
      ---
      kind: call
      on: 2026-11-20T09:00+08:00
      subject: Weekly call
      actions:
        - { who: alise, what: Check P-001, due: 2026-11-30 }
        - { who: zed, what: Check P-404 }
        - { what: Nobody's, due: 2026-12-01 }
      requirements: [P-002, P-777]
      changes: [CR-0404]
      ---
      P-888 and CR-0999 came up; UTF-8 did not count.
    `,
  },
  'risk register': {
    'reqdesk.yaml': SETTINGS,
    'roster.req.yaml': ROSTER_REQUIREMENTS,
    'list.risks.yaml': '- a\n',
    'project.risks.yaml': 'risks:\n  - { id: RISK-001, title: A, probability: 5, impact: 3, review_on: 2026-12-01, links: [P-404, CR-0404] }\n  - { id: RISK-001, title: B, owner: zed }\n  - { title: C }\n',
    'changes/r.cr.yaml': 'title: T\nstatus: submitted\naffects: []\nimpact: { risks: [RISK-404] }\n',
  },
  'schema problems': SCHEMA_FILES,
  'YAML problems': YAML_FILES,
};

/** Found in every workspace above: [where, finding]. */
const FINDINGS: readonly (readonly [string, Finding])[] = Object.entries(WORKSPACES).flatMap(([name, files]) => {
  const index = indexOf(files);
  return Object.keys(files).flatMap((file) => index.findings(file).map((f) => [`${name}: ${file}`, f] as const));
});

/** Every problem of the hostile set (small scale), read from bytes as the front ends read them. */
function hostileFindings(): Finding[] {
  const index = new WorkspaceIndex(TEST_TODAY);
  for (const file of hostileFiles(7, 0.001)) {
    const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
    const text = decodeFileText(bytes);
    index.update(file.path, text.text, { byteSize: bytes.length, textProblem: text.problem });
  }
  return [...index.files()].flatMap((file) => [...index.findings(file)]);
}

/** A client project whose front end has looked for its documents: one is missing. */
function missingDocumentFindings(): readonly Finding[] {
  const index = indexOf(PROJECT_FILES);
  index.setPresentDocuments('reqdesk.yaml', EXISTING_DOCUMENTS);
  return index.findings('reqdesk.yaml');
}

/** Parse problems that need more input than a test should build, made directly; and what views show. */
const EXTRA: readonly Translatable[] = [
  overdueLabel(3),
  ...hostileFindings(),
  ...missingDocumentFindings(),
  ...parseYamlSource('a: &x: 1\n', { maxBytes: 100 }).findings,
  ...unreadableFile('a.req.yaml', 'requirements', 'a: 1\n', 'the reader stopped').findings,
  ...parseYamlSource('a: 1\n', { maxBytes: 2 }).findings,
  ...parseYamlSource('a: 1\n', { byteSize: 6 * 1024 * 1024, maxBytes: 5 * 1024 * 1024 }).findings,
  ...parseYamlSource(`${Array.from({ length: 1001 }, (_, i) => `a${i}: &x${i} 1`).join('\n')}\nb: [${Array.from({ length: 1001 }, (_, i) => `*x${i}`).join(', ')}]\n`, { maxBytes: 1e7 }).findings,
  ...parseYamlSource(`a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 6 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`).join('\n')}\n`, { maxBytes: 1e7 }).findings,
];

/** The templates a message uses: its own and those of its phrase arguments. */
function templatesOf(template: string, args: readonly MessageArg[]): string[] {
  return [template, ...args.flatMap((arg) => (typeof arg === 'object' ? templatesOf(arg.template, arg.args) : []))];
}

/**
 * Templates none of the inputs above reach, and why. The messages are still checked by type and translated; keep
 * this list short and true (the test fails when one of them is reached after all).
 */
const UNREACHED: Readonly<Record<string, string>> = {
  'list item {0}': 'only a file whose top level is a list has items without a field name, and such a file is refused (invalid-root) before the schema',
  'requirement {0} of {1}': 'no schema nests requirements inside another list',
  'history entry {0} of {1}': 'no schema nests history inside another list',
  '{0} {1}.': "only ajv keywords the schemas do not use (e.g. maxItems) reach the validator's fallback",
  '{0} is invalid.': 'as above, for an ajv error without a message',
  'expected a name matching {0}': 'every propertyNames pattern in the schemas has its own wording',
  invalid: 'only a propertyNames keyword other than enum and pattern, which the schemas do not use',
  '{0} must match {1} {2}.': 'every pattern in the schemas has its own wording',
  'The value': 'the schema reports no problem on the file as a whole: a top level that is not a mapping is invalid-root',
  'The list': 'as above',
  "'{0}' is not allowed as a key here: {1}.": 'as above (propertyNames apply to named mappings only)',
  '{0} must have at least {1} entries.': 'every minItems in the schemas is 1',
  '{0} or {1}': 'no schema allows more than one type for a value',
  empty: 'no schema allows null (a type "null" only reads in a union)',
  '{0} is required: a requirement must have one.': 'only validateRequirementValue says it, for removing a required field (edit/validateRequirementValue.test.ts)',
};

/** The spreadsheet compare's refusals and report: shown by the CLI and a command; spreadsheet/compareWorkbook.test.ts reaches them. */
const COMPARE_FILES = ['src/core/spreadsheet/compareWorkbook.ts', 'src/core/spreadsheet/compareReport.ts', 'src/core/spreadsheet/compareChangeRequest.ts'];

describe('finding messages (localisation)', () => {
  // Edit refusals too: test/unit/edit/ reaches them.
  const REFUSAL_FILES = [...COMPARE_FILES, 'src/core/edit/editMessages.ts', 'src/core/edit/fieldEditPlan.ts', 'src/core/changeRequests/transitionGuards.ts', 'src/core/changeRequests/planImplementation.ts', 'src/core/changeRequests/newChangeRequest.ts', 'src/core/changeRequests/changeRequestEditor.ts', 'src/core/changeRequests/listing.ts', 'src/core/spreadsheet/importSummaryLines.ts', 'src/core/records/recordEdits.ts', 'src/core/project/statusReportContent.ts'];
  const known = new Set(coreTemplates().flatMap((t) => (t.template === undefined ? [] : [t.template])));
  const messages: readonly (readonly [string, Translatable])[] = [
    ...FINDINGS.flatMap(([where, f]) => [[`${where} ${f.ruleId}`, f] as const, ...(f.related ?? []).map((r) => [`${where} ${f.ruleId} (related)`, r] as const)]),
    ...EXTRA.map((f) => ['parseYamlSource', f] as const),
  ];

  it('formats templates the way vscode.l10n.t does', () => {
    assert.equal(formatMessage('{0} of {1}, {0} again, {2} missing', ['a', 2]), 'a of 2, a again, {2} missing');
    assert.equal(formatMessage('{0} said: {1}', [phrase('{0} item {1}', 'links', 2), '{1}']), 'links item 2 said: {1}');
    assert.deepEqual(localized('{0} has no {1}', phrase('This requirement'), 'owner'), {
      message: 'This requirement has no owner', template: '{0} has no {1}', args: [{ template: 'This requirement', args: [] }, 'owner'],
    });
  });

  it('finds problems of every rule and every parse problem in its inputs', () => {
    assert.ok(messages.length > 100, `only ${messages.length} messages`);
    const seen = new Set(FINDINGS.map(([, f]) => f.ruleId));
    for (const f of EXTRA) {
      seen.add((f as Finding).ruleId);
    }
    assert.deepEqual([...RULES.map((r) => r.id), ...PARSE_RULE_IDS].filter((id) => !seen.has(id)), []);
  });

  it('gives every message a template, and the English message is exactly the template filled in', () => {
    const untranslatable = messages.filter(([, m]) => m.template === undefined).map(([where, m]) => `${where}: ${m.message}`);
    assert.deepEqual(untranslatable, []);
    const differing = messages
      .filter(([, m]) => m.template !== undefined && formatMessage(m.template, m.args ?? []) !== m.message)
      .map(([where, m]) => `${where}: ${JSON.stringify(m.message)} ≠ ${JSON.stringify(formatMessage(m.template ?? '', m.args ?? []))}`);
    assert.deepEqual(differing, []);
  });

  it('uses only templates the core defines with defineMessages (so the l10n test sees their translations)', () => {
    const unknown = messages.flatMap(([where, m]) => templatesOf(m.template ?? '', m.args ?? [])
      .filter((t) => !known.has(t)).map((t) => `${where}: ${JSON.stringify(t)}`));
    assert.deepEqual([...new Set(unknown)], []);
  });

  it('reaches every template of the core, but for a few documented ones', () => {
    const used = new Set(messages.flatMap(([, m]) => templatesOf(m.template ?? '', m.args ?? [])));
    // Workflow refusals are shown by commands, not as findings: changeRequests/guardMessages.test.ts reaches them;
    // the import's summary lines are reached by spreadsheet/importPlan.test.ts, the status report's words by
    // project/statusReport.test.ts.
    const refusals = new Set(coreTemplates().filter((t) => REFUSAL_FILES.includes(t.file)).flatMap((t) => (t.template === undefined ? [] : [t.template])));
    assert.deepEqual([...known].filter((t) => !used.has(t) && !refusals.has(t) && !(t in UNREACHED)), [], 'reached by no input');
    assert.deepEqual(Object.keys(UNREACHED).filter((t) => used.has(t) || !known.has(t)), [], 'UNREACHED lists a reached or unknown template');
  });
});
