import type { Rule } from './rule';

export const duplicateChangeRequestIdRule: Rule = {
  id: 'duplicate-cr-id',
  defaultSeverity: 'error',
  description: 'Two change request files use the same ID.',
  scope: 'workspace',
  check: (file, context) => {
    const cr = file.changeRequest;
    if (!cr?.id) {
      return [];
    }
    const others = context.changeRequestsWithId(cr.id).filter((c) => c !== cr);
    if (others.length === 0) {
      return [];
    }
    return [{
      message: `Duplicate change request ID ${cr.id}: ${others.length + 1} change requests use it.`,
      range: cr.fields.id?.value ?? cr.range,
      related: others.map((o) => ({ file: o.file, range: o.fields.id?.value ?? o.range, message: `${cr.id} is also used here.` })),
    }];
  },
};
