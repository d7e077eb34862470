/**
 * Columns a string takes in a terminal: East Asian wide and full-width characters (Chinese, Japanese, Korean,
 * full-width punctuation, most emoji) take two, combining marks and zero-width characters none.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    width += charWidth(char.codePointAt(0) ?? 0);
  }
  return width;
}

/** Pads with spaces on the right up to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFEFF]$/u;

const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

function charWidth(code: number): number {
  if (code < 0x300) {
    return code < 0x20 || (code >= 0x7f && code < 0xa0) ? 0 : 1;
  }
  if (ZERO_WIDTH.test(String.fromCodePoint(code))) {
    return 0;
  }
  return WIDE.some(([low, high]) => code >= low && code <= high) ? 2 : 1;
}
