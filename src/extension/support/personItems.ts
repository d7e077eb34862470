import type * as vscode from 'vscode';
import type { RosterMember } from '../../core/settings';

export interface PersonItem extends vscode.QuickPickItem {
  /** The roster id: what is written to the file. */
  readonly id: string;
}

/** A roster member in a quick pick: the name to read, the id that is written beside it, the roles below. */
export function personItem(member: RosterMember): PersonItem {
  return { label: member.name?.trim() || member.id, description: member.id, detail: member.roles.join(', ') || undefined, id: member.id };
}
