import { defineMessages, localized } from '../messages';
import type { Rule } from './rule';
import { valueRange } from '../fieldSpans';

export const DUPLICATE_CR_ID_MESSAGES = defineMessages({
  duplicate: 'Duplicate change request ID {0}: {1} change requests use it.',
  alsoHere: '{0} is also used here.',
});

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
      ...localized(DUPLICATE_CR_ID_MESSAGES.duplicate, cr.id, others.length + 1),
      range: valueRange(cr, 'id') ?? cr.range,
      related: others.map((o) => ({ file: o.file, range: valueRange(o, 'id') ?? o.range, ...localized(DUPLICATE_CR_ID_MESSAGES.alsoHere, cr.id) })),
    }];
  },
};
