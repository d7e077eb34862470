import * as vscode from 'vscode';
import { isDate } from '../../core/changeRequests/utcTimestamp';
import type { RosterMember } from '../../core/settings';
import { personItem } from '../support/personItems';

/** The prompts of the transition commands: one input box or quick pick a value, Escape gives undefined. */

export interface TextPrompt {
  readonly title: string;
  readonly prompt: string;
  readonly value?: string;
  /** An empty answer is refused (else it means "none"). */
  readonly required?: boolean;
  readonly validate?: (value: string) => string | undefined;
}

/** Trimmed text ('' for an optional answer left empty), or undefined when cancelled. */
export async function askText(options: TextPrompt): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    title: options.title,
    prompt: options.prompt,
    value: options.value,
    ignoreFocusOut: true,
    validateInput: (value) => {
      if (value.trim() === '') {
        return options.required ? vscode.l10n.t('This cannot be empty.') : undefined;
      }
      return options.validate?.(value.trim());
    },
  });
  return answer?.trim();
}

/** A number (decimals allowed, `min` and up), or undefined when cancelled. */
export async function askNumber(options: Omit<TextPrompt, 'value' | 'required' | 'validate'> & { readonly value?: number; readonly min?: number }): Promise<number | undefined> {
  const answer = await askText({
    title: options.title,
    prompt: options.prompt,
    value: options.value === undefined ? undefined : String(options.value),
    required: true,
    validate: (value) => {
      const number = parseNumber(value);
      if (number === undefined) {
        return vscode.l10n.t('Enter a number, e.g. 5 or 2.5.');
      }
      return options.min !== undefined && number < options.min ? vscode.l10n.t('Enter {0} or more.', options.min) : undefined;
    },
  });
  return answer === undefined ? undefined : parseNumber(answer);
}

/** A date like 2026-11-22 (proposed: `value`), or undefined when cancelled. */
export function askDate(options: TextPrompt): Promise<string | undefined> {
  return askText({
    ...options,
    required: true,
    validate: (value) => (isDate(value) ? undefined : vscode.l10n.t('Enter a date like 2026-11-22.')),
  });
}

/** One value of a list, the current one marked; undefined when cancelled. */
export async function pickOne(options: { readonly title: string; readonly placeHolder: string; readonly values: readonly string[]; readonly current?: string }): Promise<string | undefined> {
  const items = options.values.map((value) => ({ label: value, description: value === options.current ? vscode.l10n.t('current') : undefined, value }));
  const picked = await vscode.window.showQuickPick(items, { title: options.title, placeHolder: options.placeHolder, ignoreFocusOut: true });
  return picked?.value;
}

/**
 * A person: one of `people` (their roster id), or anyone typed in through "Someone else…"; with nobody to offer,
 * only the text box. Undefined when cancelled.
 */
export async function askPerson(options: TextPrompt & { readonly placeHolder: string; readonly people: readonly RosterMember[] }): Promise<string | undefined> {
  if (options.people.length > 0) {
    const other = { label: `$(edit) ${vscode.l10n.t('Someone else…')}`, alwaysShow: true, id: undefined };
    const items = [...options.people.map((m) => {
      const item = personItem(m);
      return m.id === options.value ? { ...item, description: `${m.id} · ${vscode.l10n.t('current')}` } : item;
    }), other];
    const picked = await vscode.window.showQuickPick(items, { title: options.title, placeHolder: options.placeHolder, matchOnDescription: true, ignoreFocusOut: true });
    if (picked?.id !== undefined || picked === undefined) {
      return picked?.id;
    }
  }
  return askText({ ...options, required: true });
}

/** `5`, `-1`, `2.5`, `8000` — not `5 days`, not `` (Number('') would be 0). */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) {
    return undefined;
  }
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : undefined;
}
