/**
 * Where IDs are mentioned across the workspace, as coverage and impact analysis read it. The mention index (built
 * by the one scanner that also serves hover and references) answers these questions; coverage counts them and the
 * impact walk lists the first places. Plain data, so it persists with the index and crosses to webviews.
 */

/** The kind of file a mention is in, decided by `trace:` globs in reqdesk.yaml (tests before code). */
export type MentionKind = 'code' | 'tests' | 'records' | 'changeRequests';

export interface MentionPlace {
  /** Workspace-relative or absolute path, as the index keys files. */
  readonly file: string;
  /** Zero-based line and character of the mention's first character. */
  readonly line: number;
  readonly character: number;
  readonly kind: MentionKind;
}

export interface MentionSummary {
  /** Number of distinct files of each kind that mention the ID. */
  readonly files: Readonly<Record<MentionKind, number>>;
  /** The first few places, in path then position order (bounded, for lists in hovers and the assessment). */
  readonly first: readonly MentionPlace[];
}

export interface MentionLookup {
  /** Mentions of the ID outside its own definition; all counts zero when it is mentioned nowhere. */
  mentionsOf(id: string): MentionSummary;
}
