import type { IndexView } from './indexView';
import { systemClock } from './clock';
import { CoreEvent } from './coreEvents';
import { capFindings, compareFindings, type Finding } from './finding';
import { sameValue } from './edit/yamlValue';
import { dirName, fileKindOf } from './fileKind';
import { GatheredChange } from './gatheredChange';
import type { TextProblem } from './fileText';
import { idPrefix, suggestIds } from './idSuggestions';
import type { ChangeRequest, FileKind, Requirement } from './model';
import type { ParsedFile } from './parsedFile';
import { parseJob } from './parseJob';
import { compareRecordsNewestFirst, type CommunicationRecord } from './records/communicationRecord';
import { actionsOf, type OpenAction } from './records/openActions';
import type { Risk } from './risks/risk';
import { configuredSeverity, runRules } from './rules/ruleRegistry';
import type { RuleContext } from './rules/rule';
import { resolveSettings, type ProjectSettings, type SettingsFileData, type UserSettings } from './settings';

/** Problems shown per file: past this many, one more says how many were left out (capFindings). */
export const MAX_PROBLEMS_PER_FILE = 1_000;

/** What may differ after a change. */
export interface IndexChange {
  /** The files whose data or problems may differ. */
  readonly files: ReadonlySet<string>;
  /**
   * Whether a file of that kind was read or removed (for settings: or the user's settings changed). A change that
   * names none only moved problems, so a view of requirements or change requests alone can skip it.
   */
  readonly requirements: boolean;
  readonly changeRequests: boolean;
  readonly settings: boolean;
  /** A communication record was read or removed, or a new day may have made its actions overdue. */
  readonly records: boolean;
  /** A risk register was read or removed, or a new day may have made its reviews due. */
  readonly risks: boolean;
}

/** What removing a file the index does not hold changes. */
const NO_CHANGE: IndexChange = { files: new Set(), requirements: false, changeRequests: false, settings: false, records: false, risks: false };

export interface UpdateOptions {
  /** The kind, for files matched by extra globs; otherwise taken from the name. */
  readonly kind?: FileKind;
  readonly byteSize?: number;
  readonly textProblem?: TextProblem;
}

/**
 * The one model every view asks: parsed files, requirements and change requests by ID, problems per file.
 * Files are keyed by a path with forward slashes (a URI string works too). Updating one file re-parses only
 * that file; problems that depend on other files (duplicates, dangling links) are recomputed lazily for just
 * the files that share an affected ID.
 */
export class WorkspaceIndex implements IndexView {
  private readonly parsed = new Map<string, ParsedFile>();
  private readonly requirementsById = new Map<string, Requirement[]>();
  private readonly changeRequestsById = new Map<string, ChangeRequest[]>();
  private readonly risksById = new Map<string, Risk[]>();
  /** ID → files that mention it in links, affects, proposed or baseline, or anywhere in a communication record. */
  private readonly referencedBy = new Map<string, Set<string>>();
  /** ID → files with a stamped link to it: their suspect links change with the requirement's data. */
  private readonly stampedBy = new Map<string, Set<string>>();
  /** The communication records' files: a new ID prefix changes which IDs in their text count as references. */
  private readonly recordFiles = new Set<string>();
  private readonly riskFiles = new Set<string>();
  private readonly idsByPrefix = new Map<string, Set<string>>();
  /** Per reqdesk.yaml, which of its project documents exist, as the front end found (setPresentDocuments). */
  private readonly presentDocumentsByFile = new Map<string, ReadonlySet<string>>();
  /** Folder → the reqdesk.yaml in it, as written and as resolved with the user's settings. */
  private readonly settingsByFolder = new Map<string, { readonly data: SettingsFileData; resolved: ProjectSettings }>();
  private userSettings: UserSettings = {};
  private defaultSettings = resolveSettings(undefined);
  private readonly findingsCache = new Map<string, readonly Finding[]>();
  private readonly localFindings = new WeakMap<ParsedFile, { readonly settings: ProjectSettings; readonly today: string; readonly findings: readonly Finding[] }>();
  private readonly changed = new CoreEvent<IndexChange>();
  /** What changed while announcements are deferred (see deferChanges), and how many deferrals are open. */
  private deferred: GatheredChange | undefined;
  private deferrals = 0;

