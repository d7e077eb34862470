import { appendToSequenceAt, setValueAt } from '../edit/yamlEdits';
import type { EditResult } from '../edit/textEdit';
import { defineMessages, localized } from '../messages';
import { asRecord } from '../values';
import { RECORD_FIELDS, type RecordAction } from './communicationRecord';
import { frontMatterYaml, splitFrontMatter } from './frontMatter';
import { parseYamlSource } from '../yamlSource';

export const RECORD_EDIT_MESSAGES = defineMessages({
  noFrontMatter: 'The record has no front matter to edit (a first line ---, closed by another).',
  /** {0}: the action's position from 1. */
  actionChanged: 'Action {0} of the record has changed since it was shown: look at the file again, then mark it done.',
  alreadyDone: 'Action {0} of the record is done already.',
});

/**
 * Format-preserving edits of a record's front matter. The YAML is edited as the front matter alone, at the
 * Markdown file's offsets (frontMatterYaml), so the edits apply to the file as it is; the body is never touched.
 */
function editFrontMatter(text: string, edit: (yaml: string) => EditResult): EditResult {
  const split = splitFrontMatter(text);
  return split.found ? edit(frontMatterYaml(text, split)) : { ok: false, refusal: localized(RECORD_EDIT_MESSAGES.noFrontMatter) };
}

/**
 * "Mark Action Done": `done: true` on the action at `action.index`, in a flow mapping or a block one, comments
 * and layout kept. Refused when that action is no longer the one the user saw (its who and what differ: the
 * file changed since it was read) or is done already.
 */
export function markActionDone(text: string, action: Pick<RecordAction, 'index' | 'who' | 'what'>): EditResult {
  return editFrontMatter(text, (yaml) => {
    const position = action.index + 1;
    const value = asRecord(parseYamlSource(yaml, { maxBytes: Number.POSITIVE_INFINITY }).value);
    const current = Array.isArray(value?.actions) ? asRecord(value.actions[action.index]) : undefined;
    if (!current || current.who !== action.who || current.what !== action.what) {
      return { ok: false, refusal: localized(RECORD_EDIT_MESSAGES.actionChanged, position) };
    }
    if (current.done === true) {
      return { ok: false, refusal: localized(RECORD_EDIT_MESSAGES.alreadyDone, position) };
    }
    return setValueAt(yaml, ['actions', action.index, 'done'], true);
  });
}

/** Adds a change request's ID to the record's `changes:` (created in its place when missing); nothing when listed. */
export function addChangeToRecord(text: string, changeRequestId: string): EditResult {
  return editFrontMatter(text, (yaml) => {
    const changes = asRecord(parseYamlSource(yaml, { maxBytes: Number.POSITIVE_INFINITY }).value)?.changes;
    if (Array.isArray(changes) && changes.includes(changeRequestId)) {
      return { ok: true, edits: [] };
    }
    return appendToSequenceAt(yaml, ['changes'], changeRequestId, { keyOrder: RECORD_FIELDS, styles: { changes: 'flow' } });
  });
}
