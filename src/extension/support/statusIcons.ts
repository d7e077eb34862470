import * as vscode from 'vscode';

interface IconSpec {
  readonly icon: string;
  readonly color?: string;
}

const REQUIREMENT_STATUS: Readonly<Record<string, IconSpec>> = {
  new: { icon: 'circle-outline', color: 'charts.blue' },
  'in-progress': { icon: 'sync', color: 'charts.yellow' },
  done: { icon: 'pass', color: 'charts.green' },
  accepted: { icon: 'verified-filled', color: 'testing.iconPassed' },
  rejected: { icon: 'circle-slash', color: 'charts.red' },
  deferred: { icon: 'debug-pause', color: 'disabledForeground' },
};

const CHANGE_REQUEST_STATUS: Readonly<Record<string, IconSpec>> = {
  submitted: { icon: 'inbox', color: 'charts.blue' },
  assessed: { icon: 'checklist', color: 'charts.yellow' },
  approved: { icon: 'thumbsup', color: 'charts.green' },
  rejected: { icon: 'thumbsdown', color: 'charts.red' },
  implemented: { icon: 'tools', color: 'charts.purple' },
  verified: { icon: 'verified-filled', color: 'testing.iconPassed' },
  withdrawn: { icon: 'discard', color: 'disabledForeground' },
};

/** Statuses outside the default vocabulary (a project's own, or none) get a question mark. */
const UNKNOWN: IconSpec = { icon: 'question' };

function themeIcon(spec: IconSpec): vscode.ThemeIcon {
  return new vscode.ThemeIcon(spec.icon, spec.color ? new vscode.ThemeColor(spec.color) : undefined);
}

/** Own keys only: a status called "constructor" must not find Object.prototype's. */
function lookup(table: Readonly<Record<string, IconSpec>>, status: string | undefined): IconSpec {
  return status !== undefined && Object.hasOwn(table, status) ? table[status] : UNKNOWN;
}

export function requirementStatusIcon(status: string | undefined): vscode.ThemeIcon {
  return themeIcon(lookup(REQUIREMENT_STATUS, status));
}

export function changeRequestStatusIcon(status: string | undefined): vscode.ThemeIcon {
  return themeIcon(lookup(CHANGE_REQUEST_STATUS, status));
}
