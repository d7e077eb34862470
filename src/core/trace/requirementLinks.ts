import type { Range } from '../finding';
import { rangeIn } from '../lineMap';
import type { Requirement } from '../model';
import { linkText, type LinkItem } from './linkStamp';

/** One `links:` item of a requirement as written: its ID, its stamp if any, its position and its text. */
export interface RequirementLink extends LinkItem {
  readonly position: number;
  /** The item as written (`PORTAL-001@1:9c41e07b`): what an edit of it expects to find. */
  readonly text: string;
}

/** Target ID → the IDs of the requirements linking to it: links read backwards, for dependants and "links down". */
export function linkersByTarget(requirements: readonly Requirement[]): Map<string, Set<string>> {
  const linkers = new Map<string, Set<string>>();
  for (const requirement of requirements) {
    for (const target of requirement.data.links ?? []) {
      const from = linkers.get(target) ?? new Set<string>();
      from.add(requirement.id);
      linkers.set(target, from);
    }
  }
  return linkers;
}

/** The requirement's links in order, each with its stamp. */
export function requirementLinks(requirement: Requirement): RequirementLink[] {
  return (requirement.data.links ?? []).map((id, position) => {
    const stamp = requirement.linkStamps?.[position];
    return { id, stamp, position, text: linkText(id, stamp) };
  });
}

/** Where a link item's parts sit: the whole item (quotes included), the ID and the stamp after its `@`. */
export interface LinkRanges {
  readonly item: Range;
  readonly id: Range;
  readonly stamp?: Range;
}

/** The ranges of the link at `position`, or undefined when the file does not locate it. */
export function linkRanges(requirement: Requirement, position: number): LinkRanges | undefined {
  const span = requirement.fields.links;
  const at = 4 + 2 * position;
  const id = requirement.data.links?.[position];
  if (!span || id === undefined || position < 0 || at + 1 >= span.length) {
    return undefined;
  }
  const [start, end] = [span[at], span[at + 1]];
  const stamp = requirement.linkStamps?.[position];
  // An ID holds no character a quoted scalar escapes, nor does a stamp ReqDesk writes: the item is its text, or that in quotes.
  const from = start + (end - start > linkText(id, stamp).length ? 1 : 0);
  const lines = requirement.lines;
  return {
    item: rangeIn(lines, start, end),
    id: rangeIn(lines, from, from + id.length),
    stamp: stamp === undefined ? undefined : rangeIn(lines, from + id.length + 1, from + id.length + 1 + stamp.length),
  };
}