  readonly onDidChange = this.changed.subscribe.bind(this.changed);

  /** `today` is the clock's local date the rules judge due dates by (systemClock's unless given); see setToday. */
  constructor(private todayValue: string = systemClock.today()) {}

  get today(): string {
    return this.todayValue;
  }

  /**
   * A new day (local midnight in a running editor, or another fixed date): every requirements file and record is
   * judged again, and the change names them all, as views show overdue work and actions too.
   */
  setToday(today: string): IndexChange {
    if (today === this.todayValue) {
      return NO_CHANGE;
    }
    this.todayValue = today;
    const files = new Set([...this.parsed.values()].filter((f) => f.kind === 'requirements' || f.kind === 'record' || f.kind === 'risks').map((f) => f.file));
    return this.finish(files, { requirements: true, changeRequests: false, settings: false, records: true, risks: true });
  }

  update(file: string, text: string, options: UpdateOptions = {}): IndexChange {
    const kind = options.kind ?? fileKindOf(file);
    if (!kind) {
      throw new Error(`Not a ReqDesk file: ${file}`);
    }
    return this.replace(file, () => parseJob({ key: file, text, kind, maxBytes: this.settingsFor(file).maxFileBytes, byteSize: options.byteSize, textProblem: options.textProblem }));
  }

  /**
   * Inserts a file parsed elsewhere (a worker, the persisted index), keyed by its `file`. The caller parsed it
   * with the size limit `settingsFor(parsed.file)` gives; linking and problems are exactly as after update().
   */
  add(parsed: ParsedFile): IndexChange {
    return this.replace(parsed.file, () => parsed);
  }

  /** Unlinks the file's previous version first, so that `next` sees the settings without it (as a fresh load does). */
  private replace(file: string, next: () => ParsedFile): IndexChange {
    const previous = this.parsed.get(file);
    const touched = new Set<string>([file]);
    const before = new IdCounts();
    if (previous) {
      this.countIds(previous, before);
      this.unlink(previous, touched);
    }
    const parsed = next();
    this.countIds(parsed, before);
    this.parsed.set(file, parsed);
    this.link(parsed, touched);
    this.touchAffected(before, touched);
    this.touchLinkersOfChanged(previous, parsed, touched);
    return this.finish(touched, kinds(previous?.kind, parsed.kind));
  }

  remove(file: string): IndexChange {
    const previous = this.parsed.get(file);
    if (!previous) {
      return NO_CHANGE;
    }
    const touched = new Set<string>([file]);
    const before = new IdCounts();
    this.countIds(previous, before);
    this.unlink(previous, touched);
    this.parsed.delete(file);
    this.touchAffected(before, touched);
    // The removed file stays in the change, so that listeners clear what they show for it.
    return this.finish(touched, kinds(previous.kind));
  }

  has(file: string): boolean {
    return this.parsed.has(file);
  }

  get(file: string): ParsedFile | undefined {
    return this.parsed.get(file);
  }

  files(): IterableIterator<string> {
    return this.parsed.keys();
  }

  hasRequirements(): boolean {
    for (const file of this.parsed.values()) {
      if (file.requirements.length > 0) {
        return true;
      }
    }
    return false;
  }

  requirements(): Requirement[] {
    const all: Requirement[] = [];
    for (const file of this.parsed.values()) {
      all.push(...file.requirements);
    }
    return all;
  }

  changeRequests(): ChangeRequest[] {
    const all: ChangeRequest[] = [];
    for (const file of this.parsed.values()) {
      if (file.changeRequest) {
        all.push(file.changeRequest);
      }
    }
    return all;
  }

