import * as vscode from 'vscode';
import { changeRequestStatusLabel } from '../support/changeRequestStatusLabel';
import { baselineDrift } from '../../core/changeRequests/requirementBaseline';
import { availableTransitions } from '../../core/changeRequests/workflow';
import { escapeMarkdown, escapeMarkdownHeading, escapeMarkdownParagraphs } from '../../core/markdownText';
import { isRequirementField, type ChangeRequest, type HistoryEntry } from '../../core/model';
import { personLabel } from '../../core/roster';
import type { IndexView } from '../../core/indexView';
import { transitionLabel } from './transitionCommandIds';
import type { CommunicationRecord } from '../../core/records/communicationRecord';
import { recordsSummary } from '../records/recordMentions';
import { recordTitle } from '../records/recordLabels';

/** Statuses in which an affected requirement that differs from its baseline blocks the implementation. */
const BEFORE_IMPLEMENTATION = ['assessed', 'approved'];

/**
 * A change request as a read-only Markdown page: the request, its next steps, the affected requirements with
 * their current and proposed values side by side, impact, decision, sign-off, the communication records that mention
 * it, and the history as a timeline.
 * Every value from the files is escaped (escapeMarkdown), so it shows as written and never becomes a link,
 * HTML or a table cell of its own; our own labels are escaped as well.
 */
