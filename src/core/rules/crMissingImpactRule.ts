import { missingImpactFields, statusMeaning } from '../changeRequests/workflow';
import { COMMON_MESSAGES, defineMessages, localized, phrase } from '../messages';
import type { Rule } from './rule';
import { keyRange, valueRange } from '../fieldSpans';

export const CR_MISSING_IMPACT_MESSAGES = defineMessages({
  /** {0}: the change request's ID (or "This change request"), {1}: its status, {2}: the missing impact fields. */
  lacks: '{0} is {1} but its impact lacks {2}.',
  none: '{0} is {1} but has no impact assessment (schedule_days, cost, effort_hours, resources, risk).',
});

/** A CCB cannot weigh a request whose schedule, cost and risk nobody has estimated: the assess transition asks for them. */
export const crMissingImpactRule: Rule = {
  id: 'cr-missing-impact',
  defaultSeverity: 'warning',
  description: 'A change request is assessed (or further) but has no impact assessment.',
  scope: 'file',
  check: (file) => {
    const cr = file.changeRequest;
    const status = cr?.data.status;
    if (!cr || !statusMeaning(status)?.assessed) {
      return [];
    }
    const impact = cr.data.impact;
    const missing = missingImpactFields(impact);
    if (missing.length === 0) {
      return [];
    }
    const name = cr.id || phrase(COMMON_MESSAGES.thisChangeRequest);
    return [{
      ...(impact
        ? localized(CR_MISSING_IMPACT_MESSAGES.lacks, name, status ?? '', missing.join(', '))
        : localized(CR_MISSING_IMPACT_MESSAGES.none, name, status ?? '')),
      range: keyRange(cr, 'impact') ?? valueRange(cr, 'status') ?? cr.range,
    }];
  },
};
