import { fnv1a } from '../fnv1a';
import { REQUIREMENT_FIELDS, type RequirementData, type RequirementField } from '../model';

/**
 * The version of the stamp's algorithm, written before its colon: `PORTAL-001@1:9c41e07b`. A later ReqDesk that
 * fingerprints differently writes another version, and a stamp of a version it does not know is reported, never
 * compared (it would make every link suspect at once).
 */
export const LINK_STAMP_VERSION = '1';

const READABLE_STAMP = /^1:[0-9a-f]{8}$/;

/** A `links:` item: the ID it links to, and the target's stamp as last reviewed when the item is `ID@stamp`. */
export interface LinkItem {
  readonly id: string;
  readonly stamp?: string;
}

/** Splits a `links:` item at its first `@`; a bare ID has no stamp. */
export function splitLink(item: string): LinkItem {
  const at = item.indexOf('@');
  return at === -1 ? { id: item } : { id: item.slice(0, at), stamp: item.slice(at + 1) };
}

/**
 * The stamps of a requirement's `links:` items, by position (undefined for a bare ID), or undefined when no item
 * has one: most requirements never stamp, and the index keeps nothing for them.
 */
export function linkStamps(items: readonly string[] | undefined): (string | undefined)[] | undefined {
  const stamps = items?.map((item) => splitLink(item).stamp);
  return stamps?.some((stamp) => stamp !== undefined) ? stamps : undefined;
}

/** The text of a `links:` item. */
export function linkText(id: string, stamp: string | undefined): string {
  return stamp === undefined ? id : `${id}@${stamp}`;
}

/**
 * A new `links:` list that keeps the stamp of every link that stays: replacing the whole list (`reqdesk set …
 * links`, a change request's proposed links) must not make reviewed links look never reviewed.
 */
export function keepLinkStamps(current: unknown, next: readonly string[]): string[] {
  const stamps = new Map<string, string>();
  for (const item of Array.isArray(current) ? current : []) {
    const link = typeof item === 'string' ? splitLink(item) : undefined;
    if (link?.stamp !== undefined) {
      stamps.set(link.id, link.stamp);
    }
  }
  return next.map((item) => (item.includes('@') ? item : linkText(item, stamps.get(item))));
}

/** Whether this ReqDesk can compare the stamp: version 1 and 8 lower-case hex digits. */
export function isReadableStamp(stamp: string): boolean {
  return READABLE_STAMP.test(stamp);
}

/**
 * The stamp of a requirement as a link to it is reviewed now: version, colon, FNV-1a over the reviewed fields'
 * values as JSON (`[field, value]` pairs in the requirement fields' order, a missing field as null, so that adding
 * one counts). It reads parsed values, so formatting, comments, key order, quoting and block style never count; the
 * trailing line breaks of a text are dropped too, since a block scalar (`|`, `>`) ends with one that the same text
 * written plain or quoted does not have.
 */
export function linkStamp(data: Readonly<RequirementData>, fields: readonly RequirementField[]): string {
  const pairs = REQUIREMENT_FIELDS.filter((field) => fields.includes(field)).map((field) => [field, reviewedValue(data[field])]);
  return `${LINK_STAMP_VERSION}:${fnv1a(JSON.stringify(pairs))}`;
}

function reviewedValue(value: string | readonly string[] | undefined): string | string[] | null {
  if (value === undefined) {
    return null;
  }
  return typeof value === 'string' ? value.trimEnd() : value.map((item) => item.trimEnd());
}
