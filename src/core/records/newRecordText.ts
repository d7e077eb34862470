import { flowText } from '../edit/valueText';

/** What the user gives for a new communication record; empty lists are left out of the front matter. */
export interface NewRecordInput {
  readonly kind: string;
  /** The local date (YYYY-MM-DD) of the meeting, e-mail or call. */
  readonly on: string;
  readonly subject: string;
  /** Roster ids or plain names. */
  readonly with: readonly string[];
  readonly requirements: readonly string[];
  readonly changes: readonly string[];
}

/** The body's section headings, in the language the record is written in. */
export interface RecordHeadings {
  readonly agenda: string;
  readonly discussion: string;
  readonly decisions: string;
  readonly actions: string;
}

/** Longest slug kept in a file name: long subjects stay readable in the explorer and within path limits. */
const SLUG_LENGTH = 60;

/**
 * The text of a new record: front matter (kind, on, subject, with, requirements, changes, and empty decisions
 * and actions to fill in) and a body with a heading per section. Every value is written so it reads back as given.
 */
export function newRecordText(input: NewRecordInput, headings: RecordHeadings): string {
  const lines = ['---', `kind: ${flowText(input.kind)}`, `on: ${flowText(input.on)}`, `subject: ${flowText(input.subject.trim())}`];
  for (const [key, list] of [['with', input.with], ['requirements', input.requirements], ['changes', input.changes]] as const) {
    if (list.length > 0) {
      lines.push(`${key}: ${flowText(list)}`);
    }
  }
  lines.push('decisions: []', 'actions: []', '---', '', `# ${input.subject.trim()}`);
  for (const heading of [headings.agenda, headings.discussion, headings.decisions, headings.actions]) {
    lines.push('', `## ${heading}`, '');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `notes/2026-06-01-kick-off-with-acme.md` relative to the project folder; `attempt` 2, 3… gives `…-2.md`, `…-3.md`
 * for a name already taken. The slug keeps letters and digits of any script (a Chinese subject stays Chinese),
 * lower-cased, with every run of anything else (spaces, punctuation, characters no file system allows) as one dash.
 */
export function recordPath(folder: string, on: string, subject: string, attempt = 1): string {
  const slug = [...subject.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')]
    .slice(0, SLUG_LENGTH).join('').replace(/-+$/, '');
  const name = `${on}${slug === '' ? '' : `-${slug}`}${attempt > 1 ? `-${attempt}` : ''}.md`;
  const base = folder.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
  return base === '' || base === '.' ? name : `${base}/${name}`;
}
