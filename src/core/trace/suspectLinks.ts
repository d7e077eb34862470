import type { Requirement } from '../model';
import type { RuleContext } from '../rules/rule';
import { isReadableStamp, linkStamp } from './linkStamp';
import { requirementLinks, type RequirementLink } from './requirementLinks';

/** A stamped link whose target changed since it was reviewed. */
export interface SuspectLink {
  readonly link: RequirementLink;
  readonly target: Requirement;
  /** The target's stamp now: what Mark Link Reviewed writes. */
  readonly current: string;
  /** The change request that last changed the target (the last of its `changes:`), when it names one. */
  readonly changedBy?: string;
}

/**
 * The requirement's suspect links: stamped, readable, and to a target whose reviewed fields (the linking file's
 * `trace.reviewed_fields`) no longer give the stamp. Unknown targets are unknown-link's; unreadable stamps
 * bad-link-stamp's. Of a duplicated ID, a link matching any copy is not suspect.
 */
export function suspectLinks(requirement: Requirement, context: Pick<RuleContext, 'settings' | 'requirementsWithId'>): SuspectLink[] {
  if (requirement.linkStamps === undefined) {
    return [];
  }
  return requirementLinks(requirement).flatMap((link) => {
    if (link.stamp === undefined || !isReadableStamp(link.stamp)) {
      return [];
    }
    const targets = context.requirementsWithId(link.id).map((target) => ({ target, current: linkStamp(target.data, context.settings.reviewedFields) }));
    const [first] = targets;
    if (first === undefined || targets.some((t) => t.current === link.stamp)) {
      return [];
    }
    return [{ link, target: first.target, current: first.current, changedBy: first.target.data.changes?.at(-1) }];
  });
}
