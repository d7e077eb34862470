import { linkReviews, type LinkReview } from '../../core/trace/linkReviewEdits';
import { suspectLinks } from '../../core/trace/suspectLinks';
import type { Requirement } from '../../core/model';
import type { IndexView } from '../../core/indexView';
import type { RuleContext } from '../../core/rules/rule';

/** The editor's trace questions about one requirement, answered over the index as it is now. */

/** The reviews of a requirement's links against the targets now (see linkReviews). */
export function indexLinkReviews(index: IndexView, requirement: Requirement, which: 'all' | 'bare'): LinkReview[] {
  return linkReviews(requirement, traceContext(index, requirement), which);
}

/** The IDs of its links whose targets changed since the link was reviewed: the tree's suspect badge. */
export function suspectTargets(index: IndexView, requirement: Requirement): string[] {
  return suspectLinks(requirement, traceContext(index, requirement)).map((s) => s.link.id);
}

function traceContext(index: IndexView, requirement: Requirement): Pick<RuleContext, 'settings' | 'requirementsWithId'> {
  return { settings: index.settingsFor(requirement.file), requirementsWithId: (id) => index.requirementsWithId(id) };
}
