import type { Finding } from './finding';
import type { ChangeRequest, Requirement } from './model';
import type { ParsedFile } from './parsedFile';
import type { CommunicationRecord } from './records/communicationRecord';
import type { OpenAction } from './records/openActions';
import type { Risk } from './risks/risk';
import type { ProjectSettings } from './settings';

/**
 * What views, commands, quick fixes, exports and the CLI's reports read from the index. Only the loaders change
 * it (WorkspaceIndex's update, add, remove and deferral); everything else is handed this, and follows changes
 * through the one change stream (IndexChanges), so a reader cannot mutate the index by accident.
 */
export interface IndexView {
  has(file: string): boolean;
  get(file: string): ParsedFile | undefined;
  files(): IterableIterator<string>;
  hasRequirements(): boolean;
  requirements(): Requirement[];
  changeRequests(): ChangeRequest[];
  requirementsWithId(id: string): readonly Requirement[];
  changeRequestsWithId(id: string): readonly ChangeRequest[];
  /** Every communication record, newest first (by its local date, then its time). */
  records(): CommunicationRecord[];
  /** The records that mention an ID in their front matter or text, newest first. */
  recordsMentioning(id: string): CommunicationRecord[];
  /** Every action not done yet, earliest due date first, with its days overdue as of `today`. */
  openActions(): OpenAction[];
  /** Every risk of the risk registers (`*.risks.yaml`), by file, then in file order. */
  risks(): Risk[];
  risksWithId(id: string): readonly Risk[];
  /** Known IDs close to a mistyped one, for quick fixes. */
  suggestRequirementIds(wrong: string, limit?: number): string[];
  /** The highest number used with a prefix, so that new IDs never collide. */
  highestNumber(prefix: string): number;
  /** Settings that apply to a file: the reqdesk.yaml of the nearest enclosing folder that has one. */
  settingsFor(file: string): ProjectSettings;
  /** Which of a reqdesk.yaml's project documents exist, as a front end found; undefined until one looked. */
  presentDocuments(settingsFile: string): ReadonlySet<string> | undefined;
  /** The local date (YYYY-MM-DD) due dates are judged by: the clock's, fixed in tests and CI. */
  readonly today: string;
  /** The file's problems: its own and those that depend on other files (duplicates, unknown links). */
  findings(file: string): readonly Finding[];
}