  /** Every communication record, newest first. */
  records(): CommunicationRecord[] {
    const all: CommunicationRecord[] = [];
    for (const file of this.recordFiles) {
      const record = this.parsed.get(file)?.record;
      if (record) {
        all.push(record);
      }
    }
    return all.sort(compareRecordsNewestFirst);
  }

  /** The records that mention an ID (body or front matter), newest first. */
  recordsMentioning(id: string): CommunicationRecord[] {
    const all: CommunicationRecord[] = [];
    for (const file of this.referencedBy.get(id) ?? []) {
      const record = this.parsed.get(file)?.record;
      if (record) {
        all.push(record);
      }
    }
    return all.sort(compareRecordsNewestFirst);
  }

  /** Every action not done yet, earliest due first, as of the index's today. */
  openActions(): OpenAction[] {
    return actionsOf(this.records(), this.todayValue);
  }

  /** Whether some requirement's ID has this prefix (`CR` always is one): the IDs a record's text names are judged by it. */
  isKnownIdPrefix(prefix: string): boolean {
    return prefix === 'CR' || (this.idsByPrefix.get(prefix)?.size ?? 0) > 0;
  }

  /** Every risk of every register, by file path, then in file order. */
  risks(): Risk[] {
    return [...this.riskFiles].sort().flatMap((file) => this.parsed.get(file)?.risks ?? []);
  }

  risksWithId(id: string): readonly Risk[] {
    return this.risksById.get(id) ?? [];
  }

  requirementsWithId(id: string): readonly Requirement[] {
    return this.requirementsById.get(id) ?? [];
  }

  changeRequestsWithId(id: string): readonly ChangeRequest[] {
    return this.changeRequestsById.get(id) ?? [];
  }

  /** Known IDs close to a mistyped one, for quick fixes. */
  suggestRequirementIds(wrong: string, limit = 3): string[] {
    return suggestIds(wrong, [...(this.idsByPrefix.get(idPrefix(wrong)) ?? [])], limit);
  }

  /** The highest number used with a prefix, so that new IDs never collide. */
  highestNumber(prefix: string): number {
    let max = 0;
    for (const id of this.idsByPrefix.get(prefix) ?? []) {
      max = Math.max(max, Number(id.slice(prefix.length + 1)) || 0);
    }
    return max;
  }

  /** Settings that apply to a file: the reqdesk.yaml of the nearest enclosing folder that has one. */
  settingsFor(file: string): ProjectSettings {
    if (this.settingsByFolder.size === 0) {
      return this.defaultSettings;
    }
    for (let folder = dirName(file); ; folder = dirName(folder)) {
      const settings = this.settingsByFolder.get(folder);
      if (settings) {
        return settings.resolved;
      }
      if (folder === '' || folder === dirName(folder)) {
        return this.defaultSettings;
      }
    }
  }

  /**
   * The editor user's settings, layered with every reqdesk.yaml. Size limits and globs only affect files
   * read after this call: the caller re-reads the workspace when those change.
   */
  setUserSettings(user: UserSettings): IndexChange {
    this.userSettings = user;
    this.defaultSettings = resolveSettings(undefined, user);
    for (const entry of this.settingsByFolder.values()) {
      entry.resolved = resolveSettings(entry.data, user);
    }
    return this.finish(new Set(this.parsed.keys()), { requirements: false, changeRequests: false, settings: true, records: false, risks: false });
  }

  /**
   * Which of a reqdesk.yaml's `project.documents` paths (as written) exist: the front ends look, since the core
   * cannot and documents are no files the index reads. Until told, no document counts as missing.
   */
  setPresentDocuments(settingsFile: string, present: Iterable<string>): IndexChange {
    const paths = new Set(present);
    const known = this.presentDocumentsByFile.get(settingsFile);
    if (known?.size === paths.size && [...paths].every((p) => known.has(p))) {
      return NO_CHANGE;
    }
    this.presentDocumentsByFile.set(settingsFile, paths);
    return this.finish(new Set(this.parsed.has(settingsFile) ? [settingsFile] : []), { requirements: false, changeRequests: false, settings: false, records: false, risks: false });
  }

