import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { exportAllToExcel } from './tableExport';
import { TABLE_VIEW_TYPE, TablePanel } from './tablePanel';
import type { LiveMentions } from '../trace/mentionSource';
import { registerCommands } from '../support/commandRegistry';
import { singletonPanel } from '../support/singletonPanel';

/** The requirements table as the extension's API exposes it (tests drive `current` as the webview would). */
export interface TableHost extends vscode.Disposable {
  /** The open table, if any: there is at most one. */
  readonly current: TablePanel | undefined;
}

/**
 * The Open Requirements Table command (one panel: a second call reveals it), Export Requirements to Excel, and the
 * serializer that brings the panel back after a window reload.
 */
export function registerTable(index: IndexView, changes: IndexChanges, context: vscode.ExtensionContext, mentions: LiveMentions): TableHost {
  const tables = singletonPanel(TABLE_VIEW_TYPE, () => vscode.l10n.t('Requirements Table'), (panel) => new TablePanel(panel, index, changes, context, mentions));
  const disposables = vscode.Disposable.from(
    tables,
    registerCommands([{ id: 'reqdesk.openTable', execute: () => tables.show() }, { id: 'reqdesk.exportExcel', execute: () => exportAllToExcel(index, mentions) }]),
  );
  return {
    get current() {
      return tables.current;
    },
    dispose: () => disposables.dispose(),
  };
}
