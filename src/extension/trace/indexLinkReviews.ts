import { linkReviews, type LinkReview } from '../../core/trace/linkReviewEdits';
import type { Requirement } from '../../core/model';
import type { IndexView } from '../../core/indexView';

/** The reviews of a requirement's links against the targets the index holds now (see linkReviews). */
export function indexLinkReviews(index: IndexView, requirement: Requirement, which: 'all' | 'bare'): LinkReview[] {
  return linkReviews(requirement, { settings: index.settingsFor(requirement.file), requirementsWithId: (id) => index.requirementsWithId(id) }, which);
}
