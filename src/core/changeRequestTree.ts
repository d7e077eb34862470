import type { ChangeRequest } from './model';
import { compareRequirementIds, NONE_KEY } from './requirementTree';

/** The change-request statuses in workflow order (schemas/change-request.schema.json). */
export const CHANGE_REQUEST_WORKFLOW = ['submitted', 'assessed', 'approved', 'rejected', 'implemented', 'verified', 'withdrawn'] as const;

export interface ChangeRequestGroup {
  /** The status; NONE_KEY for change requests without one. */
  readonly status: string;
  readonly changeRequests: readonly ChangeRequest[];
}

/**
 * Change requests by status: workflow statuses in workflow order, unknown ones by name after them, none last.
 * Within a status, by ID number (CR-2 before CR-10).
 */
export function buildChangeRequestTree(changeRequests: readonly ChangeRequest[]): ChangeRequestGroup[] {
  const groups = new Map<string, ChangeRequest[]>();
  for (const cr of changeRequests) {
    const status = cr.data.status?.trim() ?? NONE_KEY;
    const list = groups.get(status);
    if (list) {
      list.push(cr);
    } else {
      groups.set(status, [cr]);
    }
  }
  const rank = (status: string): number => {
    const i = (CHANGE_REQUEST_WORKFLOW as readonly string[]).indexOf(status);
    return status === NONE_KEY ? Number.MAX_SAFE_INTEGER : i === -1 ? CHANGE_REQUEST_WORKFLOW.length : i;
  };
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([status, list]) => ({
      status,
      changeRequests: list.sort((a, b) => compareRequirementIds(a.id, b.id) || a.file.localeCompare(b.file)),
    }));
}