  presentDocuments(settingsFile: string): ReadonlySet<string> | undefined {
    return this.presentDocumentsByFile.get(settingsFile);
  }

  findings(file: string): readonly Finding[] {
    const cached = this.findingsCache.get(file);
    if (cached) {
      return cached;
    }
    const parsed = this.parsed.get(file);
    if (!parsed) {
      return [];
    }
    const context = this.ruleContext(file);
    const all = [...this.fileFindings(parsed, context), ...runRules(parsed, context, 'workspace')];
    const findings = all.length > MAX_PROBLEMS_PER_FILE ? capFindings(all, MAX_PROBLEMS_PER_FILE) : all.sort(compareFindings);
    this.findingsCache.set(file, findings);
    return findings;
  }

  /**
   * What a file shows on its own (its parse problems and file-scope rules): kept while its parse and settings
   * stay, so that a file touched by another file's IDs (every file, while a workspace loads) re-runs only the
   * workspace rules.
   */
  private fileFindings(parsed: ParsedFile, context: RuleContext): readonly Finding[] {
    const known = this.localFindings.get(parsed);
    if (known?.settings === context.settings && known.today === context.today) {
      return known.findings;
    }
    const findings: Finding[] = [];
    for (const finding of parsed.findings) {
      const severity = configuredSeverity(finding.ruleId, finding.severity, context);
      if (severity) {
        findings.push(severity === finding.severity ? finding : { ...finding, severity });
      }
    }
    findings.push(...runRules(parsed, context, 'file'));
    this.localFindings.set(parsed, { settings: context.settings, today: context.today, findings });
    return findings;
  }

  private ruleContext(file: string): RuleContext {
    return {
      settings: this.settingsFor(file),
      today: this.todayValue,
      requirementsWithId: (id) => this.requirementsWithId(id),
      changeRequestsWithId: (id) => this.changeRequestsWithId(id),
      isKnownIdPrefix: (prefix) => this.isKnownIdPrefix(prefix),
      risksWithId: (id) => this.risksWithId(id),
      presentDocuments: this.presentDocumentsByFile.get(file),
    };
  }

  private link(file: ParsedFile, touched: Set<string>): void {
    for (const requirement of file.requirements) {
      if (requirement.id) {
        push(this.requirementsById, requirement.id, requirement);
        addTo(this.idsByPrefix, idPrefix(requirement.id), requirement.id);
      }
    }
    for (const id of referencedIds(file)) {
      addTo(this.referencedBy, id, file.file);
    }
    for (const id of stampedIds(file)) {
      addTo(this.stampedBy, id, file.file);
    }
    if (file.changeRequest?.id) {
      push(this.changeRequestsById, file.changeRequest.id, file.changeRequest);
    }
    if (file.kind === 'record') {
      this.recordFiles.add(file.file);
    }
    if (file.kind === 'risks') {
      this.riskFiles.add(file.file);
    }
    for (const risk of file.risks) {
      if (risk.id) {
        push(this.risksById, risk.id, risk);
      }
    }
    if (file.kind === 'settings') {
      this.applySettings(file, touched);
    }
  }

  private unlink(file: ParsedFile, touched: Set<string>): void {
    for (const requirement of file.requirements) {
      if (requirement.id) {
        const remaining = pull(this.requirementsById, requirement.id, requirement);
        if (remaining === 0) {
          this.idsByPrefix.get(idPrefix(requirement.id))?.delete(requirement.id);
        }
      }
    }
    for (const id of referencedIds(file)) {
      this.referencedBy.get(id)?.delete(file.file);
    }
    for (const id of stampedIds(file)) {
      this.stampedBy.get(id)?.delete(file.file);
    }
    if (file.changeRequest?.id) {
      pull(this.changeRequestsById, file.changeRequest.id, file.changeRequest);
    }
    this.recordFiles.delete(file.file);
    this.riskFiles.delete(file.file);
    for (const risk of file.risks) {
      if (risk.id) {
        pull(this.risksById, risk.id, risk);
      }
    }
    if (file.kind === 'settings' && this.settingsByFolder.delete(dirName(file.file))) {
      this.touchFolder(dirName(file.file), touched);
    }
  }

