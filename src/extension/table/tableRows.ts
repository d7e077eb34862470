import * as vscode from 'vscode';
import type { Finding } from '../../core/finding';
import type { Requirement } from '../../core/model';
import type { ProjectSettings } from '../../core/settings';
import { ownerCandidates, personLabel } from '../../core/roster';
import type { IndexView } from '../../core/indexView';
import { encodeRows } from '../../shared/encodedRows';
import { overdueInIndex } from '../../core/rules/overdueRule';
import { localizedMessage } from '../support/rangeConversion';
import type { Vocabulary } from '../../core/vocabulary';
import { displayLabel } from '../support/displayLabel';
import { suspectTargets } from '../trace/indexTrace';
import type { DocumentRows, TableRow } from '../../shared/protocol';
import type { MentionLookup } from '../../core/trace/mentions';

/** Every row, as objects: the panel orders the first ones for the page, then encodes them all. */
export interface AllRows {
  readonly rows: readonly TableRow[];
  readonly vocabularies: readonly Vocabulary[];
}

/** A row as sent, with what the host needs to act on it: its file, never taken from the webview. */
export interface ResolvedRow {
  readonly row: TableRow;
  readonly file: string;
  readonly index: number;
}

/**
 * Turns the index into table rows and remembers what it sent, so that a row key from the webview is looked up
 * here (unknown keys resolve to nothing) instead of being trusted. Documents get small stable numbers: a row key
 * is `<document number>:<position>`, which names no file.
 */
const NOT_TRACED: TableRow['traced'] = { code: 0, tests: 0, records: 0, changeRequests: 0 };

function sameCounts(a: TableRow['traced'], b: TableRow['traced']): boolean {
  return a.code === b.code && a.tests === b.tests && a.records === b.records && a.changeRequests === b.changeRequests;
}

export class TableRows {
  private readonly docNumbers = new Map<string, number>();
  private readonly sent = new Map<number, readonly ResolvedRow[]>();
  private readonly byKey = new Map<string, ResolvedRow>();
  private vocabularyIndexes = new Map<ProjectSettings, number>();
  private vocabularyList: Vocabulary[] = [];

  constructor(private readonly index: IndexView, private readonly mentions: MentionLookup) {}

  /** Every requirement of the workspace. */
  all(): AllRows {
    this.prepareVocabularies();
    this.sent.clear();
    this.byKey.clear();
    const dirty = dirtyFiles();
    const rows: TableRow[] = [];
    for (const file of this.index.files()) {
      for (const resolved of this.buildDocument(file, dirty)) {
        rows.push(resolved.row);
      }
    }
    return { rows, vocabularies: this.vocabularyList };
  }

  /** The rows of just these files (an empty list for a file that is gone or holds no requirements). */
  documents(files: Iterable<string>): { readonly documents: DocumentRows[]; readonly vocabularies: readonly Vocabulary[] } {
    this.prepareVocabularies();
    const dirty = dirtyFiles();
    const documents: DocumentRows[] = [];
    for (const file of files) {
      const hadRows = this.docNumbers.has(file);
      const rows = this.buildDocument(file, dirty).map((r) => r.row);
      if (rows.length > 0 || hadRows) {
        documents.push({ doc: this.docNumber(file), rows: encodeRows(rows) });
      }
    }
    return { documents, vocabularies: this.vocabularyList };
  }

  /**
   * The documents with a row whose Records count is not the one sent: a change of records names no requirement
   * file, yet its mentions change that column, and only rows that show another count are worth sending again.
   */
  recordCountsChanged(): string[] {
    return [...this.docNumbers].flatMap(([file, doc]) =>
      this.sent.get(doc)?.some(({ row }) => row.records !== this.recordCount(row.id)) ? [file] : []);
  }

  /** The documents with a row whose Traced counts are not the ones sent: the mention index changed under them. */
  tracedCountsChanged(): string[] {
    return [...this.docNumbers].flatMap(([file, doc]) =>
      this.sent.get(doc)?.some(({ row }) => !sameCounts(row.traced, this.tracedCounts(row.id))) ? [file] : []);
  }

  private tracedCounts(id: string): TableRow['traced'] {
    return id === '' ? NOT_TRACED : this.mentions.mentionsOf(id).files;
  }

  private recordCount(id: string): number {
    return id === '' ? 0 : this.index.recordsMentioning(id).length;
  }

  /**
   * Whether a change of the file can change rows: it has or had rows, or it is settings (vocabularies, labels), or
   * it is gone unseen. A record or a change request read again changes none (their counts come separately); a risk
   * register has no rows.
   */
  concernsRows(file: string): boolean {
    const kind = this.index.get(file)?.kind;
    return this.docNumbers.has(file) || (kind !== 'record' && kind !== 'change-request' && kind !== 'risks');
  }

  /** How many documents have rows now: the patch-or-reset decision compares a change against it. */
  documentCount(): number {
    return this.sent.size;
  }

  resolve(key: string): ResolvedRow | undefined {
    return this.byKey.get(key);
  }

  private docNumber(file: string): number {
    let doc = this.docNumbers.get(file);
    if (doc === undefined) {
      doc = this.docNumbers.size;
      this.docNumbers.set(file, doc);
    }
    return doc;
  }

