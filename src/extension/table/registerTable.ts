import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { exportAllToExcel } from './tableExport';
import { TABLE_VIEW_TYPE, TablePanel } from './tablePanel';
import type { LiveMentions } from '../trace/mentionSource';
import { registerCommands } from '../support/commandRegistry';

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
  let current: TablePanel | undefined;
  const adopt = (panel: vscode.WebviewPanel): TablePanel => {
    const table = new TablePanel(panel, index, changes, context, mentions);
    current = table;
    table.onDidDispose(() => {
      if (current === table) {
        current = undefined;
      }
    });
    return table;
  };
  const open = (): void => {
    if (current) {
      current.reveal();
      return;
    }
    adopt(vscode.window.createWebviewPanel(TABLE_VIEW_TYPE, vscode.l10n.t('Requirements Table'), vscode.ViewColumn.Active));
  };
  const disposables = vscode.Disposable.from(
    registerCommands([{ id: 'reqdesk.openTable', execute: open }, { id: 'reqdesk.exportExcel', execute: () => exportAllToExcel(index, mentions) }]),
    vscode.window.registerWebviewPanelSerializer(TABLE_VIEW_TYPE, {
      // The webview keeps its own view (scroll, sort, filter) with setState; the host only needs the panel.
      deserializeWebviewPanel: async (panel) => {
        current?.dispose();
        adopt(panel);
      },
    }),
  );
  return {
    get current() {
      return current;
    },
    dispose: () => {
      current?.dispose();
      disposables.dispose();
    },
  };
}
