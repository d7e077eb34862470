import { valueRange } from '../fieldSpans';
import { defineMessages, localized } from '../messages';
import { milestoneName, milestoneOf } from '../project/milestones';
import type { Rule } from './rule';

export const UNKNOWN_MILESTONE_MESSAGES = defineMessages({
  /** {0}: the milestone as written, {1}: the declared ids. */
  unknown: "Unknown milestone '{0}': reqdesk.yaml declares {1}.",
});

/** Only where reqdesk.yaml declares milestones: without them, a milestone is free text. */
export const unknownMilestoneRule: Rule = {
  id: 'unknown-milestone',
  defaultSeverity: 'warning',
  description: "A requirement's milestone is not one of the milestones reqdesk.yaml declares.",
  scope: 'file',
  check: (file, context) => {
    const declared = context.settings.milestones;
    if (declared.length === 0) {
      return [];
    }
    return file.requirements.flatMap((r) => {
      const name = milestoneName(r);
      if (name === undefined || milestoneOf(r, context.settings)) {
        return [];
      }
      return [{ ...localized(UNKNOWN_MILESTONE_MESSAGES.unknown, name, declared.map((m) => m.id).join(', ')), range: valueRange(r, 'milestone') ?? r.headRange }];
    });
  },
};
