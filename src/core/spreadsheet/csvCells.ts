/**
 * Reads CSV text (RFC 4180: comma separated, `"` quoted, `""` for a quote inside, quoted fields may span lines)
 * into rows of text cells. Lenient where spreadsheet programs are: CRLF, LF or CR line ends, a quote inside an
 * unquoted field kept as text, an unterminated quote running to the end. A leading byte order mark is dropped.
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') {
        i += 1;
      }
    } else {
      field += ch;
    }
    i += 1;
  }
  if (field !== '' || row.length > 0 || quoted) {
    endRow();
  }
  return rows;
}
