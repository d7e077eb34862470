import { defineMessages, localized } from '../messages';
import { isReadableStamp } from '../trace/linkStamp';
import { linkRanges, requirementLinks } from '../trace/requirementLinks';
import type { Rule } from './rule';

export const BAD_LINK_STAMP_MESSAGES = defineMessages({
  unreadable: "The link to {0} has the stamp '{1}', which ReqDesk cannot read (a stamp is 1: and 8 hex digits, as Mark Link Reviewed writes it): mark the link reviewed to stamp it anew.",
});

// Never compared: a stamp of another version or a hand-edited one would make the link suspect for a wrong reason.
export const badLinkStampRule: Rule = {
  id: 'bad-link-stamp',
  defaultSeverity: 'warning',
  description: 'A link whose stamp (after the @) is not one this ReqDesk reads: another version, or edited by hand.',
  scope: 'file',
  check: (file) =>
    file.requirements.flatMap((requirement) =>
      requirement.linkStamps === undefined
        ? []
        : requirementLinks(requirement).flatMap((link) =>
          link.stamp === undefined || isReadableStamp(link.stamp)
            ? []
            : [{ ...localized(BAD_LINK_STAMP_MESSAGES.unreadable, link.id, link.stamp), range: linkRanges(requirement, link.position)?.stamp ?? requirement.headRange }],
        ),
    ),
};
