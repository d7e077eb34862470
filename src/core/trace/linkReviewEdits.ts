import { isScalar, isSeq, type Node } from 'yaml';
import { EDIT_MESSAGES } from '../edit/editMessages';
import { editText } from '../edit/editSource';
import type { RequirementItem } from '../edit/requirementItemEdits';
import type { EditResult, TextEdit } from '../edit/textEdit';
import { changedAt, verifiedEdits } from '../edit/verifyEdit';
import { localized } from '../messages';
import type { Requirement } from '../model';
import type { RuleContext } from '../rules/rule';
import { linkStamp, linkText, splitLink } from './linkStamp';
import { requirementLinks } from './requirementLinks';

/** One link to stamp: its position in `links:`, the item as the index read it, and the target's stamp now. */
export interface LinkReview {
  readonly position: number;
  readonly expected: string;
  readonly stamp: string;
}

/**
 * The reviews that stamp a requirement's links with their targets as they are now: every link, or only the
 * bare ones ("Start Reviewing Links"). Links to unknown IDs and links already current are left alone.
 */
export function linkReviews(requirement: Requirement, context: Pick<RuleContext, 'settings' | 'requirementsWithId'>, which: 'all' | 'bare'): LinkReview[] {
  return requirementLinks(requirement).flatMap((link) => {
    const [target] = context.requirementsWithId(link.id);
    if (target === undefined || (which === 'bare' && link.stamp !== undefined)) {
      return [];
    }
    const stamp = linkStamp(target.data, context.settings.reviewedFields);
    return stamp === link.stamp ? [] : [{ position: link.position, expected: link.text, stamp }];
  });
}

/**
 * Writes the stamps into the links' items in place (`PORTAL-001` → `PORTAL-001@1:9c41e07b`), quotes and layout
 * kept: one edit, verified. Each item is checked against the text, so an index behind the buffer refuses.
 */
export function stampLinks(text: string, item: RequirementItem, reviews: readonly LinkReview[]): EditResult {
  return editText(text, (source) => {
    const path = ['requirements', item.index, 'links'];
    const seq = source.doc.getIn(path, true) as Node | undefined;
    const edits: TextEdit[] = [];
    const written = new Map<number, string>();
    for (const review of reviews) {
      const node = isSeq(seq) ? seq.items[review.position] : undefined;
      if (!isScalar(node) || node.value !== review.expected || !node.range || source.doc.getIn(['requirements', item.index, 'id']) !== item.id) {
        return { ok: false, refusal: localized(EDIT_MESSAGES.listItemChanged, item.id, review.expected, review.position + 1, 'links') };
      }
      const newText = linkText(splitLink(review.expected).id, review.stamp);
      const quote = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
      edits.push({ start: node.range[0] + quote, end: node.range[1] - quote, newText });
      written.set(review.position, newText);
    }
    const expected = changedAt(source.value, path, (old) => (Array.isArray(old) ? old.map((value: unknown, i) => written.get(i) ?? value) : old));
    return verifiedEdits(source, edits, expected);
  });
}

/**
 * Stamps the links of several requirements of one file ("Start Reviewing Links" on a file): one edit made of
 * each item's verified stamps, refused as a whole when any item is refused.
 */
export function stampLinksOfItems(text: string, plans: readonly { readonly item: RequirementItem; readonly reviews: readonly LinkReview[] }[]): EditResult {
  const edits: TextEdit[] = [];
  for (const { item, reviews } of plans) {
    const result = stampLinks(text, item, reviews);
    if (!result.ok) {
      return result;
    }
    edits.push(...result.edits);
  }
  return { ok: true, edits };
}
