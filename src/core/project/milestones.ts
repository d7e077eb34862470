import type { Requirement } from '../model';
import type { Milestone, ProjectSettings } from '../settings';

/** The requirement's milestone name as written, trimmed; undefined when it has none. */
export function milestoneName(requirement: Requirement): string | undefined {
  const name = requirement.data.milestone?.trim() ?? '';
  return name === '' ? undefined : name;
}

/** The declared milestone the requirement names, if any. */
export function milestoneOf(requirement: Requirement, settings: ProjectSettings): Milestone | undefined {
  const name = milestoneName(requirement);
  return name === undefined ? undefined : settings.milestones.find((m) => m.id === name);
}
