import type { Rule } from './rule';

const ASSESSED_OR_LATER = ['assessed', 'approved', 'rejected', 'implemented', 'verified'];

/** A CCB cannot weigh a request whose schedule, cost and risk nobody has estimated. */
export const crMissingImpactRule: Rule = {
  id: 'cr-missing-impact',
  defaultSeverity: 'warning',
  description: 'A change request is assessed (or further) but has no impact assessment.',
  scope: 'file',
  check: (file) => {
    const cr = file.changeRequest;
    const status = cr?.data.status;
    if (!cr || !status || !ASSESSED_OR_LATER.includes(status)) {
      return [];
    }
    const impact = cr.data.impact;
    const missing = (['schedule_days', 'cost', 'effort_hours', 'risk'] as const).filter((f) => impact?.[f] === undefined);
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
