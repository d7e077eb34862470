import * as vscode from 'vscode';
import { stampLinks } from '../../core/trace/linkReviewEdits';
import { linkRanges, requirementLinks } from '../../core/trace/requirementLinks';
import { toVscodeRange } from '../support/rangeConversion';
import { editAction, type FixBuilder } from '../support/fixAction';
import { indexLinkReviews } from './indexTrace';

/**
 * suspect-link (on the item) and bad-link-stamp (on the stamp): write the target's stamp as it is now, for this
 * link or for every link of the requirement; one undoable edit either way.
 */
export const linkReviewFixes: FixBuilder = (context) => {
  const { requirement, index, diagnostic } = context;
  const link = requirementLinks(requirement).find((l) => {
    const ranges = linkRanges(requirement, l.position);
    return [ranges?.item, ranges?.stamp].some((range) => range !== undefined && toVscodeRange(range).isEqual(diagnostic.range));
  });
  if (link === undefined) {
    return [];
  }
  const all = indexLinkReviews(index, requirement, 'all');
  const one = all.filter((review) => review.position === link.position);
  const actions = one.length === 0 ? [] : [editAction(context, vscode.l10n.t('Mark Link Reviewed'), (text) => stampLinks(text, requirement, one), true)];
  if (all.length > one.length) {
    actions.push(editAction(context, vscode.l10n.t('Mark All Links of {0} Reviewed', requirement.id), (text) => stampLinks(text, requirement, all)));
  }
  return actions;
};
