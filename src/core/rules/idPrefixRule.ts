import { idPrefix } from '../idSuggestions';
import type { Rule } from './rule';

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
        message: `ID ${r.id} does not match this document's prefix ${prefix}: expected ${prefix}-${r.id.slice(r.id.lastIndexOf('-') + 1)}.`,
        range: r.fields.id?.value ?? r.headRange,
      }));
  },
};
