import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { resolveIdentity } from '../../core/currentIdentity';
import type { ProjectSettings, RosterMember } from '../../core/settings';
import { personItem } from '../support/personItems';

/** git answers at once; a hung credential helper or network file system must not hold up a transition. */
const GIT_TIMEOUT_MS = 3_000;
/** workspaceState: roster key → the roster id the user picked. */
const REMEMBERED_KEY = 'reqdesk.rosterUser';

/**
 * Who makes a change, as change-request history records it (core/currentIdentity.ts decides; this only reads the
 * setting and git, and asks). With a roster the answer is a roster id; one picked by hand is remembered in
 * workspaceState, not globalState, because a roster id names a person only within its project — `alice` in one
 * client's roster is nobody in the next workspace's — and per roster, so that a multi-root workspace with two
 * rosters asks once for each. Without a roster, a typed name is saved as reqdesk.user in the user's settings.
 */
export class CurrentUser {
  constructor(private readonly state: vscode.Memento) {}

  /** Undefined when the user cancels the question. */
  async resolve(near: vscode.Uri | undefined, settings: ProjectSettings): Promise<string | undefined> {
    const roster = settings.roster;
    const configured = vscode.workspace.getConfiguration('reqdesk').get<string>('user');
    const [gitEmail, gitName] = await Promise.all([gitConfig(near, 'user.email'), gitConfig(near, 'user.name')]);
    const identity = resolveIdentity(roster, { configured, remembered: this.remembered()[rosterKey(roster)], gitEmail, gitName });
    if ('by' in identity) {
      return identity.by;
    }
    return identity.ask === 'roster' ? this.askFromRoster(roster) : askName();
  }

  private async askFromRoster(roster: readonly RosterMember[]): Promise<string | undefined> {
    const picked = await vscode.window.showQuickPick(roster.map(personItem), {
      title: vscode.l10n.t('Who are you in the roster?'),
      placeHolder: vscode.l10n.t('ReqDesk records who makes each change by roster id. Neither reqdesk.user nor git user.email or user.name matches the roster of reqdesk.yaml; your answer is remembered for this workspace.'),
      matchOnDescription: true,
      ignoreFocusOut: true,
    });
    if (picked === undefined) {
      return undefined;
    }
    await this.state.update(REMEMBERED_KEY, { ...this.remembered(), [rosterKey(roster)]: picked.id });
    return picked.id;
  }

  private remembered(): Readonly<Record<string, string>> {
    return this.state.get<Record<string, string>>(REMEMBERED_KEY) ?? {};
  }
}

/** A roster is known by its ids: the answer holds while the user's id stays in it. */
function rosterKey(roster: readonly RosterMember[]): string {
  return roster.map((m) => m.id).sort().join('\n');
}

async function askName(): Promise<string | undefined> {
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
 * `git config <key>` in the folder of `near` (so a repository's own identity counts), or undefined when git is
 * missing, fails or has no value. In an untrusted workspace only the user's global git configuration is read:
 * the workspace's .git/config is not the user's to trust.
 */
function gitConfig(near: vscode.Uri | undefined, key: 'user.name' | 'user.email'): Promise<string | undefined> {
  const folder = near ? vscode.workspace.getWorkspaceFolder(near) : vscode.workspace.workspaceFolders?.[0];
  const local = folder?.uri.scheme === 'file' && vscode.workspace.isTrusted;
  const args = local ? ['config', key] : ['config', '--global', key];
  return new Promise((resolve) => {
    try {
      execFile('git', args, { cwd: local ? folder?.uri.fsPath : undefined, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
        const value = error ? '' : String(stdout).trim();
        resolve(value === '' ? undefined : value);
      });
    } catch {
      // No git, or a cwd that cannot be used: the user is asked instead.
      resolve(undefined);
    }
  });
}
