import { impactAnalysis, type ImpactAnalysis } from '../core/trace/impactAnalysis';
import type { MentionKind } from '../core/trace/mentions';
import { CliError, type CliIo } from './cliIo';
import type { ImpactCommandLine } from './commandLine';
import { loadMentions } from './mentionLoader';
import { loadWorkspace } from './workspaceLoader';

const KIND_WORDS: Readonly<Record<MentionKind, string>> = { code: 'code', tests: 'tests', records: 'records', changeRequests: 'change requests' };

/** What a change request reaches, as assessing it shows: for a reviewer's terminal or a bot's comment. */
export async function runImpact(options: ImpactCommandLine, io: CliIo): Promise<number> {
  const workspace = await loadWorkspace(options.paths, io.cwd);
  const { index } = workspace;
  const changeRequest = index.changeRequests().find((cr) => cr.id === options.id);
  if (!changeRequest) {
    throw new CliError(`no change request ${options.id} in ${options.paths.length > 0 ? options.paths.join(', ') : 'this folder'}`);
  }
  const depth = options.depth ?? index.settingsFor(changeRequest.file).impactDepth;
  const analysis = impactAnalysis(index, changeRequest, depth, loadMentions(workspace));
  io.stdout.write(options.format === 'json' ? `${JSON.stringify(impactJson(analysis), null, 2)}\n` : impactText(options.id, depth, analysis));
  return 0;
}

/** The analysis with risks and change requests by ID and title: the index's objects carry ranges and raw data. */
function impactJson(analysis: ImpactAnalysis): object {
  return {
    affected: analysis.affected,
    dependants: analysis.dependants,
    mentions: analysis.mentions,
    risks: analysis.risks.map((risk) => ({ id: risk.id, title: risk.data.title ?? '', file: risk.file })),
    conflicts: analysis.conflicts.map((cr) => ({ id: cr.id, title: cr.data.title ?? '', status: cr.data.status ?? '', file: cr.file })),
  };
}

function impactText(id: string, depth: number, analysis: ImpactAnalysis): string {
  const lines = [`${id} affects ${analysis.affected.join(', ') || 'nothing'}`];
  const section = (title: string, items: readonly string[]): void => {
    lines.push('', `${title}:`, ...(items.length > 0 ? items.map((item) => `  ${item}`) : ['  none']));
  };
  section(`Requirements linking to them (depth ${depth})`, analysis.dependants.map((d) => `${d.id}  ${d.path.join(' ← ')}`));
  section('Mentioned in', analysis.mentions.map(({ id: mentioned, mentions }) => {
    const counts = (Object.keys(KIND_WORDS) as MentionKind[])
      .filter((kind) => mentions.files[kind] > 0)
      .map((kind) => `${mentions.files[kind]} ${KIND_WORDS[kind]}`);
    const places = mentions.first.map((place) => `${place.file}:${place.line + 1}`);
    return `${mentioned}  ${counts.join(', ')}  (${places.join(', ')})`;
  }));
  section('Open risks linked to them', analysis.risks.map((risk) => `${risk.id}  ${risk.data.title ?? ''}`.trimEnd()));
  section('Open change requests affecting the same requirements', analysis.conflicts.map((cr) => `${cr.id}  ${cr.data.title ?? ''}`.trimEnd()));
  return `${lines.join('\n')}\n`;
}