  /** A settings file with errors does not apply: defaults stay in force and the file shows its problems. */
  private applySettings(file: ParsedFile, touched: Set<string>): void {
    const usable = !file.hasSyntaxErrors && !file.findings.some((f) => f.severity === 'error');
    if (usable && file.settings) {
      this.settingsByFolder.set(dirName(file.file), { data: file.settings, resolved: resolveSettings(file.settings, this.userSettings) });
    }
    this.touchFolder(dirName(file.file), touched);
  }

  private touchFolder(folder: string, touched: Set<string>): void {
    const prefix = folder === '' ? '' : `${folder}/`;
    for (const file of this.parsed.keys()) {
      if (file.startsWith(prefix)) {
        touched.add(file);
      }
    }
  }

  /**
   * A stamped link judges its target's fields (suspect-link), so the files with a stamped link to a requirement
   * whose data changed are judged again; IDs appearing or disappearing are touchAffected's.
   */
  private touchLinkersOfChanged(previous: ParsedFile | undefined, next: ParsedFile, touched: Set<string>): void {
    // A first read (every file of a cold load) has no data to have changed, and most workspaces stamp no link.
    if (!previous || this.stampedBy.size === 0) {
      return;
    }
    const before = new Map(previous.requirements.map((r) => [r.id, r.data]));
    for (const requirement of next.requirements) {
      const linkers = this.stampedBy.get(requirement.id);
      const old = before.get(requirement.id);
      if (linkers && old && !sameValue(old, requirement.data)) {
        for (const file of linkers) {
          touched.add(file);
        }
      }
    }
  }

  /** Remembers, for the IDs a file defines, how many definitions the index held before the change. */
  private countIds(file: ParsedFile, before: IdCounts): void {
    for (const requirement of file.requirements) {
      if (requirement.id && !before.requirements.has(requirement.id)) {
        before.requirements.set(requirement.id, this.requirementsWithId(requirement.id).length);
        const prefix = idPrefix(requirement.id);
        if (!before.prefixes.has(prefix)) {
          before.prefixes.set(prefix, this.isKnownIdPrefix(prefix));
        }
      }
    }
    const crId = file.changeRequest?.id;
    if (crId && !before.changeRequests.has(crId)) {
      before.changeRequests.set(crId, this.changeRequestsWithId(crId).length);
    }
    for (const risk of file.risks) {
      if (risk.id && !before.risks.has(risk.id)) {
        before.risks.set(risk.id, this.risksWithId(risk.id).length);
      }
    }
  }

  /**
   * Files whose problems an ID change can alter: references only care whether the ID exists, so they change
   * when it appears or disappears; the definitions of a duplicated ID name each other's places, so they change
   * whenever the ID was or is duplicated. Touching less keeps re-validating one edited file cheap.
   */
  private touchAffected(before: IdCounts, touched: Set<string>): void {
    for (const [id, count] of before.requirements) {
      const now = this.requirementsWithId(id);
      if (count > 0 !== now.length > 0) {
        for (const file of this.referencedBy.get(id) ?? []) {
          touched.add(file);
        }
      }
      if (count > 1 || now.length > 1) {
        for (const r of now) {
          touched.add(r.file);
        }
      }
    }
    for (const [prefix, known] of before.prefixes) {
      if (known !== this.isKnownIdPrefix(prefix)) {
        for (const file of this.recordFiles) {
          touched.add(file);
        }
      }
    }
    for (const [id, count] of before.changeRequests) {
      const now = this.changeRequestsWithId(id);
      if (count > 0 !== now.length > 0) {
        for (const file of this.referencedBy.get(id) ?? []) {
          touched.add(file);
        }
      }
      if (count > 1 || now.length > 1) {
        for (const cr of now) {
          touched.add(cr.file);
        }
      }
    }
    for (const [id, count] of before.risks) {
      const now = this.risksWithId(id);
      if (count > 0 !== now.length > 0) {
        for (const file of this.referencedBy.get(id) ?? []) {
          touched.add(file);
        }
      }
      if (count > 1 || now.length > 1) {
        for (const risk of now) {
          touched.add(risk.file);
        }
      }
    }
  }

