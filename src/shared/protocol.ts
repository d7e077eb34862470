import type { MentionKind } from '../core/trace/mentions';
import type { Vocabulary } from '../core/vocabulary';

/**
 * The requirements table's message protocol: one union per direction, each message tagged by a `readonly type`
 * literal. Type-only: the host (src/extension/table) and the webview (src/webview) both `import type` it, so
 * nothing here reaches either bundle. The host checks every WebviewMessage at runtime (tableMessages.ts) before
 * acting on it: the webview is treated as untrusted input.
 */

/** The table's columns, in their default order. */
export type ColumnId =
  | 'id' | 'title' | 'status' | 'priority' | 'owner' | 'document' | 'customer'
  | 'milestone' | 'due' | 'overdue' | 'links' | 'suspect' | 'changes' | 'records' | 'problems'
  | 'description' | 'acceptance' | 'source' | 'tags' | 'traced';

/** The fields the table edits inline. */
export type EditableField = 'title' | 'status' | 'priority' | 'owner';

export type GroupField = 'status' | 'owner' | 'priority' | 'milestone';

/** The table as CSV, a Markdown table or an Excel workbook (its columns), or the specification of its rows (every field). */
export type ExportFormat = 'csv' | 'markdown' | 'xlsx' | 'spec-markdown' | 'spec-html';

/** One requirement as the table shows it. Values are display text; no file path usable for writing. */
export interface TableRow {
  /** Opaque and host-assigned (document number and position): names the row in reveal and export requests. */
  readonly key: string;
  /** The document's number: rows of one document are replaced together when its file changes. */
  readonly doc: number;
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly priority: string;
  readonly owner: string;
  /** The document's title (its file name when it has none). */
  readonly document: string;
  /** The file, relative to the workspace folder: shown as a tooltip, never sent back. */
  readonly path: string;
  readonly customer: string;
  readonly milestone: string;
  readonly due: string;
  /** Days past the due date while not done; 0 when not overdue. */
  readonly overdue: number;
  readonly links: readonly string[];
  /** The targets of its suspect links (stamped, and changed since reviewed), in link order. */
  readonly suspect: readonly string[];
  readonly changes: readonly string[];
  /** How many communication records mention the requirement's ID. */
  readonly records: number;
  /** As written (line breaks kept): the grid shows it on one line, exports whole. */
  readonly description: string;
  readonly acceptance: readonly string[];
  readonly source: string;
  readonly tags: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  /** Messages of the errors and warnings inside this requirement. */
  readonly problems: readonly string[];
  /** Index into TableData.vocabularies: the settings of this row's file. */
  readonly vocabulary: number;
  /** Why the row cannot be edited (no ID, a duplicated ID, YAML errors in the file); empty when it can. */
  readonly readOnly: string;
  /** The file has unsaved changes (table edits land in the buffer, like VS Code's refactorings). */
  readonly dirty: boolean;
  /** How many files of each kind mention the requirement's ID (the mention index). */
  readonly traced: Readonly<Record<MentionKind, number>>;
}

export type SortDirection = 'asc' | 'desc';

export interface SortKey {
  readonly column: ColumnId;
  readonly direction: SortDirection;
}

/** What the user chose to see: remembered per workspace (by the host) and per panel (by the webview). */
export interface TableViewState {
  /** Visible columns, in display order. */
  readonly columns: readonly ColumnId[];
  readonly sort: readonly SortKey[];
  readonly search: string;
  readonly filters: TableFilters;
  readonly groupBy: GroupField | '';
  /** Keys of collapsed groups (the grouped value; '' for "none"). */
  readonly collapsed: readonly string[];
}

export interface TableFilters {
  readonly statuses: readonly string[];
  readonly priorities: readonly string[];
  /** '' stands for "no owner". */
  readonly owners: readonly string[];
  /** Document titles. */
  readonly documents: readonly string[];
  readonly hasProblems: boolean;
  /** Only rows past their due date and not done. */
  readonly overdue: boolean;
  /** Only rows no test file mentions. */
  readonly noTest: boolean;
  /** Only rows with a suspect link. */
  readonly suspect: boolean;
}

/** TableRow[] as JSON text (src/shared/encodedRows.ts says why); the brand keeps it from being mistaken for text. */
export type EncodedRows = string & { readonly __encoding: 'TableRow[] as JSON' };

/** Everything the table shows. */
export interface TableData {
  readonly rows: EncodedRows;
  readonly vocabularies: readonly Vocabulary[];
}

/** A document's rows replace those it had; none removes it. */
export interface DocumentRows {
  readonly doc: number;
  readonly rows: EncodedRows;
}

/** Rows of a group per status, in vocabulary order: a group's and the summary's progress bar. */
export interface StatusCount {
  readonly status: string;
  /** The status as the UI language names it (the first vocabulary's label), for the bar's tooltip and accessible name. */
  readonly label: string;
  readonly count: number;
  /** A done status of the vocabulary: its rows count as done in the bar's "3 of 18 done". */
  readonly done: boolean;
}

