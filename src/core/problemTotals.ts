import type { Finding, Severity } from './finding';
import type { IndexChange } from './workspaceIndex';

export type SeverityCounts = Record<Severity, number>;

/** What the totals read of the index. */
export interface ProblemSource {
  onDidChange(listener: (change: IndexChange) => void): { dispose(): void };
  files(): Iterable<string>;
  has(file: string): boolean;
  findings(file: string): readonly Finding[];
}

/** One file's counts, per rule. */
type FileCounts = ReadonlyMap<string, Readonly<SeverityCounts>>;

/**
 * The workspace's problems counted: in all, per rule, and which files have each rule's problems. Kept by
 * recounting only the files an index change names, when the counts are next read (so that a burst of changes
 * recounts each file once, and reading is always exact).
 */
export class ProblemTotals {
  private readonly byFile = new Map<string, FileCounts>();
  private readonly byRule = new Map<string, { readonly counts: SeverityCounts; readonly files: Set<string> }>();
  private readonly all: SeverityCounts = emptyCounts();
  private readonly stale = new Set<string>();
  private readonly subscription: { dispose(): void };

  constructor(private readonly index: ProblemSource) {
    for (const file of index.files()) {
      this.stale.add(file);
    }
    this.subscription = index.onDidChange((change) => {
      for (const file of change.files) {
        this.stale.add(file);
      }
    });
  }

  /** Errors, warnings and infos in all. */
  get totals(): Readonly<SeverityCounts> {
    this.settle();
    return { ...this.all };
  }

  /** How many files have at least one problem. */
  get filesWithProblems(): number {
    this.settle();
    return this.byFile.size;
  }

  /** Each rule that has problems, with their counts by severity. */
  rules(): ReadonlyMap<string, Readonly<SeverityCounts>> {
    this.settle();
    return new Map([...this.byRule].map(([ruleId, { counts }]) => [ruleId, counts]));
  }

  /** The files with problems of one rule. */
  filesWithRule(ruleId: string): string[] {
    this.settle();
    return [...(this.byRule.get(ruleId)?.files ?? [])];
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private settle(): void {
    for (const file of this.stale) {
      this.count(file, this.index.has(file) ? this.index.findings(file) : []);
    }
    this.stale.clear();
  }

  private count(file: string, findings: readonly Finding[]): void {
    for (const [ruleId, counts] of this.byFile.get(file) ?? []) {
      const rule = this.byRule.get(ruleId);
      if (rule) {
        addCounts(rule.counts, counts, -1);
        rule.files.delete(file);
        if (rule.files.size === 0) {
          this.byRule.delete(ruleId);
        }
      }
      addCounts(this.all, counts, -1);
    }
    const next = new Map<string, SeverityCounts>();
    for (const finding of findings) {
      const counts = next.get(finding.ruleId) ?? emptyCounts();
      counts[finding.severity]++;
      next.set(finding.ruleId, counts);
    }
    for (const [ruleId, counts] of next) {
      const rule = this.byRule.get(ruleId) ?? { counts: emptyCounts(), files: new Set<string>() };
      addCounts(rule.counts, counts, 1);
      rule.files.add(file);
      this.byRule.set(ruleId, rule);
      addCounts(this.all, counts, 1);
    }
    if (next.size > 0) {
      this.byFile.set(file, next);
    } else {
      this.byFile.delete(file);
    }
  }
}

function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

function addCounts(into: SeverityCounts, counts: Readonly<SeverityCounts>, sign: 1 | -1): void {
  into.error += sign * counts.error;
  into.warning += sign * counts.warning;
  into.info += sign * counts.info;
}
