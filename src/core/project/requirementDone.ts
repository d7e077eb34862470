import type { Requirement } from '../model';
import type { ProjectSettings } from '../settings';

/** Whether the requirement's status closes its work (`vocabulary.done_statuses`): not overdue, done in progress. */
export function isDone(requirement: Requirement, settings: ProjectSettings): boolean {
  const status = requirement.data.status?.trim();
  return status !== undefined && status !== '' && settings.doneStatuses.includes(status);
}
