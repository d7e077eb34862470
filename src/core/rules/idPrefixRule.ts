import { idPrefix } from '../idSuggestions';
import { defineMessages, localized } from '../messages';
import type { Rule } from './rule';
import { valueRange } from '../fieldSpans';

export const ID_PREFIX_MESSAGES = defineMessages({
  /** {2}: the ID with the document's prefix, e.g. PORTAL-007. */
  mismatch: "ID {0} does not match this document's prefix {1}: expected {2}.",
});

export const idPrefixRule: Rule = {
  id: 'id-prefix-mismatch',
  defaultSeverity: 'warning',
  description: "A requirement ID does not start with its document's prefix.",
  scope: 'file',
  check: (file) => {
    const prefix = file.header.prefix;
    if (!prefix) {
      return [];
    }
    return file.requirements
      .filter((r) => r.id && /^[A-Z][A-Z0-9_]*-[0-9]+$/.test(r.id) && idPrefix(r.id) !== prefix)
      .map((r) => ({
        ...localized(ID_PREFIX_MESSAGES.mismatch, r.id, prefix, `${prefix}-${r.id.slice(r.id.lastIndexOf('-') + 1)}`),
        range: valueRange(r, 'id') ?? r.headRange,
      }));
  },
};
