import * as vscode from 'vscode';

/** What a webview panel's host object offers for SingletonPanel to keep one of it. */
export interface PanelHost extends vscode.Disposable {
  readonly onDidDispose: vscode.Event<void>;
  reveal(): void;
}

/** At most one panel of a view type: shown by a command, brought back after a window reload. */
export interface SingletonPanel<T extends PanelHost> extends vscode.Disposable {
  /** The open panel, if any. */
  readonly current: T | undefined;
  /** Reveals the open panel, or opens one in the active editor group. */
  show(): void;
}

/**
 * Keeps the one panel of `viewType` and registers its serializer, so that a reloaded window brings the panel back
 * live: VS Code restores the webview panel and `adopt` wraps it as `show` wraps a new one. The page keeps its own
 * view with setState; the host needs nothing saved. Disposing disposes the open panel.
 */
export function singletonPanel<T extends PanelHost>(viewType: string, title: () => string, adopt: (panel: vscode.WebviewPanel) => T): SingletonPanel<T> {
  let current: T | undefined;
  const keep = (panel: vscode.WebviewPanel): void => {
    const host = adopt(panel);
    current = host;
    host.onDidDispose(() => {
      if (current === host) {
        current = undefined;
      }
    });
  };
  const serializer = vscode.window.registerWebviewPanelSerializer(viewType, {
    deserializeWebviewPanel: async (panel) => {
      current?.dispose();
      keep(panel);
    },
  });
  return {
    get current() {
      return current;
    },
    show: () => {
      if (current) {
        current.reveal();
      } else {
        keep(vscode.window.createWebviewPanel(viewType, title(), vscode.ViewColumn.Active));
      }
    },
    dispose: () => {
      current?.dispose();
      serializer.dispose();
    },
  };
}
