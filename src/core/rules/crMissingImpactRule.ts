import { missingImpactFields, statusMeaning } from '../changeRequests/workflow';
import type { Rule } from './rule';

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
    return [{
      message: impact
        ? `${cr.id || 'This change request'} is ${status} but its impact lacks ${missing.join(', ')}.`
        : `${cr.id || 'This change request'} is ${status} but has no impact assessment (schedule_days, cost, effort_hours, resources, risk).`,
      range: cr.fields.impact?.key ?? cr.fields.status?.value ?? cr.range,
    }];
  },
};
