import { defineMessages, localized } from '../messages';
import { linkRanges } from '../trace/requirementLinks';
import { suspectLinks } from '../trace/suspectLinks';
import type { Rule } from './rule';

export const SUSPECT_LINK_MESSAGES = defineMessages({
  changed: '{0} links to {1}, which changed since the link was reviewed: check that {0} still holds, then mark the link reviewed.',
  changedBy: '{0} links to {1}, which changed since the link was reviewed (last changed by {2}): check that {0} still holds, then mark the link reviewed.',
  target: '{0} as it is now.',
});

export const suspectLinkRule: Rule = {
  id: 'suspect-link',
  defaultSeverity: 'warning',
  description: "A stamped link (ID@stamp) whose target's reviewed fields changed since the link was reviewed.",
  scope: 'workspace',
  check: (file, context) =>
    file.requirements.flatMap((requirement) =>
      suspectLinks(requirement, context).map(({ link, target, changedBy }) => ({
        ...(changedBy === undefined
          ? localized(SUSPECT_LINK_MESSAGES.changed, requirement.id, link.id)
          : localized(SUSPECT_LINK_MESSAGES.changedBy, requirement.id, link.id, changedBy)),
        range: linkRanges(requirement, link.position)?.item ?? requirement.headRange,
        related: [{ file: target.file, range: target.headRange, ...localized(SUSPECT_LINK_MESSAGES.target, target.id) }],
      })),
    ),
};
