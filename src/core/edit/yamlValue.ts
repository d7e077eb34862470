/** A plain value the edit functions write: what YAML's core schema reads back. */
export type YamlValue = string | number | boolean | null | readonly YamlValue[] | { readonly [key: string]: YamlValue };

export type YamlScalar = string | number | boolean | null;

export type YamlMapping = { readonly [key: string]: YamlValue };

export type YamlCollection = readonly YamlValue[] | YamlMapping;

export function isYamlList(value: YamlValue): value is readonly YamlValue[] {
  return Array.isArray(value);
}

export function isYamlMapping(value: YamlValue): value is YamlMapping {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function isYamlScalar(value: YamlValue): value is YamlScalar {
  return value === null || typeof value !== 'object';
}

/** Deep equality of plain parsed values; key order does not matter, list order does. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]));
}
