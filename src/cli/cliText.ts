export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Text from the files made safe for one terminal line: line breaks and tabs become spaces and other control
 * characters (which could carry terminal escape sequences) are dropped.
 */
export function singleLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\t\r\n]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
}
