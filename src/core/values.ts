/** Narrowing of untrusted YAML values. The schema reports wrong types; these keep the model well typed meanwhile. */

export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value;
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

export function asStringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) {
    return undefined;
  }
  // Nearly always every item is a string already: keep the array the parser built (it is not shared).
  if (value.every((item) => typeof item === 'string')) {
    return value as string[];
  }
  const strings: string[] = [];
  for (const item of value) {
    const s = asString(item);
    if (s !== undefined) {
      strings.push(s);
    }
  }
  return strings;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Copies only the defined entries, so that absent fields stay absent (not `undefined` keys). */
export function defined<T extends object>(value: T): T {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) {
      out[key] = value[key];
    }
  }
  return out as T;
}
