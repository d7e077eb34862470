/**
 * Localisable messages of the core. The core has no vscode.l10n, so it writes English and keeps, next to the
 * text, the English template ({0} {1} placeholders, as vscode.l10n.t reads them) and its arguments: the editor
 * looks the template up in l10n/bundle.l10n.zh-cn.json and fills in the same arguments. An argument may itself be
 * a message (a field label, "This requirement"), so that each language can order the parts its own way.
 */

/** A text to show: an English template and what fills its placeholders. */
export interface MessageText {
  readonly template: string;
  readonly args: readonly MessageArg[];
}

export type MessageArg = string | number | MessageText;

/** A message ready for a Finding (or anything shown): the English text and how to say it in another language. */
export interface LocalizedMessage {
  readonly message: string;
  readonly template: string;
  readonly args: readonly MessageArg[];
}

/**
 * Marks a module's templates so that test/unit/l10n.test.ts finds them (it scans src/core for this call) and
 * checks each has a Chinese translation. Only string literals belong in it.
 */
export function defineMessages<T extends Record<string, string>>(templates: T): Readonly<T> {
  return templates;
}

/** The same substitution as vscode.l10n.t with positional arguments: `{n}` without an argument stays as it is. */
export function formatMessage(template: string, args: readonly MessageArg[]): string {
  return template.replace(/\{(\d+)\}/g, (match: string, index: string) => {
    const arg = args[Number(index)];
    return arg === undefined ? match : typeof arg === 'object' ? formatMessage(arg.template, arg.args) : String(arg);
  });
}

/** A message argument made of a template: formatted only when the whole message is. */
export function phrase(template: string, ...args: MessageArg[]): MessageText {
  return { template, args };
}

/** A message (a Finding's, a refusal) as an argument of another: its template when it has one, else its text. */
export function messageArg(text: { readonly message: string; readonly template?: string; readonly args?: readonly MessageArg[] }): MessageArg {
  return text.template === undefined ? text.message : phrase(text.template, ...(text.args ?? []));
}

/** A message in English, with its template and arguments for translation. */
export function localized(template: string, ...args: MessageArg[]): LocalizedMessage {
  return { message: formatMessage(template, args), template, args };
}

/** Phrases several modules put into their messages. */
export const COMMON_MESSAGES = defineMessages({
  thisRequirement: 'This requirement',
  thisChangeRequest: 'This change request',
});
