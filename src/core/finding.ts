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
export interface RelatedLocation {
  readonly file: string;
  readonly range: Range;
  readonly message: string;
}

export interface Finding {
  /** Stable rule id; becomes the diagnostic code. */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
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
