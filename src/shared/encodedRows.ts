import type { EncodedRows, TableRow } from './protocol';

/**
 * How rows cross from the host to the webview. They take two postMessage hops (extension host → workbench → the
 * webview's frames), and VS Code serialises the message as JSON on the first: 10,000 row objects cost far more
 * there, and in each structured clone after it, than one string that each hop copies whole and the webview parses
 * once. The string is compact too: a row is an array (no repeated property names) and what a document's rows
 * share (its title, path, customer, unsaved state) is written once per document. At 10,000 rows this halves the
 * message and the time from the command to the first rows (scripts/vscodeTest/benchTable.js measures both).
 */

/** What a document's rows share. */
type WireDocument = [doc: number, document: string, path: string, customer: string, dirty: boolean];

/** A row without what its document holds; `document` indexes the message's documents. */
type WireRow = [
  document: number, key: string, id: string, title: string, status: string, priority: string, owner: string,
  milestone: string, due: string, overdue: number, links: readonly string[], changes: readonly string[], records: number, errors: number,
  warnings: number, problems: readonly string[], vocabulary: number, readOnly: string,
  description: string, acceptance: readonly string[], source: string, tags: readonly string[], traced: TableRow['traced'], suspect: readonly string[],
];

interface Wire {
  readonly documents: WireDocument[];
  readonly rows: WireRow[];
}

export function encodeRows(rows: readonly TableRow[]): EncodedRows {
  const documents: WireDocument[] = [];
  const documentIndex = new Map<number, number>();
  const wireRows = rows.map((r): WireRow => {
    let index = documentIndex.get(r.doc);
    if (index === undefined) {
      index = documents.length;
      documentIndex.set(r.doc, index);
      documents.push([r.doc, r.document, r.path, r.customer, r.dirty]);
    }
    return [index, r.key, r.id, r.title, r.status, r.priority, r.owner, r.milestone, r.due, r.overdue, r.links, r.changes, r.records, r.errors, r.warnings, r.problems, r.vocabulary, r.readOnly, r.description, r.acceptance, r.source, r.tags, r.traced, r.suspect];
  });
  const wire: Wire = { documents, rows: wireRows };
  return JSON.stringify(wire) as EncodedRows;
}

/** The host's rows, as encodeRows wrote them (the webview trusts its host; the other direction is validated). */
export function decodeRows(encoded: EncodedRows): TableRow[] {
  const wire = JSON.parse(encoded) as Wire;
  return wire.rows.map(([document, key, id, title, status, priority, owner, milestone, due, overdue, links, changes, records, errors, warnings, problems, vocabulary, readOnly, description, acceptance, source, tags, traced, suspect]): TableRow => {
    const [doc, documentTitle, path, customer, dirty] = wire.documents[document];
    return {
      key, doc, id, title, status, priority, owner, document: documentTitle, path, customer, milestone, due, overdue,
      links, suspect, changes, records, description, acceptance, source, tags, errors, warnings, problems, vocabulary, readOnly, dirty, traced,
    };
  });
}
