// The problems the fixture workspace (test/fixtures/workspace) is known to have, worked out by hand from
// its text: 0-based lines and UTF-16 characters, as the core and VS Code count. fixtureCore.test.ts checks
// them against the core, diagnostics.test.ts against what the extension publishes.

export type ExpectedSeverity = 'error' | 'warning' | 'info';

export interface ExpectedProblem {
  readonly code: string;
  readonly severity: ExpectedSeverity;
  /** [startLine, startCharacter, endLine, endCharacter] */
  readonly range: readonly [number, number, number, number];
}

export const FIXTURE_FILES = {
  settings: 'reqdesk.yaml',
  portal: 'requirements/portal.req.yaml',
  bad: 'requirements/bad.req.yaml',
  changeRequest: 'changes/CR-0001.cr.yaml',
} as const;

/** The communication records in notes/ (Markdown: read by the record globs of the settings, not by name). */
export const FIXTURE_RECORDS = ['notes/2026-11-02-kick-off.md', 'notes/2026-11-20-weekly-call.md', 'notes/2026-12-03-sso-request.md'] as const;

export const BAD_PROBLEMS: readonly ExpectedProblem[] = [
  // line 6 `  - id: BAD-001 # …`: no owner, so the range is the requirement's first pair `id: BAD-001`
  { code: 'missing-owner', severity: 'warning', range: [6, 4, 6, 15] },
  // line 9 `  - id: BAD-002 # …`: no priority, same head range
  { code: 'missing-priority', severity: 'warning', range: [9, 4, 9, 15] },
  // line 16 `    links: [PORTAL-999] # …`: the list item, after `    links: [` (12 characters)
  { code: 'unknown-link', severity: 'warning', range: [16, 12, 16, 22] },
  // line 20 `    owner: mallory # …`: the value, after `    owner: ` (11 characters)
  { code: 'unknown-owner', severity: 'warning', range: [20, 11, 20, 18] },
  // line 23 `    priority: urgent # …`: the value, after `    priority: ` (14 characters)
  { code: 'invalid-priority', severity: 'error', range: [23, 14, 23, 20] },
];

/** The edit the live-update test types into bad.req.yaml: an owner for BAD-001, as a new line 9. */
export const OWNER_EDIT = { line: 9, text: '    owner: alice\n' } as const;

/** After OWNER_EDIT: missing-owner is gone and everything below the new line moves down by one. */
export const BAD_PROBLEMS_AFTER_OWNER_EDIT: readonly ExpectedProblem[] = BAD_PROBLEMS.filter((p) => p.code !== 'missing-owner').map(
  (p) => ({ ...p, range: [p.range[0] + 1, p.range[1], p.range[2] + 1, p.range[3]] as const }),
);

export const CHANGE_REQUEST_PROBLEMS: readonly ExpectedProblem[] = [
  // line 3 `status: approved # …` with no decision: the value, after `status: ` (8 characters)
  { code: 'cr-inconsistent-status', severity: 'error', range: [3, 8, 3, 16] },
];

/** Sorted like the core sorts findings (position, then code), so lists compare with deepStrictEqual. */
export function sortProblems(problems: readonly ExpectedProblem[]): ExpectedProblem[] {
  return [...problems].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.code.localeCompare(b.code));
}

/** Inserts `text` at the start of 0-based `line`, as the editor edit does. */
export function insertLine(source: string, line: number, text: string): string {
  const lines = source.split('\n');
  lines.splice(line, 0, text.replace(/\n$/, ''));
  return lines.join('\n');
}