export function changeRequestDetailsMarkdown(cr: ChangeRequest, index: Pick<IndexView, 'requirementsWithId' | 'settingsFor' | 'recordsMentioning'>): string {
  const d = cr.data;
  const blocks: string[] = [];
  const label = (text: string): string => escapeMarkdown(text);
  // People by name where the record keeps roster ids: "李娜 (li.na)".
  const settings = index.settingsFor(cr.file);
  const person = (id: string | undefined): string | undefined => (id === undefined ? undefined : personLabel(settings, id));
  blocks.push(heading(1, [cr.id || vscode.l10n.t('(no ID)'), d.title ?? '']));
  blocks.push(facts([
    [vscode.l10n.t('Status'), changeRequestStatusLabel(d.status)],
    [vscode.l10n.t('Requested by'), person(d.requested_by)],
    [vscode.l10n.t('Requested on'), d.requested_on],
    [vscode.l10n.t('Channel'), d.channel],
  ]));
  const next = availableTransitions(d);
  blocks.push(`${label(vscode.l10n.t('Next steps:'))} ${next.length > 0 ? next.map((t) => label(transitionLabel(t))).join(' · ') : label(vscode.l10n.t('none: the request is closed.'))}`);

  blocks.push(heading(2, [vscode.l10n.t('Request')]));
  const request = [[vscode.l10n.t('Reason'), d.reason], [vscode.l10n.t('Description'), d.description], [vscode.l10n.t('Expected effect'), d.expected_effect]] as const;
  const given = request.filter(([, text]) => text !== undefined && text.trim() !== '');
  for (const [name, text] of given) {
    blocks.push(`**${label(name)}**`, escapeMarkdownParagraphs(text ?? ''));
  }
  if (given.length === 0) {
    blocks.push(label(vscode.l10n.t('None recorded.')));
  }

  blocks.push(heading(2, [vscode.l10n.t('Affected requirements')]));
  const affects = d.affects ?? [];
  if (affects.length === 0) {
    blocks.push(label(vscode.l10n.t('None listed.')));
  }
  for (const id of affects) {
    blocks.push(...affectedRequirement(cr, id, index));
  }

  blocks.push(heading(2, [vscode.l10n.t('Impact')]));
  const impact = d.impact;
  if (!impact) {
    blocks.push(label(vscode.l10n.t('Not assessed yet.')));
  } else {
    blocks.push(table(
      [vscode.l10n.t('Schedule (days)'), vscode.l10n.t('Cost'), vscode.l10n.t('Effort (hours)'), vscode.l10n.t('Risk'), vscode.l10n.t('Resources')],
      [[impact.schedule_days, impact.cost, impact.effort_hours, impact.risk, impact.resources].map((v) => escapeMarkdown(v === undefined ? '' : String(v)))],
    ));
    // What the assessment picked from the impact analysis: the register's risks, and the dependants and requests.
    const reached = facts([[vscode.l10n.t('Risks'), impact.risks?.join(', ')], [vscode.l10n.t('Impacted'), impact.related?.join(', ')]]);
    if (reached !== '') {
      blocks.push(reached);
    }
    if (impact.notes) {
      blocks.push(escapeMarkdownParagraphs(impact.notes));
    }
  }

  blocks.push(heading(2, [vscode.l10n.t('Decision')]));
  const decision = d.decision;
  if (!decision) {
    blocks.push(label(vscode.l10n.t('No decision yet.')));
  } else {
    blocks.push(facts([
      [vscode.l10n.t('Outcome'), decision.outcome],
      [vscode.l10n.t('Decided on'), decision.on],
      [vscode.l10n.t('Decided by'), decision.by?.map((id) => personLabel(settings, id)).join(', ')],
    ]));
    if (decision.rationale) {
      blocks.push(escapeMarkdownParagraphs(decision.rationale));
    }
  }

  blocks.push(heading(2, [vscode.l10n.t('Customer sign-off')]));
  const signoff = d.customer_signoff;
  const required = settings.requireCustomerSignoff ? ` ${label(vscode.l10n.t('The project requires one before verification.'))}` : '';
  blocks.push(signoff ? `${facts([[vscode.l10n.t('Signed off by'), person(signoff.by)], [vscode.l10n.t('Signed off on'), signoff.on]])}${required}` : `${label(vscode.l10n.t('None recorded.'))}${required}`);

  blocks.push(heading(2, [vscode.l10n.t('Communication records')]));
  const records = cr.id === '' ? [] : index.recordsMentioning(cr.id);
  blocks.push(records.length === 0 ? label(vscode.l10n.t('None mention it.')) : recordsDetails(records));

  blocks.push(heading(2, [vscode.l10n.t('History')]));
  const history = d.history ?? [];
  blocks.push(history.length === 0 ? label(vscode.l10n.t('No entries.')) : history.map((entry) => historyItem(entry, person)).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** A heading per affected requirement, its state, and a table of the fields the request proposes to change. */
function affectedRequirement(cr: ChangeRequest, id: string, index: Pick<IndexView, 'requirementsWithId'>): string[] {
  const requirement = index.requirementsWithId(id)[0];
  const blocks = [heading(3, [id, requirement?.data.title ?? ''])];
  if (!requirement) {
    blocks.push(escapeMarkdown(vscode.l10n.t('No requirement in the workspace has the ID {0}.', id)));
    return blocks;
  }
  const notes = [vscode.workspace.asRelativePath(vscode.Uri.parse(requirement.file))];
  const baseline = cr.data.baseline?.[id];
  const drift = baseline === undefined ? undefined : baselineDrift(baseline, requirement.data, cr.data.proposed?.[id]);
  if (drift !== undefined && BEFORE_IMPLEMENTATION.includes(cr.data.status ?? '')) {
    if (drift.baseline !== drift.current) {
      notes.push(vscode.l10n.t('⚠ changed since the assessment (fingerprint {0} then, {1} now): implementing is refused until this is resolved.', drift.baseline, drift.current));
    }
    if (drift.unassessed.length > 0) {
      notes.push(vscode.l10n.t('⚠ proposes {0}, which the assessment did not judge: implementing is refused until the request is re-assessed.', drift.unassessed.join(', ')));
    }
  }
  blocks.push(notes.map(escapeMarkdown).join(' — '));
  const proposed = Object.entries(cr.data.proposed?.[id] ?? {});
  if (proposed.length === 0) {
    blocks.push(escapeMarkdown(vscode.l10n.t('No proposed values.')));
    return blocks;
  }
  const rows = proposed.map(([field, value]) => {
    const now = shown(isRequirementField(field) ? requirement.data[field] : undefined);
    const next = shown(value);
    return [escapeMarkdown(field), escapeMarkdown(now), escapeMarkdown(next), now === next ? '✓' : ''];
  });
  blocks.push(table([vscode.l10n.t('Field'), vscode.l10n.t('Current'), vscode.l10n.t('Proposed'), vscode.l10n.t('Same')], rows));
  return blocks;
}

/** The summary line, then every record (newest first) with its file. */
function recordsDetails(records: readonly CommunicationRecord[]): string {
  const lines = records.map((record) => `- ${escapeMarkdown(`${recordTitle(record)} — ${vscode.workspace.asRelativePath(vscode.Uri.parse(record.file))}`)}`);
  return `${escapeMarkdown(recordsSummary(records) ?? '')}\n\n${lines.join('\n')}`;
}

/** One entry of the timeline: when, who, what, the note, the fields an implementation changed and the links it made suspect. */
function historyItem(entry: HistoryEntry, person: (id: string | undefined) => string | undefined): string {
  const when = entry.on ? escapeMarkdown(entry.on.replace('T', ' ').replace(/(:\d{2})(\.\d+)?Z$/, '$1 UTC')) : '?';
  const note = entry.note ? ` — ${escapeMarkdown(entry.note)}` : '';
  const lines = [`- **${when}** · ${escapeMarkdown(person(entry.by) ?? '?')} · **${escapeMarkdown(entry.action ?? '?')}**${note}`];
  for (const change of entry.changed ?? []) {
    const old = change.old === undefined ? vscode.l10n.t('(none)') : shown(change.old);
    lines.push(`  - ${escapeMarkdown(`${change.requirement} ${change.field}: ${old} → ${shown(change.new)}`)}`);
  }
  if (entry.made_suspect && entry.made_suspect.length > 0) {
    lines.push(`  - ${escapeMarkdown(vscode.l10n.t('Links made suspect: {0}', entry.made_suspect.join(', ')))}`);
  }
  return lines.join('\n');
}

/** An ATX heading of the given parts joined by ` · `, leaving out empty ones; a closing `#` of a part stays text. */
function heading(level: number, parts: readonly string[]): string {
  return `${'#'.repeat(level)} ${parts.filter((p) => p !== '').map(escapeMarkdownHeading).join(' · ')}`;
}

/** `**Label** value · **Label** value`, leaving out empty values. */
function facts(pairs: readonly (readonly [string, string | undefined])[]): string {
  return pairs
    .filter(([, value]) => value !== undefined && value.trim() !== '')
    .map(([name, value]) => `**${escapeMarkdown(name)}** ${escapeMarkdown(value ?? '')}`)
    .join(' · ');
}

/** A Markdown table; cells are given escaped (escapeMarkdown escapes `|`, so a cell stays one cell). */
function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${headers.map(escapeMarkdown).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`),
  ].join('\n');
}

function shown(value: unknown): string {
  if (value === undefined || value === null) {
    return '';
  }
  if (Array.isArray(value)) {
    return value.map(shown).join('; ');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value).replace(/\s+/g, ' ').trim();
}
