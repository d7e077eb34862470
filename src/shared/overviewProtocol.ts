import type { ProjectState } from '../core/project/projectState';

/**
 * The Project Overview's message protocol, one union per direction, type-only like the table's (protocol.ts):
 * the host (src/extension/project) and the page (src/webview/overview) both `import type` it. The host checks
 * every OverviewWebviewMessage at runtime (overviewMessages.ts) before acting on it.
 */

/** The state to draw, with the page's strings (translated by the host) and the UI locale for numbers and dates. */
export interface OverviewStateMessage {
  readonly type: 'state';
  readonly state: ProjectState;
  /** The requirement statuses that count as done (the vocabulary's), for the progress bars' headlines. */
  readonly doneStatuses: readonly string[];
  readonly strings: Readonly<Record<string, string>>;
  readonly locale: string;
  /** The projects to choose from (each reqdesk.yaml), when there are several; empty when there is one. */
  readonly projects: readonly OverviewProject[];
  /** The key of the project shown, one of `projects`. */
  readonly project?: string;
}

/** A project the overview can show: its reqdesk.yaml's index key and how it reads. */
export interface OverviewProject {
  readonly key: string;
  readonly label: string;
}

export type OverviewHostMessage = OverviewStateMessage;

/** The page is loaded and listens: the host posts the state. */
export interface OverviewReadyMessage {
  readonly type: 'ready';
}

/** Open an item's file at its line: only a place the last posted state names is opened. */
export interface OverviewOpenMessage {
  readonly type: 'open';
  readonly file: string;
  readonly line: number;
}

/** Show the project of this reqdesk.yaml (an index key): only one of the posted `projects` is shown. */
export interface OverviewChooseProjectMessage {
  readonly type: 'chooseProject';
  readonly key: string;
}

/** The page drew a state (tests and the bench wait for it). */
export interface OverviewRenderedMessage {
  readonly type: 'rendered';
  readonly asOf: string;
}

export type OverviewWebviewMessage = OverviewReadyMessage | OverviewOpenMessage | OverviewChooseProjectMessage | OverviewRenderedMessage;