  private finish(touched: Set<string>, what: Omit<IndexChange, 'files'>): IndexChange {
    for (const file of touched) {
      this.findingsCache.delete(file);
    }
    const change: IndexChange = { files: touched, ...what };
    if (this.deferred) {
      this.deferred.add(change);
    } else {
      this.changed.fire(change);
    }
    return change;
  }

  /** Whether a deferral is open: listeners that gathered changes before it hold them until it is released. */
  get deferring(): boolean {
    return this.deferrals > 0;
  }

  /**
   * Holds back onDidChange until the returned function is called, which announces every file changed meanwhile
   * in one event. Queries stay exact all along. A workspace load adds files one by one and each new ID touches
   * the files that mention it: deferred, listeners see each file once instead of once per neighbour. The last
   * release announces even when nothing changed, so that a listener holding changes of its own (IndexChanges)
   * learns that it may deliver them.
   */
  deferChanges(): () => void {
    this.deferrals++;
    this.deferred ??= new GatheredChange();
    let released = false;
    return () => {
      if (released) {
        return;
      }
      released = true;
      if (--this.deferrals === 0 && this.deferred) {
        const gathered = this.deferred;
        this.deferred = undefined;
        this.changed.fire(gathered.change());
      }
    };
  }
}

function kinds(...read: (FileKind | undefined)[]): Omit<IndexChange, 'files'> {
  return { requirements: read.includes('requirements'), changeRequests: read.includes('change-request'), settings: read.includes('settings'), records: read.includes('record'), risks: read.includes('risks') };
}

function referencedIds(file: ParsedFile): Set<string> {
  const ids = new Set<string>();
  for (const requirement of file.requirements) {
    for (const link of requirement.data.links ?? []) {
      ids.add(link);
    }
  }
  const cr = file.changeRequest?.data;
  if (cr) {
    for (const id of [...(cr.affects ?? []), ...Object.keys(cr.proposed ?? {}), ...Object.keys(cr.baseline ?? {}), ...(cr.impact?.risks ?? [])]) {
      ids.add(id);
    }
  }
  for (const mention of file.record?.mentions ?? []) {
    ids.add(mention.id);
  }
  for (const risk of file.risks) {
    for (const link of risk.links) {
      ids.add(link.id);
    }
  }
  return ids;
}

function stampedIds(file: ParsedFile): Set<string> {
  const ids = new Set<string>();
  for (const requirement of file.requirements) {
    requirement.linkStamps?.forEach((stamp, i) => {
      const id = requirement.data.links?.[i];
      if (stamp !== undefined && id !== undefined) {
        ids.add(id);
      }
    });
  }
  return ids;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

/** Removes one value; returns how many remain under the key. */
function pull<T>(map: Map<string, T[]>, key: string, value: T): number {
  const list = map.get(key);
  if (!list) {
    return 0;
  }
  const i = list.indexOf(value);
  if (i !== -1) {
    list.splice(i, 1);
  }
  if (list.length === 0) {
    map.delete(key);
  }
  return list.length;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) {
    set.add(value);
  } else {
    map.set(key, new Set([value]));
  }
}

/** Definition counts per ID before a change. */
class IdCounts {
  readonly requirements = new Map<string, number>();
  readonly changeRequests = new Map<string, number>();
  readonly risks = new Map<string, number>();
  /** Requirement ID prefixes, and whether one was in use before the change. */
  readonly prefixes = new Map<string, boolean>();
}
