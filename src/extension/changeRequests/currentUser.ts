import { execFile } from 'node:child_process';
import * as vscode from 'vscode';

/** git answers at once; a hung credential helper or network file system must not hold up a transition. */
const GIT_TIMEOUT_MS = 3_000;

/**
 * Who makes a change, as change-request history records it: the `reqdesk.user` setting, else git's user.name
 * (where the workspace folder is), else asked once and stored in the user's settings so that it is never asked
 * again. Undefined when the user cancels the question.
 */
export async function currentUser(near: vscode.Uri | undefined): Promise<string | undefined> {
  const configured = vscode.workspace.getConfiguration('reqdesk').get<string>('user')?.trim();
  if (configured) {
    return configured;
  }
  const fromGit = await gitUserName(near);
  if (fromGit) {
    return fromGit;
  }
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('Your name for change-request history'),
    prompt: vscode.l10n.t('ReqDesk records who makes each change. Neither the reqdesk.user setting nor git user.name is set; your answer is saved in your user settings (reqdesk.user).'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Enter your name.') : undefined),
  });
  const name = typed?.trim();
  if (!name) {
    return undefined;
  }
  await vscode.workspace.getConfiguration('reqdesk').update('user', name, vscode.ConfigurationTarget.Global);
  return name;
}

/**
 * `git config user.name` in the folder of `near` (so a repository's own user.name counts), or undefined when git
 * is missing, fails or has no name. In an untrusted workspace only the user's global git configuration is read:
 * the workspace's .git/config is not the user's to trust.
 */
function gitUserName(near: vscode.Uri | undefined): Promise<string | undefined> {
  const folder = near ? vscode.workspace.getWorkspaceFolder(near) : vscode.workspace.workspaceFolders?.[0];
  const local = folder?.uri.scheme === 'file' && vscode.workspace.isTrusted;
  const args = local ? ['config', 'user.name'] : ['config', '--global', 'user.name'];
  return new Promise((resolve) => {
    try {
      execFile('git', args, { cwd: local ? folder?.uri.fsPath : undefined, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
        const name = error ? '' : String(stdout).trim();
        resolve(name === '' ? undefined : name);
      });
    } catch {
      // No git, or a cwd that cannot be used: the user is asked instead.
      resolve(undefined);
    }
  });
}
