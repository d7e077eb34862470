import type { IndexView } from '../indexView';
import type { ChangeRequest } from '../model';
import { compareRequirementIds } from '../requirementTree';
import { riskStatus, type Risk } from '../risks/risk';
import { statusMeaning } from '../changeRequests/workflow';
import type { MentionLookup, MentionSummary } from './mentions';
import { linkersByTarget } from './requirementLinks';

/** A requirement that links, directly or through others, to an affected one. */
export interface ImpactDependant {
  readonly id: string;
  /** 1 for a direct link to an affected requirement. */
  readonly depth: number;
  /** From the affected requirement to this one (A ← B ← C is ['A', 'B', 'C']): the shortest, first by ID. */
  readonly path: readonly string[];
}

export interface IdMentions {
  readonly id: string;
  readonly mentions: MentionSummary;
}

/** What a change request reaches, shown before its impact is assessed. */
export interface ImpactAnalysis {
  /** Its affected IDs, by ID number. */
  readonly affected: readonly string[];
  /** By depth, then ID number; an affected requirement is never its own dependant (cycles end there). */
  readonly dependants: readonly ImpactDependant[];
  /** The affected IDs, then the dependants, each only when something mentions it. */
  readonly mentions: readonly IdMentions[];
  /** Risks not closed that link to an affected requirement or a dependant, in register order. */
  readonly risks: readonly Risk[];
  /** Other open change requests affecting any of the same requirements: a conflict to know about, by ID number. */
  readonly conflicts: readonly ChangeRequest[];
}

type ImpactIndex = Pick<IndexView, 'requirements' | 'risks' | 'changeRequests'>;

/** The impact of a change request over the index, following links back at most `depth` steps. */
export function impactAnalysis(index: ImpactIndex, changeRequest: ChangeRequest, depth: number, mentions: MentionLookup): ImpactAnalysis {
  const affected = [...new Set(changeRequest.data.affects ?? [])].sort(compareRequirementIds);
  const dependants = dependantsOf(index, affected, depth);
  const reached = new Set([...affected, ...dependants.map((d) => d.id)]);
  return {
    affected,
    dependants,
    mentions: [...affected, ...dependants.map((d) => d.id)]
      .map((id) => ({ id, mentions: mentions.mentionsOf(id) }))
      .filter(({ mentions: m }) => Object.values(m.files).some((count) => count > 0)),
    risks: index.risks().filter((risk) => riskStatus(risk) !== 'closed' && risk.links.some((link) => reached.has(link.id))),
    conflicts: conflictsOf(index, changeRequest, new Set(affected)),
  };
}

function dependantsOf(index: ImpactIndex, affected: readonly string[], depth: number): ImpactDependant[] {
  const linkers = linkersByTarget(index.requirements());
  const paths = new Map<string, readonly string[]>(affected.map((id) => [id, [id]]));
  const found: ImpactDependant[] = [];
  let frontier = [...affected];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: ImpactDependant[] = [];
    for (const target of frontier) {
      for (const id of [...(linkers.get(target) ?? [])].sort(compareRequirementIds)) {
        if (!paths.has(id)) {
          const path = [...(paths.get(target) ?? [target]), id];
          paths.set(id, path);
          next.push({ id, depth: level, path });
        }
      }
    }
    next.sort((a, b) => compareRequirementIds(a.id, b.id));
    found.push(...next);
    frontier = next.map((d) => d.id);
  }
  return found;
}

function conflictsOf(index: ImpactIndex, changeRequest: ChangeRequest, affected: ReadonlySet<string>): ChangeRequest[] {
  return index
    .changeRequests()
    .filter((other) => other.id !== changeRequest.id && statusMeaning(other.data.status)?.open === true)
    .filter((other) => (other.data.affects ?? []).some((id) => affected.has(id)))
    .sort((a, b) => compareRequirementIds(a.id, b.id) || a.file.localeCompare(b.file));
}
