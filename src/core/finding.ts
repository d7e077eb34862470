import { defineMessages, localized, type MessageArg } from './messages';

/** Problems the core reports. Positions are 0-based, in UTF-16 code units (as VS Code counts). */

export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A place in another file, e.g. the other occurrence of a duplicate ID. */
export interface RelatedLocation extends Translatable {
  readonly file: string;
  readonly range: Range;
}

/**
 * The English `message`, and (optionally) how to say it in another language: `message` is always
 * formatMessage(template, args) (messages.ts); the editor renders vscode.l10n.t(template, …args) instead.
 */
export interface Translatable {
  readonly message: string;
  readonly template?: string;
  readonly args?: readonly MessageArg[];
}

export interface Finding extends Translatable {
  /** Stable rule id; becomes the diagnostic code. */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly range: Range;
  readonly related?: readonly RelatedLocation[];
}

export const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    severityRank[a.severity] - severityRank[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export const FINDING_MESSAGES = defineMessages({
  /** {0}: how many problems were left out. */
  moreProblems: '{0} more problems in this file are not listed: fix the ones above first.',
});

/**
 * The first `limit` findings in file order, and one more that says how many were left out (with the worst severity
 * among them, so that an exit code or a count of errors stays true). A line of a hundred thousand quotes, or a list
 * of a million wrong values, would otherwise make a problem each and bury the editor.
 */
export function capFindings(findings: readonly Finding[], limit: number, uncounted?: { readonly count: number; readonly severity: Severity }): Finding[] {
  const sorted = [...findings].filter((f) => f.ruleId !== 'too-many-problems').sort(compareFindings);
  const earlier = findings.find((f) => f.ruleId === 'too-many-problems');
  const rest = sorted.splice(limit);
  // A summary made before (of problems only counted) adds its count and severity.
  const extra = [...(uncounted ? [uncounted] : []), ...(earlier ? [{ count: Number(earlier.args?.[0] ?? 0), severity: earlier.severity }] : [])];
  const count = rest.length + extra.reduce((n, e) => n + e.count, 0);
  if (count === 0) {
    return sorted;
  }
  const worst = [...rest, ...extra].reduce<Severity>((w, f) => (severityRank[f.severity] < severityRank[w] ? f.severity : w), 'info');
  const range = rest[0]?.range ?? earlier?.range ?? sorted[sorted.length - 1]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  sorted.push({ ruleId: 'too-many-problems', severity: worst, ...localized(FINDING_MESSAGES.moreProblems, count), range });
  return sorted;
}
