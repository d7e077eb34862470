import type { IndexView } from '../indexView';
import type { RequirementData } from '../model';
import { compareRequirementIds } from '../requirementTree';
import { isReadableStamp, linkStamp } from './linkStamp';
import { requirementLinks } from './requirementLinks';

/** A requirement's data before and after a change (an implementation's proposed values applied). */
export interface RequirementChange {
  readonly id: string;
  readonly before: Readonly<RequirementData>;
  readonly after: Readonly<RequirementData>;
}

/**
 * The stamped links to the changed requirements that the change makes suspect: reviewed against the target as it
 * was (the stamp matched, in the linking file's reviewed fields) and not matching it as changed. Written
 * `PORTAL-003 → PORTAL-002` (the linking requirement, then the target), ordered by both IDs. A link already
 * suspect before is not the change's doing; a requirement's link to itself is left out.
 */
export function linksMadeSuspect(changes: readonly RequirementChange[], index: Pick<IndexView, 'requirements' | 'settingsFor'>): string[] {
  const byId = new Map(changes.map((change) => [change.id, change]));
  const made: [from: string, to: string][] = [];
  for (const requirement of index.requirements()) {
    if (requirement.linkStamps === undefined) {
      continue;
    }
    const fields = index.settingsFor(requirement.file).reviewedFields;
    for (const link of requirementLinks(requirement)) {
      const change = byId.get(link.id);
      if (change && link.id !== requirement.id && link.stamp !== undefined && isReadableStamp(link.stamp)
        && linkStamp(change.before, fields) === link.stamp && linkStamp(change.after, fields) !== link.stamp) {
        made.push([requirement.id, link.id]);
      }
    }
  }
  const texts = made
    .sort((a, b) => compareRequirementIds(a[0], b[0]) || compareRequirementIds(a[1], b[1]))
    .map(([from, to]) => `${from} → ${to}`);
  return [...new Set(texts)];
}
