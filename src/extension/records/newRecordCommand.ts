import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { RECORD_KINDS } from '../../core/records/communicationRecord';
import { newRecordText, recordPath } from '../../core/records/newRecordText';
import { compareRequirementIds } from '../../core/requirementTree';
import { SETTINGS_FILE_NAME } from '../../core/settings';
import { advance, inputStep, pickStep, runSteps, type Step, type StepPlace } from '../changeRequests/multiStepInput';
import type { Command } from '../support/commandRegistry';
import { editorClock } from '../support/editorClock';
import { fileExists } from '../support/fileExists';
import { personItem } from '../support/personItems';
import { projectFolder } from '../support/projectFolder';
import { recordKindLabel } from './recordLabels';

/** Names past this many `-2`, `-3`… are taken as a sign that something else is wrong. */
const MAX_ATTEMPTS = 100;

interface Draft {
  kind: string;
  people: string[];
  others: string;
  subject: string;
  related: string[];
}

interface ValueItem extends vscode.QuickPickItem {
  readonly value: string;
}

/**
 * New Communication Record: a guided input (kind; people from the roster and others by name; subject; related
 * requirements and change requests) that writes `<records folder>/YYYY-MM-DD-<subject>.md` (today by the
 * editor's clock, never over an existing file) from the template in the UI language, then opens it.
 * Resolves to the new file's URI, or undefined when cancelled.
 */
export function newRecordCommand(index: IndexView): Command {
  return {
    id: 'reqdesk.newRecord',
    execute: async () => {
      const base = newRecordFolder(index);
      if (base === undefined) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: communication records live in a workspace folder.'));
        return undefined;
      }
      const settingsFile = `${base.toString()}/${SETTINGS_FILE_NAME}`;
      const draft: Draft = { kind: '', people: [], others: '', subject: '', related: [] };
      if (!(await askDraft(index, settingsFile, draft))) {
        return undefined;
      }
      const on = editorClock().today();
      const text = newRecordText(
        {
          kind: draft.kind,
          on,
          subject: draft.subject,
          with: [...draft.people, ...draft.others.split(/[,，、]/).map((name) => name.trim()).filter(Boolean)],
          requirements: draft.related.filter((id) => index.requirementsWithId(id).length > 0),
          changes: draft.related.filter((id) => index.changeRequestsWithId(id).length > 0),
        },
        { agenda: vscode.l10n.t('Agenda'), discussion: vscode.l10n.t('Discussion'), decisions: vscode.l10n.t('Decisions'), actions: vscode.l10n.t('Action items') },
      );
      const folder = index.settingsFor(settingsFile).recordsFolder;
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const uri = vscode.Uri.joinPath(base, recordPath(folder, on, draft.subject, attempt));
        if (await fileExists(uri)) {
          continue;
        }
        // Created with its text in one step: no half-written record, and a file made meanwhile is not overwritten.
        const edit = new vscode.WorkspaceEdit();
        edit.createFile(uri, { overwrite: false, contents: new TextEncoder().encode(text) });
        if (await vscode.workspace.applyEdit(edit)) {
          await vscode.window.showTextDocument(uri, { preview: false });
          return uri;
        }
      }
      void vscode.window.showErrorMessage(vscode.l10n.t('ReqDesk found no free file name for the record in {0}.', folder));
      return undefined;
    },
  };
}

/** The project of the active editor's file, else the first workspace folder's. */
function newRecordFolder(index: IndexView): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active !== undefined && vscode.workspace.getWorkspaceFolder(active) !== undefined) {
    return projectFolder(index, active.toString());
  }
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

async function askDraft(index: IndexView, settingsFile: string, draft: Draft): Promise<boolean> {
  const roster = index.settingsFor(settingsFile).roster;
  const related: ValueItem[] = [
    ...uniqueIds(index.requirements().map((r) => [r.id, r.data.title] as const)),
    ...uniqueIds(index.changeRequests().map((cr) => [cr.id, cr.data.title] as const)),
  ];
  // Steps with nothing to pick from (no roster; no requirements or change requests yet) are left out, not skipped,
  // so that Back from the step after goes where the user came from.
  const steps: ((place: StepPlace) => Step)[] = [
    (place) => async () =>
      advance(
        await pickStep(place, {
          items: RECORD_KINDS.map((kind): ValueItem => ({ label: recordKindLabel(kind), description: kind, value: kind })),
          placeholder: vscode.l10n.t('What kind of exchange was it?'),
          selected: (item) => item.value === draft.kind,
        }),
        (picked) => {
          draft.kind = picked[0].value;
        },
      ),
    ...(roster.length === 0 ? [] : [(place: StepPlace): Step => async () =>
      advance(
        await pickStep(place, {
          items: roster.map(personItem),
          canPickMany: true,
          placeholder: vscode.l10n.t('Who took part? (pick any; others by name in the next step)'),
          selected: (item) => draft.people.includes(item.id),
        }),
        (picked) => {
          draft.people = picked.map((item) => item.id);
        },
      )]),
    (place) => async () =>
      advance(await inputStep(place, { prompt: vscode.l10n.t('Others who took part (optional), separated by commas, e.g. Bob Li (Acme)'), value: draft.others }), (value) => {
        draft.others = value;
      }),
    (place) => async () =>
      advance(
        await inputStep(place, {
          prompt: vscode.l10n.t('Subject: what it was about, in one line'),
          value: draft.subject,
          validate: (value) => (value.trim() === '' ? vscode.l10n.t('This cannot be empty.') : undefined),
        }),
        (value) => {
          draft.subject = value.trim();
        },
      ),
    ...(related.length === 0 ? [] : [(place: StepPlace): Step => async () =>
      advance(
        await pickStep(place, {
          items: related,
          canPickMany: true,
          placeholder: vscode.l10n.t('Which requirements and change requests is it about? (optional)'),
          selected: (item) => draft.related.includes(item.value),
        }),
        (picked) => {
          draft.related = picked.map((item) => item.value);
        },
      )]),
  ];
  const title = vscode.l10n.t('New Communication Record');
  return runSteps(steps.map((step, i) => step({ title, step: i + 1, totalSteps: steps.length })));
}

/** One item per ID, by ID number. */
function uniqueIds(entries: readonly (readonly [id: string, title: string | undefined])[]): ValueItem[] {
  const byId = new Map<string, string | undefined>();
  for (const [id, title] of entries) {
    if (id !== '' && !byId.has(id)) {
      byId.set(id, title);
    }
  }
  return [...byId].sort(([a], [b]) => compareRequirementIds(a, b)).map(([id, title]) => ({ label: id, description: title, value: id }));
}
