import * as vscode from 'vscode';
import { planFieldEdit } from '../../core/edit/fieldEditPlan';
import type { EditResult } from '../../core/edit/textEdit';
import { closest } from '../../core/schemaValidator';
import type { Requirement, RequirementField } from '../../core/model';
import type { IndexView } from '../../core/indexView';
import { ownerGuess } from '../../core/roster';
import { workspaceEditScope } from '../support/coreEdits';
import { commandAction, editAction, type FixBuilder, type FixContext } from '../support/fixAction';

/** missing-owner, unknown-owner: the assign-owner flow, and for a misspelt owner the roster id it is close to. */
export const ownerFixes: FixBuilder = (context) => {
  const { requirement, index } = context;
  const actions: vscode.CodeAction[] = [];
  const owner = requirement.data.owner?.trim();
  const guess = owner ? ownerGuess(index.settingsFor(requirement.file), owner) : undefined;
  if (guess) {
    actions.push(editAction(context, vscode.l10n.t("Change owner to '{0}'", guess), fieldEdit(context, 'owner', guess), true));
  }
  actions.push(commandAction(context, vscode.l10n.t('Assign owner…'), 'reqdesk.assignOwner', [{ requirement }]));
  return actions;
};

/** missing-priority, invalid-priority: one fix per priority; the near spelling of an invalid one, else the most used, is preferred. */
export const priorityFixes: FixBuilder = (context) => {
  const { requirement, index } = context;
  const priorities = index.settingsFor(requirement.file).priorities;
  const current = requirement.data.priority;
  const preferred = (current ? closest(current, priorities) : undefined) ?? mostUsed(index, priorities, (r) => r.data.priority);
  return priorities.flatMap((priority) => setAction(context, 'priority', priority, vscode.l10n.t('Set priority: {0}', priority), priority === preferred));
};

/** invalid-status: one fix per status; the near spelling of the invalid one is preferred. */
export const statusFixes: FixBuilder = (context) => {
  const { requirement, index } = context;
  const statuses = index.settingsFor(requirement.file).statuses;
  const current = requirement.data.status;
  const preferred = current ? closest(current, statuses) : undefined;
  return statuses.flatMap((status) => setAction(context, 'status', status, vscode.l10n.t('Set status: {0}', status), status === preferred));
};

function setAction(context: FixContext, field: 'priority' | 'status', value: string, title: string, isPreferred: boolean): vscode.CodeAction[] {
  if (context.requirement.data[field] === value) {
    return [];
  }
  return [editAction(context, title, fieldEdit(context, field, value), isPreferred)];
}

/** The fix's edit, planned on the live text like every other field edit. */
function fieldEdit(context: FixContext, field: RequirementField, value: string): (text: string) => EditResult {
  const { index, requirement } = context;
  return (text) => planFieldEdit(index, requirement.file, { text }, { id: requirement.id, field, value }, workspaceEditScope());
}

/** The vocabulary value used most in the workspace (the earlier one in the vocabulary on a tie); none when nothing uses any. */
function mostUsed(index: IndexView, vocabulary: readonly string[], valueOf: (r: Requirement) => string | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (const requirement of index.requirements()) {
    const value = valueOf(requirement);
    if (value !== undefined && vocabulary.includes(value)) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const value of vocabulary) {
    if ((counts.get(value) ?? 0) > (best === undefined ? 0 : counts.get(best) ?? 0)) {
      best = value;
    }
  }
  return best;
}