  private buildDocument(file: string, dirty: ReadonlySet<string>): readonly ResolvedRow[] {
    const parsed = this.index.get(file);
    const doc = this.docNumbers.get(file);
    if (doc !== undefined) {
      for (const old of this.sent.get(doc) ?? []) {
        this.byKey.delete(old.row.key);
      }
      this.sent.delete(doc);
    }
    if (!parsed || parsed.requirements.length === 0) {
      return [];
    }
    const number = this.docNumber(file);
    const uri = vscode.Uri.parse(file);
    const path = vscode.workspace.asRelativePath(uri);
    const documentTitle = parsed.header.title ?? uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const vocabulary = this.vocabularyIndexes.get(this.index.settingsFor(file)) ?? 0;
    const problems = findingsByRequirement(parsed.requirements, this.index.findings(file));
    const syntaxReason = parsed.hasSyntaxErrors ? vscode.l10n.t('The file has YAML errors: fix them in the file first.') : '';
    const rows = parsed.requirements.map((requirement): ResolvedRow => {
      const data = requirement.data;
      const findings = problems.get(requirement) ?? [];
      const row: TableRow = {
        key: `${number}:${requirement.index}`,
        doc: number,
        id: requirement.id,
        title: data.title ?? '',
        status: data.status ?? '',
        priority: data.priority ?? '',
        owner: data.owner ?? '',
        document: documentTitle,
        path,
        customer: parsed.header.customer ?? '',
        milestone: data.milestone ?? '',
        due: data.due ?? '',
        overdue: overdueInIndex(this.index, requirement) ?? 0,
        links: data.links ?? [],
        // The index announces a stamped link's file when its target changes: the row is rebuilt then.
        suspect: suspectTargets(this.index, requirement),
        changes: data.changes ?? [],
        records: this.recordCount(requirement.id),
        description: data.description ?? '',
        acceptance: data.acceptance ?? [],
        source: data.source ?? '',
        tags: data.tags ?? [],
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        problems: findings.map(localizedMessage),
        vocabulary,
        readOnly: syntaxReason || this.idReason(requirement),
        dirty: dirty.has(file),
        traced: this.tracedCounts(requirement.id),
      };
      return { row, file, index: requirement.index };
    });
    this.sent.set(number, rows);
    for (const resolved of rows) {
      this.byKey.set(resolved.row.key, resolved);
    }
    return rows;
  }

  /** Edits name a requirement by ID, so one without a unique ID cannot be edited from the table. */
  private idReason(requirement: Requirement): string {
    if (requirement.id === '') {
      return vscode.l10n.t('This requirement has no ID: give it one in the file to edit it here.');
    }
    const count = this.index.requirementsWithId(requirement.id).length;
    return count > 1 ? vscode.l10n.t('The ID {0} is used {1} times: make it unique to edit it here.', requirement.id, count) : '';
  }

  /**
   * One vocabulary per distinct settings (one per reqdesk.yaml). Owners offered: the roster's members who may own,
   * or with no roster the owners in use, most used first; the filter's labels name each owner in use.
   */
  private prepareVocabularies(): void {
    const counts = new Map<string, number>();
    for (const requirement of this.index.requirements()) {
      const owner = requirement.data.owner?.trim();
      if (owner) {
        counts.set(owner, (counts.get(owner) ?? 0) + 1);
      }
    }
    const inUse = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([owner]) => owner);
    this.vocabularyIndexes = new Map();
    this.vocabularyList = [];
    const settingsList = new Set<ProjectSettings>();
    for (const file of this.index.files()) {
      settingsList.add(this.index.settingsFor(file));
    }
    for (const settings of settingsList) {
      const owners = settings.roster.length > 0 ? ownerCandidates(settings).map((m) => m.id) : inUse;
      this.vocabularyIndexes.set(settings, this.vocabularyList.length);
      this.vocabularyList.push({
        statuses: settings.statuses, priorities: settings.priorities, doneStatuses: settings.doneStatuses,
        owners, ownerLabels: ownerLabels(settings, [...owners, ...inUse]),
        ownerNames: settings.roster.flatMap((m): [string, string][] => (m.name && m.name !== m.id ? [[m.id, m.name]] : [])),
        statusLabels: valueLabels(settings, settings.statuses), priorityLabels: valueLabels(settings, settings.priorities),
      });
    }
  }
}

/** "李娜 (li.na)" for a member with a name, "lina (not in the roster)" for a value outside a roster. */
function ownerLabels(settings: ProjectSettings, owners: readonly string[]): [string, string][] {
  if (settings.roster.length === 0) {
    return [];
  }
  return [...new Set(owners)].flatMap((owner): [string, string][] => {
    if (!settings.roster.some((m) => m.id === owner)) {
      return [[owner, vscode.l10n.t('{0} (not in the roster)', owner)]];
    }
    const label = personLabel(settings, owner);
    return label === owner ? [] : [[owner, label]];
  });
}

/** The vocabulary's values whose label in the UI language differs from the value, with that label. */
function valueLabels(settings: ProjectSettings, values: readonly string[]): [string, string][] {
  return values.flatMap((value): [string, string][] => {
    const label = displayLabel(value, settings);
    return label === value ? [] : [[value, label]];
  });
}

function dirtyFiles(): Set<string> {
  return new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
}

/**
 * The errors and warnings inside each requirement (by where they start). Both lists are in file order, so one
 * pass over each suffices even for a file of 10,000 requirements.
 */
export function findingsByRequirement(requirements: readonly Requirement[], findings: readonly Finding[]): Map<Requirement, Finding[]> {
  const result = new Map<Requirement, Finding[]>();
  const ordered = [...requirements].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  let r = 0;
  for (const finding of findings) {
    if (finding.severity === 'info') {
      continue;
    }
    const at = finding.range.start;
    while (r < ordered.length && before(ordered[r].range.end, at)) {
      r++;
    }
    const requirement = ordered[r];
    if (requirement && !before(at, requirement.range.start)) {
      const list = result.get(requirement);
      if (list) {
        list.push(finding);
      } else {
        result.set(requirement, [finding]);
      }
    }
  }
  return result;
}

function before(a: { readonly line: number; readonly character: number }, b: { readonly line: number; readonly character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
