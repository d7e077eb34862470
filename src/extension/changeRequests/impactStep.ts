import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import type { ChangeRequest, Impact } from '../../core/model';
import { riskStatus } from '../../core/risks/risk';
import { impactAnalysis, type ImpactAnalysis } from '../../core/trace/impactAnalysis';
import type { MentionKind, MentionSummary } from '../../core/trace/mentions';
import type { LiveMentions } from '../trace/mentionSource';

/** Where a picked item's ID is recorded: risks of the register in `impact.risks`, any other ID in `impact.related`. */
type ImpactField = 'related' | 'risks';

export interface ImpactItem extends vscode.QuickPickItem {
  /** Undefined on separators. */
  readonly id?: string;
  readonly field?: ImpactField;
}

/** What the assessment's impact step shows: the analysis as items, and the change request's affected IDs. */
export interface ImpactChoice {
  readonly items: readonly ImpactItem[];
  readonly affected: readonly string[];
}

/** The impact of the change request (its data as in the live file), over the index and the workspace's mentions. */
export async function impactChoice(index: IndexView, mentions: LiveMentions, changeRequest: ChangeRequest): Promise<ImpactChoice> {
  const depth = index.settingsFor(changeRequest.file).impactDepth;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Finding what {0} reaches…', changeRequest.id) },
    () => mentions.whenScanned(),
  );
  const analysis = impactAnalysis(index, changeRequest, depth, mentions);
  return { items: impactItems(index, analysis, depth), affected: analysis.affected };
}

/** The sections that have something, each under its separator; dependants and risks are picked. */
export function impactItems(index: Pick<IndexView, 'requirementsWithId'>, analysis: ImpactAnalysis, depth: number): ImpactItem[] {
  const affected = analysis.affected.join(', ');
  const title = (id: string): string | undefined => index.requirementsWithId(id)[0]?.data.title;
  return [
    ...section(vscode.l10n.t('Requirements that link to {0} (up to {1} links back)', affected, depth), analysis.dependants.map((d) => ({
      label: d.id, description: title(d.id), detail: vscode.l10n.t('{0} · depth {1}', d.path.join(' ← '), d.depth), id: d.id, field: 'related', picked: true,
    }))),
    ...section(vscode.l10n.t('Mentioned in code, tests, records and change requests'), analysis.mentions.map(({ id, mentions }) => ({
      label: id, description: mentionCounts(mentions), detail: mentions.first.map((place) => `${relativePath(place.file)}:${place.line + 1}`).join(' · '), id, field: 'related',
    }))),
    ...section(vscode.l10n.t('Open risks linked to them'), analysis.risks.map((risk) => ({
      label: risk.id, description: risk.data.title, detail: `${riskStatus(risk)} · ${(risk.data.links ?? []).join(', ')}`, id: risk.id, field: 'risks', picked: true,
    }))),
    ...section(vscode.l10n.t('Open change requests affecting the same requirements (a conflict to know about)'), analysis.conflicts.map((cr) => ({
      label: cr.id, description: cr.data.title, detail: `${cr.data.status ?? ''} · ${(cr.data.affects ?? []).join(', ')}`, id: cr.id, field: 'related',
    }))),
  ];
}

/**
 * Asks which of the analysis's IDs the assessment records; undefined when cancelled. A re-assessment starts from
 * the IDs on record. IDs on record that the list does not show stay; the affected requirements are in `affects`.
 */
export async function askImpact(choice: ImpactChoice, title: string, old: Readonly<Impact>): Promise<Pick<Impact, ImpactField> | undefined> {
  const recorded = old.related !== undefined || old.risks !== undefined ? new Set([...(old.related ?? []), ...(old.risks ?? [])]) : undefined;
  const items = choice.items.map((item) => (item.id === undefined || recorded === undefined ? item : { ...item, picked: recorded.has(item.id) }));
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: vscode.l10n.t('What the change reaches: pick what the assessment records as impacted'),
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  if (picked === undefined) {
    return undefined;
  }
  const shown = new Set(items.map((item) => item.id));
  const chosen = (field: ImpactField): string[] | undefined => {
    const ids = [...(old[field] ?? []).filter((id) => !shown.has(id)), ...picked.filter((item) => item.field === field).map((item) => item.id ?? '')];
    const unique = [...new Set(ids)].filter((id) => !choice.affected.includes(id));
    return unique.length > 0 || old[field] !== undefined ? unique : undefined;
  };
  return { related: chosen('related'), risks: chosen('risks') };
}

function section(label: string, items: readonly ImpactItem[]): ImpactItem[] {
  return items.length > 0 ? [{ label, kind: vscode.QuickPickItemKind.Separator }, ...items] : [];
}

function mentionCounts(mentions: MentionSummary): string {
  const words: Record<MentionKind, string> = {
    code: vscode.l10n.t('code {0}', mentions.files.code),
    tests: vscode.l10n.t('tests {0}', mentions.files.tests),
    records: vscode.l10n.t('records {0}', mentions.files.records),
    changeRequests: vscode.l10n.t('change requests {0}', mentions.files.changeRequests),
  };
  return (Object.keys(words) as MentionKind[]).filter((kind) => mentions.files[kind] > 0).map((kind) => words[kind]).join(' · ');
}

/** Places are keyed as the index keys files (URI strings); shown relative to the workspace. */
function relativePath(file: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(file));
}
