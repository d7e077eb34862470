import * as vscode from 'vscode';
import type { CommunicationRecord } from '../../core/records/communicationRecord';
import { personName } from '../../core/roster';
import type { ProjectSettings } from '../../core/settings';

/** A record kind as people read it in the UI language; a kind the schema does not know, as written. */
export function recordKindLabel(kind: string | undefined): string {
  switch (kind) {
    case 'meeting':
      return vscode.l10n.t('Meeting');
    case 'email':
      return vscode.l10n.t('E-mail');
    case 'call':
      return vscode.l10n.t('Call');
    case 'chat':
      return vscode.l10n.t('Chat');
    case 'visit':
      return vscode.l10n.t('Visit');
    case 'other':
      return vscode.l10n.t('Other');
    case undefined:
    case '':
      return vscode.l10n.t('(no kind)');
    default:
      return kind;
  }
}

/** `November 2026` / `2026年11月` for a `2026-11` key, in the UI language. */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) {
    return vscode.l10n.t('(no date)');
  }
  return new Intl.DateTimeFormat(vscode.env.language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, number - 1, 1));
}

/** Who took part, by roster name where the roster knows them (plain names as written). */
export function recordPeople(record: CommunicationRecord, settings: ProjectSettings): string {
  return (record.data.with ?? []).map((who) => personName(settings, who)).join(', ');
}

/** `2026-11-20 Weekly call`: a record as a line of text. */
export function recordTitle(record: CommunicationRecord): string {
  const subject = record.data.subject?.trim() || vscode.l10n.t('(no subject)');
  return record.date === undefined ? subject : `${record.date} ${subject}`;
}
