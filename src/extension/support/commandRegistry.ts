import * as vscode from 'vscode';

/** One command: its id (as in package.json) and what it does with the arguments VS Code passes. */
export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

/**
 * Registers commands as one disposable. A command that throws shows its error instead of failing silently
 * (a palette command's rejection is only logged by VS Code).
 */
export function registerCommands(commands: readonly Command[]): vscode.Disposable {
  return vscode.Disposable.from(
    ...commands.map((command) =>
      vscode.commands.registerCommand(command.id, async (...args: unknown[]) => {
        try {
          return await command.execute(...args);
        } catch (error) {
          void vscode.window.showErrorMessage(vscode.l10n.t('ReqDesk: {0} failed: {1}', command.id, error instanceof Error ? error.message : String(error)));
          return undefined;
        }
      }),
    ),
  );
}
