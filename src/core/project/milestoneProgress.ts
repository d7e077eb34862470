import type { Requirement } from '../model';
import type { ProjectSettings } from '../settings';
import { milestoneName } from './milestones';
import { paymentStatus } from './paymentState';
import type { MilestoneState, SourcePlace } from './projectState';
import { isDone } from './requirementDone';
import { milestonePath } from './settingsPlaces';
import { statusCounts } from './statusCounts';

/**
 * Progress by milestone as of `today`: the declared milestones in the file's order, then those only requirements
 * name (alphabetical). Past due counts as overdue only while one of its requirements is not done, as the
 * milestone-overdue rule judges. `placeOf` places a declared one in reqdesk.yaml.
 */
export function milestoneProgress(
  requirements: readonly Requirement[],
  settings: ProjectSettings,
  today: string,
  placeOf: (path: string) => SourcePlace | undefined,
): MilestoneState[] {
  const byName = new Map<string, Requirement[]>();
  for (const requirement of requirements) {
    const name = milestoneName(requirement);
    if (name !== undefined) {
      const list = byName.get(name);
      if (list) {
        list.push(requirement);
      } else {
        byName.set(name, [requirement]);
      }
    }
  }
  const declared = settings.milestones.map((milestone, i): MilestoneState => {
    const own = byName.get(milestone.id) ?? [];
    const done = own.filter((r) => isDone(r, settings)).length;
    return {
      id: milestone.id,
      title: milestone.title,
      due: milestone.due,
      overdue: isMilestoneOverdue(milestone.due, own.length - done, today),
      statusCounts: statusCounts(own, settings.statuses),
      total: own.length,
      done,
      payment: milestone.payment && { ...milestone.payment, status: paymentStatus(milestone.payment, settings, today) },
      declared: true,
      place: placeOf(milestonePath(i)),
    };
  });
  const declaredIds = new Set(settings.milestones.map((m) => m.id));
  const named = [...byName].filter(([name]) => !declaredIds.has(name)).sort(([a], [b]) => a.localeCompare(b)).map(([id, own]): MilestoneState => ({
    id,
    overdue: false,
    statusCounts: statusCounts(own, settings.statuses),
    total: own.length,
    done: own.filter((r) => isDone(r, settings)).length,
    declared: false,
  }));
  return [...declared, ...named];
}

/** Past its due date (due today is not yet) with work not done. */
export function isMilestoneOverdue(due: string | undefined, notDone: number, today: string): boolean {
  return due !== undefined && due < today && notDone > 0;
}
