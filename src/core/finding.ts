import type { MessageArg } from './messages';

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
