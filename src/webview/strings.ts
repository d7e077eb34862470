/** The UI strings the host sent (translated there with vscode.l10n), with `{0}` placeholders filled in. */
let strings: Readonly<Record<string, string>> = {};
let numberFormat = new Intl.NumberFormat();

export function setStrings(next: Readonly<Record<string, string>>, locale: string): void {
  strings = next;
  try {
    numberFormat = new Intl.NumberFormat(locale);
  } catch {
    numberFormat = new Intl.NumberFormat();
  }
}

export function t(key: string, ...args: readonly (string | number)[]): string {
  const template = strings[key] ?? key;
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => {
    const arg = args[Number(n)];
    return arg === undefined ? whole : typeof arg === 'number' ? numberFormat.format(arg) : arg;
  });
}

/** A value's label the host sent under `key` (a status in the UI language), else the value as written. */
export function labelOr(key: string, value: string): string {
  return Object.hasOwn(strings, key) ? strings[key] : value;
}
