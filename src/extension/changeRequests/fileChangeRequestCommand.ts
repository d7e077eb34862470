import * as vscode from 'vscode';
import type { ProjectSettings } from '../../core/settings';
import { localizedMessage } from '../support/rangeConversion';
import { changeRequestPath, newChangeRequestText, nextChangeRequestId, type NewChangeRequestInput } from '../../core/changeRequests/newChangeRequest';
import { transitionTime } from '../support/editorClock';
import type { Requirement, RequirementField } from '../../core/model';
import { compareRequirementIds } from '../../core/requirementTree';
import { changeRequestSchema } from '../../core/schemas';
import type { IndexView } from '../../core/indexView';
import type { Command } from '../support/commandRegistry';
import { requirementTarget } from '../requirements/commandTargets';
import type { CurrentUser } from './currentUser';
import { advance, BACK, inputStep, pickStep, runSteps, type Step, type StepPlace } from './multiStepInput';
import { proposedValuesStep, type ProposedValue, type Proposals } from './proposedValuesStep';
import { fileExists } from '../support/fileExists';
import { projectFolder } from '../support/projectFolder';
import { customerMembers } from '../../core/roster';
import { personItem, type PersonItem } from '../support/personItems';

const STEPS = 8;

/** The channels a request comes in through, as the change-request schema lists them. */
const CHANNELS: readonly string[] = changeRequestSchema.properties.channel.enum;

interface Draft {
  title: string;
  affects: string[];
  requestedBy: string;
  channel: string;
  reason: string;
  description: string;
  expectedEffect: string;
  readonly proposed: Proposals;
}

interface RequirementItem extends vscode.QuickPickItem {
  readonly id: string;
}

/**
 * File Change Request: a guided input (title, affected requirements, requested by, channel, reason,
 * description, expected effect, proposed values) that writes `CR-NNNN.cr.yaml` (the next free number) into the
 * changes folder of the settings, then opens it; the file watcher brings it into the index and the views.
 * Run on a requirement (tree item, or the cursor in a requirements file), it starts with that one picked.
 * Resolves to the new file's URI, or undefined when cancelled or refused (nothing is written then).
 */
export function fileChangeRequestCommand(index: IndexView, user: CurrentUser): Command {
  return {
    id: 'reqdesk.fileChangeRequest',
    execute: async (arg) => {
      const requirements = uniqueById(index.requirements());
      if (requirements.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('There are no requirements in this workspace: a change request names the requirements it changes.'));
        return undefined;
      }
      const start = requirementTarget(index, arg);
      const near = typeof start === 'string' ? undefined : start.file;
      const by = await user.resolve(near === undefined ? undefined : vscode.Uri.parse(near), index.settingsFor(near ?? requirements[0].file));
      if (by === undefined) {
        return undefined;
      }
      const draft: Draft = {
        title: '', affects: typeof start === 'string' ? [] : [start.id], requestedBy: '', channel: '', reason: '', description: '', expectedEffect: '', proposed: new Map(),
      };
      if (!(await askDraft(index, requirements, draft))) {
        return undefined;
      }
      return writeChangeRequest(index, draft, by);
    },
  };
}

async function askDraft(index: IndexView, requirements: readonly Requirement[], draft: Draft): Promise<boolean> {
  const place = (step: number): StepPlace => ({ title: vscode.l10n.t('File Change Request'), step, totalSteps: STEPS });
  const required = (value: string): string | undefined => (value.trim() === '' ? vscode.l10n.t('This cannot be empty.') : undefined);
  const text = (step: number, prompt: string, key: 'title' | 'requestedBy' | 'reason' | 'description' | 'expectedEffect', optional = false) => async () =>
    advance(await inputStep(place(step), { prompt, value: draft[key], validate: optional ? undefined : required }), (value) => {
      draft[key] = value.trim();
    });
  const items: RequirementItem[] = requirements.map((r) => ({
    label: r.id,
    description: r.data.title,
    detail: [r.document.title, vscode.workspace.asRelativePath(vscode.Uri.parse(r.file))].filter(Boolean).join(' · '),
    id: r.id,
  }));
  return runSteps([
    text(1, vscode.l10n.t('Title: what is asked for, in a few words'), 'title'),
    async () =>
      advance(
        await pickStep(place(2), {
          items,
          canPickMany: true,
          placeholder: vscode.l10n.t('Which requirements does the change affect?'),
          selected: (item) => draft.affects.includes(item.id),
          validate: (picked) => (picked.length === 0 ? vscode.l10n.t('Pick at least one requirement.') : undefined),
        }),
        (picked) => {
          draft.affects = picked.map((item) => item.id);
        },
      ),
    requestedByStep(place(3), draft, text(3, vscode.l10n.t('Requested by: who asks for the change, e.g. Bob Li (Acme)'), 'requestedBy'), index),
    async () =>
      advance(
        await pickStep(place(4), {
          items: CHANNELS.map((channel) => ({ label: channel })),
          placeholder: vscode.l10n.t('How did the request come in?'),
          selected: (item) => item.label === draft.channel,
        }),
        (picked) => {
          draft.channel = picked[0].label;
        },
      ),
    text(5, vscode.l10n.t('Reason: why the customer asks for it'), 'reason'),
    text(6, vscode.l10n.t('Description: what should change'), 'description'),
    text(7, vscode.l10n.t('Expected effect (optional): what the customer expects to gain'), 'expectedEffect', true),
    () => {
      const affected = draft.affects.flatMap((id) => index.requirementsWithId(id).slice(0, 1));
      // Proposals for requirements no longer affected (the user went back and unpicked them) are dropped.
      for (const id of [...draft.proposed.keys()]) {
        if (!draft.affects.includes(id)) {
          draft.proposed.delete(id);
        }
      }
      return proposedValuesStep(place(8), affected, draft.proposed, index.settingsFor(affected[0]?.file ?? ''));
    },
  ]);
}

