import { baseName } from '../fileKind';
import { flowText, pairLines, type RenderOptions } from '../edit/valueText';
import type { EditRefusal } from '../edit/textEdit';
import type { YamlValue } from '../edit/yamlValue';
import { idNumber } from '../idSuggestions';
import { defineMessages, localized, type LocalizedMessage } from '../messages';
import type { RequirementField } from '../model';
import { nextRequirementId } from '../nextRequirementId';
import { parseFile } from '../parsedFile';
import type { ProjectSettings } from '../settings';
import type { IndexView } from '../indexView';
import { CHANGE_REQUEST_STYLES } from './changeRequestEditor';
import { contextRefusal, proposedRefusal } from './transitionGuards';
import type { TransitionContext } from './transitionRequest';

/** What the user files; empty texts are left out of the file. `requested_on` defaults to today. */
export interface NewChangeRequestInput {
  readonly id: string;
  readonly title: string;
  readonly affects: readonly string[];
  readonly requested_by?: string;
  readonly requested_on?: string;
  readonly channel?: string;
  /** The path of the communication record the request came from. */
  readonly source_record?: string;
  readonly reason?: string;
  readonly description?: string;
  readonly expected_effect?: string;
  /** New field values per affected requirement ID. */
  readonly proposed?: Readonly<Record<string, Readonly<Partial<Record<RequirementField, string | readonly string[]>>>>>;
  /** The note of the `submitted` history entry (e.g. "Raised in the weekly call"). */
  readonly note?: string;
}

/** The new file's text, or why not (in English, with its template for the editor to translate). */
export type NewChangeRequestResult = { readonly ok: true; readonly text: string } | EditRefusal;

export const NEW_CHANGE_REQUEST_MESSAGES = defineMessages({
  noAffects: 'A change request names the requirements it affects: none is given.',
  notWritten: 'The change request could not be written.',
});

/** The fields after id, title and status, in the order the schema lists them. */
const OPTIONAL_FIELDS = ['requested_by', 'requested_on', 'channel', 'source_record', 'affects', 'reason', 'description', 'expected_effect'] as const;

const RENDER: RenderOptions = { layout: { eol: '\n', indent: 2, sequenceIndent: 2, itemIndent: 2 }, styles: CHANGE_REQUEST_STYLES };

/**
 * The text of a new `*.cr.yaml` with status submitted and its first history entry, or why it cannot be
 * written: the text is checked against the change-request schema and the project's vocabulary before anything
 * is created, so a new file never starts with problems.
 */
export function newChangeRequestText(input: NewChangeRequestInput, context: Pick<TransitionContext, 'by' | 'now' | 'today' | 'settings'>): NewChangeRequestResult {
  const refused = contextRefusal(context);
  if (refused !== undefined) {
    return refuse(refused);
  }
  if (input.affects.length === 0) {
    return refuse(localized(NEW_CHANGE_REQUEST_MESSAGES.noAffects));
  }
  const given = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim());
  const data: Record<string, YamlValue> = { id: input.id.trim(), title: input.title.trim(), status: 'submitted' };
  const fields = { ...input, requested_on: input.requested_on ?? context.today, affects: undefined };
  for (const field of OPTIONAL_FIELDS) {
    const value = field === 'affects' ? [...input.affects] : given(fields[field]);
    if (value !== undefined) {
      data[field] = value;
    }
  }
  const proposed = Object.entries(input.proposed ?? {}).filter(([, values]) => Object.keys(values).length > 0);
  if (proposed.length > 0) {
    data.proposed = Object.fromEntries(proposed) as Record<string, YamlValue>;
  }
  const entry: Record<string, YamlValue> = { on: context.now, by: context.by.trim(), action: 'submitted' };
  const note = given(input.note);
  if (note !== undefined) {
    entry.note = note;
  }
  // The history entry is a flow mapping as in examples/changes/, however long: later entries copy its layout.
  const lines = [...Object.entries(data).flatMap(([key, value]) => pairLines(key, value, 0, RENDER)), 'history:', `  - ${flowText(entry)}`];
  const text = `${lines.join('\n')}\n`;
  return checkNewText(text, context.settings);
}

/**
 * The next free change-request ID: one above the highest number any change request (or change-request file
 * name, for a file too broken to read its ID) uses, zero-padded to ids.cr_digits or the widest number in use.
 */
export function nextChangeRequestId(index: Pick<IndexView, 'changeRequests' | 'files'>, settings: Pick<ProjectSettings, 'crIdDigits'>): string {
  const ids = index.changeRequests().map((cr) => cr.id).filter((id) => /^CR-\d+$/.test(id));
  for (const file of index.files()) {
    const named = /^(CR-\d+)\.cr\.ya?ml$/i.exec(baseName(file))?.[1];
    if (named) {
      ids.push(named.toUpperCase());
    }
  }
  const highest = Math.max(0, ...ids.map((id) => idNumber(id) ?? 0));
  return nextRequirementId('CR', highest, ids, settings.crIdDigits);
}

/** Where a new request goes, relative to the folder of the reqdesk.yaml that applies (or the workspace folder). */
export function changeRequestPath(id: string, settings: Pick<ProjectSettings, 'changesFolder'>): string {
  const folder = settings.changesFolder.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
  return folder === '' || folder === '.' ? `${id}.cr.yaml` : `${folder}/${id}.cr.yaml`;
}

function checkNewText(text: string, settings: ProjectSettings): NewChangeRequestResult {
  const parsed = parseFile('new.cr.yaml', text, 'change-request', { maxBytes: Number.POSITIVE_INFINITY });
  const error = parsed.findings.find((f) => f.severity === 'error');
  if (error || !parsed.changeRequest) {
    // Findings carry their template (findingMessages.test.ts); one without would be shown as its English text.
    return refuse(error ? localized(error.template ?? error.message, ...(error.args ?? [])) : localized(NEW_CHANGE_REQUEST_MESSAGES.notWritten));
  }
  const refused = proposedRefusal(parsed.changeRequest.data, settings);
  return refused === undefined ? { ok: true, text } : refuse(refused);
}

function refuse(refusal: LocalizedMessage): NewChangeRequestResult {
  return { ok: false, refusal };
}
