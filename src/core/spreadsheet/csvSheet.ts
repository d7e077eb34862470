import { analyse } from 'chardet';
import { csvRows } from './csvCells';
import type { SheetCells } from './workbookCells';

/** A CSV file read as a one-sheet workbook, and the encoding its bytes were read in. */
export interface CsvSheet {
  readonly sheet: SheetCells;
  /** `utf-8`, or the legacy encoding detected (`gb18030` for what Chinese Excel saves as "CSV"). */
  readonly encoding: string;
}

/** How much chardet's confidence in GB18030 may trail another guess and still win: short Chinese text reads as EUC-KR as well. */
const GB18030_MARGIN = 10;

/**
 * Reads CSV bytes: UTF-8 (with or without a byte order mark) when they are valid UTF-8, else the encoding chardet
 * finds, GB18030 first among near guesses since it is what Excel in Chinese saves (GBK is a subset of it). Every
 * cell is text, as the file holds it (`007` stays `007`); the sheet is named after the file.
 */
export function csvSheet(bytes: Uint8Array, name: string): CsvSheet {
  const encoding = csvEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes);
  const rows = csvRows(text).map((row) => row.map((cell) => (cell === '' ? null : cell)));
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) {
    rows.pop();
  }
  return { sheet: { name, rows: rows.map(trimmed), merges: [], hidden: false }, encoding };
}

function csvEncoding(bytes: Uint8Array): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    const guesses = analyse(bytes).filter((guess) => decodable(guess.name));
    const gb18030 = guesses.find((guess) => guess.name === 'GB18030');
    const best = gb18030 && gb18030.confidence + GB18030_MARGIN >= (guesses[0]?.confidence ?? 0) ? gb18030 : guesses[0];
    return best ? best.name.toLowerCase() : 'gb18030';
  }
}

function decodable(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

/** Rows end at their last non-empty cell, as the workbook reader gives them. */
function trimmed(row: (string | null)[]): (string | null)[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) {
    end -= 1;
  }
  return row.slice(0, end);
}
