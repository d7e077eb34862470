import { editDistance } from './schemaValidator';

/** The part of a requirement ID before its number: "PORTAL" for "PORTAL-012". */
export function idPrefix(id: string): string {
  const dash = id.lastIndexOf('-');
  return dash > 0 ? id.slice(0, dash) : id;
}

export function idNumber(id: string): number | undefined {
  const match = /-(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** Up to `limit` known IDs close to a mistyped one, nearest first. */
export function suggestIds(wrong: string, candidates: readonly string[], limit = 3): string[] {
  return candidates
    .map((id) => ({ id, d: editDistance(wrong, id) }))
    .filter((c) => c.d <= 2)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((c) => c.id);
}