interface RequesterItem extends vscode.QuickPickItem {
  readonly id?: string;
}

/**
 * Requested by: the roster's customers to pick (their id is written), or someone else typed in; with no
 * customers in the roster, only the typing step. Back from typing returns to the pick.
 */
function requestedByStep(place: StepPlace, draft: Draft, typeStep: Step, index: IndexView): Step {
  return async () => {
    const customers = customerMembers(index.settingsFor(index.requirementsWithId(draft.affects[0])[0]?.file ?? ''));
    if (customers.length === 0) {
      return typeStep();
    }
    const items: (PersonItem | RequesterItem)[] = [...customers.map(personItem), { label: `$(edit) ${vscode.l10n.t('Someone else…')}`, alwaysShow: true }];
    for (;;) {
      const typed = draft.requestedBy !== '' && !customers.some((m) => m.id === draft.requestedBy);
      const picked = await pickStep(place, {
        items,
        placeholder: vscode.l10n.t('Who asks for the change?'),
        selected: (item) => (item.id === undefined ? typed : item.id === draft.requestedBy),
      });
      if (picked === BACK || picked === undefined) {
        return advance(picked, () => undefined);
      }
      const id = picked[0].id;
      if (id !== undefined) {
        draft.requestedBy = id;
        return 'next';
      }
      const result = await typeStep();
      if (result !== 'back') {
        return result;
      }
    }
  };
}

async function writeChangeRequest(index: IndexView, draft: Draft, by: string): Promise<vscode.Uri | undefined> {
  const proposed: Record<string, Partial<Record<RequirementField, ProposedValue>>> = {};
  for (const [requirement, fields] of draft.proposed) {
    if (fields.size > 0) {
      proposed[requirement] = Object.fromEntries(fields);
    }
  }
  return writeNewChangeRequest(index, draft.affects[0], by, (id) => ({
    id,
    title: draft.title,
    affects: draft.affects,
    requested_by: draft.requestedBy,
    channel: draft.channel,
    reason: draft.reason,
    description: draft.description,
    expected_effect: draft.expectedEffect,
    proposed,
  }));
}

/**
 * Writes a new change request with the next free ID into the changes folder of the project holding `anchorId`
 * (the first affected requirement), then opens it; never over an existing file. Resolves to its URI, or
 * undefined when refused (the reason is shown).
 */
export async function writeNewChangeRequest(index: IndexView, anchorId: string, by: string, input: (id: string) => NewChangeRequestInput): Promise<vscode.Uri | undefined> {
  const anchor = index.requirementsWithId(anchorId)[0]?.file;
  const base = anchor === undefined ? vscode.workspace.workspaceFolders?.[0]?.uri : projectFolder(index, anchor);
  if (base === undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: change requests live in a workspace folder.'));
    return undefined;
  }
  const prepared = await prepareNewChangeRequest(index, base, index.settingsFor(anchor ?? base.toString()), by, input);
  if (prepared === undefined) {
    return undefined;
  }
  await vscode.workspace.fs.writeFile(prepared.uri, new TextEncoder().encode(prepared.text));
  await vscode.window.showTextDocument(prepared.uri, { preview: false });
  return prepared.uri;
}

/** A new change request to write: its ID, file and text. */
export interface PreparedChangeRequest {
  readonly id: string;
  readonly uri: vscode.Uri;
  readonly text: string;
}

/**
 * The next free change request of the project in `base`, in its changes folder: its text as the core writes it,
 * or undefined when the core refuses or the file exists (never overwritten); the reason is shown.
 */
export async function prepareNewChangeRequest(
  index: IndexView, base: vscode.Uri, settings: ProjectSettings, by: string, input: (id: string) => NewChangeRequestInput,
): Promise<PreparedChangeRequest | undefined> {
  const id = nextChangeRequestId(index, settings);
  const uri = vscode.Uri.joinPath(base, changeRequestPath(id, settings));
  const result = newChangeRequestText(input(id), { by, ...transitionTime(), settings: index.settingsFor(uri.toString()) });
  const relative = vscode.workspace.asRelativePath(uri);
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('ReqDesk did not write {0}: {1}', relative, localizedMessage(result.refusal)));
    return undefined;
  }
  if (await fileExists(uri)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists: ReqDesk does not overwrite it.', relative));
    return undefined;
  }
  return { id, uri, text: result.text };
}

/** One item per ID (a duplicated ID is one requirement to a change request), by ID number. */
function uniqueById(requirements: readonly Requirement[]): Requirement[] {
  const byId = new Map<string, Requirement>();
  for (const requirement of requirements) {
    if (requirement.id !== '' && !byId.has(requirement.id)) {
      byId.set(requirement.id, requirement);
    }
  }
  return [...byId.values()].sort((a, b) => compareRequirementIds(a.id, b.id));
}