/** One milestone's rows per status (milestone '' for rows without one): the summary's progress per milestone. */
export interface MilestoneProgress {
  readonly milestone: string;
  readonly count: number;
  readonly statusCounts: readonly StatusCount[];
}

/** A group header among the first rows, at its display position. */
export interface FirstRowsGroup {
  readonly at: number;
  readonly key: string;
  readonly count: number;
  readonly collapsed: boolean;
  readonly statusCounts: readonly StatusCount[];
}

// ── host → webview ─────────────────────────────────────────────────────────────────────────────────────────

/** What each start of the page carries: UI strings in the user's language, and the view to show. */
interface PageSetup {
  readonly strings: Readonly<Record<string, string>>;
  readonly locale: string;
  /** The page's own view (from `ready`), else the workspace's; undefined for the default. */
  readonly view: TableViewState | undefined;
}

/**
 * The answer to `ready`: just what the page shows first — the display items it asked for, already filtered,
 * sorted and grouped by its view — so that it draws them without waiting for (and parsing) all rows. The page
 * answers `rendered` once they are on screen, and then the host sends `init` with everything.
 */
export interface FirstRowsMessage extends PageSetup {
  readonly type: 'firstRows';
  /** Display position of the first item. */
  readonly first: number;
  /** Display items in all (rows and group headers): the grid's height. */
  readonly itemCount: number;
  /** The rows among the items, in display order; the other positions are `groups`. */
  readonly rows: EncodedRows;
  readonly groups: readonly FirstRowsGroup[];
  /** Rows matching the view, and all rows: the toolbar's count. */
  readonly matching: number;
  readonly total: number;
  readonly statusCounts: readonly StatusCount[];
  readonly milestones: readonly MilestoneProgress[];
  readonly vocabularies: readonly Vocabulary[];
}

/** After `firstRows` was drawn: the same setup, and all rows. */
export interface InitMessage extends PageSetup {
  readonly type: 'init';
  readonly data: TableData;
}

/** All rows again, e.g. after the settings or many files changed. */
export interface ResetMessage {
  readonly type: 'reset';
  readonly data: TableData;
}

/** Only the documents that changed. */
export interface PatchMessage {
  readonly type: 'patch';
  readonly documents: readonly DocumentRows[];
  /** Always sent: owners in use change with any document. */
  readonly vocabularies: readonly Vocabulary[];
}

export interface EditResultMessage {
  readonly type: 'editResult';
  readonly requestId: number;
  readonly ok: boolean;
  /** Why the edit was refused; shown to the user. */
  readonly message: string;
}

export interface ExportResultMessage {
  readonly type: 'exportResult';
  readonly requestId: number;
  /** 'cancelled' when the user closed the save dialog. */
  readonly outcome: 'written' | 'cancelled' | 'failed';
  readonly rows: number;
  readonly message: string;
}

export type HostMessage = FirstRowsMessage | InitMessage | ResetMessage | PatchMessage | EditResultMessage | ExportResultMessage;

// ── webview → host ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * The webview's script is running and listening: the host answers with `firstRows`. The fields say what the
 * page will show first (after a reload: its own view and scroll position); without them, the top of the
 * workspace's view.
 */
export interface ReadyMessage {
  readonly type: 'ready';
  readonly view?: TableViewState;
  /** Display positions [first, first + count) are in the page's viewport. */
  readonly first?: number;
  readonly count?: number;
}

/** Set one field of the requirement with this ID. The host finds it in the index; a missing or duplicated ID is refused. */
export interface EditMessage {
  readonly type: 'edit';
  readonly requestId: number;
  readonly id: string;
  readonly field: EditableField;
  /** '' removes the field (owner only). */
  readonly value: string;
  /** The value the cell showed: when the requirement has another by now, the edit is refused, not applied blindly. */
  readonly previous: string;
}

/** Open the row's requirement in its file. */
export interface RevealMessage {
  readonly type: 'reveal';
  readonly key: string;
}

/** Write these rows (the current view, filtered and sorted) with these columns to a file the user picks. */
export interface ExportMessage {
  readonly type: 'export';
  readonly requestId: number;
  readonly format: ExportFormat;
  readonly columns: readonly ColumnId[];
  readonly keys: readonly string[];
}

/** Save the requirement files that have unsaved changes. */
export interface SaveMessage {
  readonly type: 'save';
}

/** The view changed (columns, sort, filter, grouping): the host remembers it for the workspace. */
export interface ViewStateMessage {
  readonly type: 'viewState';
  readonly view: TableViewState;
}

/** Rows were drawn and painted: lets tests and the bench see the time to first rows; after `firstRows`, asks for all rows. */
export interface RenderedMessage {
  readonly type: 'rendered';
  readonly rows: number;
  readonly shown: number;
}

export type WebviewMessage = ReadyMessage | EditMessage | RevealMessage | ExportMessage | SaveMessage | ViewStateMessage | RenderedMessage;
