import { idPrefix } from '../idSuggestions';
import { cellText } from './fieldCells';
import type { ColumnMapping, SheetHeader } from './columnMapping';
import type { SheetCells } from './workbookCells';

/** The pattern of the requirements schema's `document.prefix`. */
export const PREFIX_PATTERN = /^[A-Z][A-Z0-9_]*$/;
const FALLBACK_PREFIX = 'REQ';

/**
 * The prefix to propose for an imported sheet: the one most of its IDs already use (`PORTAL-001` → PORTAL), else
 * the file's name made into a prefix (`acme portal.xlsx` → ACME_PORTAL), else REQ. CR is taken by change requests.
 */
export function importPrefix(sheet: SheetCells, header: SheetHeader, mapping: readonly ColumnMapping[], fileName: string): string {
  const idColumn = mapping.find((m) => m.target.kind === 'field' && m.target.field === 'id')?.column;
  const counts = new Map<string, number>();
  if (idColumn !== undefined) {
    for (const row of sheet.rows.slice(header.row + 1)) {
      const id = cellText(row[idColumn] ?? null).trim();
      if (/^[A-Z][A-Z0-9_]*-[0-9]+$/.test(id)) {
        counts.set(idPrefix(id), (counts.get(idPrefix(id)) ?? 0) + 1);
      }
    }
  }
  const common = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const fromName = fileName
    .replace(/\.[^.]*$/, '')
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9_]+/g, '_')
    .replace(/^[^A-Z]+|_+$/g, '')
    .slice(0, 20);
  return [common, fromName].find((p) => p !== undefined && PREFIX_PATTERN.test(p) && p !== 'CR') ?? FALLBACK_PREFIX;
}
