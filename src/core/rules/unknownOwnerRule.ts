import { closest } from '../schemaValidator';
import type { Rule } from './rule';

/** Only meaningful once the project has a roster; with none, any owner is accepted. */
export const unknownOwnerRule: Rule = {
  id: 'unknown-owner',
  defaultSeverity: 'warning',
  description: 'An owner is not in the roster of reqdesk.yaml.',
  scope: 'file',
  check: (file, context) => {
    const roster = context.settings.roster;
    if (roster.length === 0) {
      return [];
    }
    const ids = roster.map((m) => m.id);
    return file.requirements.flatMap((r) => {
      const owner = r.data.owner?.trim();
      if (!owner || ids.includes(owner)) {
        return [];
      }
      const byName = roster.find((m) => m.name?.toLowerCase() === owner.toLowerCase());
      const guess = byName?.id ?? closest(owner, ids);
      return [{
        message: `Owner '${owner}' is not in the roster (reqdesk.yaml).${guess ? ` Did you mean '${guess}'?` : ` Known: ${ids.join(', ')}.`}`,
        range: r.fields.owner?.value ?? r.headRange,
      }];
    });
  },
};
