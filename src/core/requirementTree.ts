import type { Requirement } from './model';
import type { WordOrder } from './vocabulary';

/**
 * The requirements tree as data: which groups there are, in what order, and which requirements each holds.
 * Pure, so that grouping, sorting and filtering are tested without VS Code and rebuilt in milliseconds.
 */

export type GroupBy = 'document' | 'status' | 'owner' | 'priority' | 'milestone';

export const GROUP_BY_VALUES: readonly GroupBy[] = ['document', 'status', 'owner', 'priority', 'milestone'];

export function isGroupBy(value: unknown): value is GroupBy {
  return (GROUP_BY_VALUES as readonly unknown[]).includes(value);
}

/** The group key of requirements that have no value in the grouped field: the "(none)" group, sorted last. */
export const NONE_KEY = '';

/** Text matches ID, title or description; within owners or statuses any value matches; all parts must match. */
export interface RequirementFilter {
  readonly text: string;
  /** NONE_KEY stands for "no owner". */
  readonly owners: readonly string[];
  /** NONE_KEY stands for "no status". */
  readonly statuses: readonly string[];
}

export const EMPTY_FILTER: RequirementFilter = { text: '', owners: [], statuses: [] };

export function isFilterActive(filter: RequirementFilter): boolean {
  return filter.text.trim() !== '' || filter.owners.length > 0 || filter.statuses.length > 0;
}

/** A requirements document that should be listed even when it has no requirements yet. */
export interface DocumentInfo {
  readonly file: string;
  readonly title?: string;
}

export interface RequirementGroup {
  /** The grouped value; the file key when grouping by document; NONE_KEY for the "(none)" group. */
  readonly key: string;
  /** What to show: the value, or the document's title (its file name when it has none). */
  readonly title: string;
  readonly requirements: readonly Requirement[];
}

export interface RequirementTreeInput {
  readonly requirements: readonly Requirement[];
  readonly groupBy: GroupBy;
  readonly filter?: RequirementFilter;
  readonly vocabularyFor: (file: string) => WordOrder;
  /** Grouping by document without a filter also lists these, so an empty new document can be found. */
  readonly documents?: readonly DocumentInfo[];
}

export function buildRequirementTree(input: RequirementTreeInput): RequirementGroup[] {
  const filter = input.filter ?? EMPTY_FILTER;
  // Sorting once, before grouping, leaves every group sorted.
  const matching = (isFilterActive(filter) ? input.requirements.filter(filterPredicate(filter)) : [...input.requirements]).sort(compareRequirements);
  const groups = new Map<string, Requirement[]>();
  if (input.groupBy === 'document' && !isFilterActive(filter)) {
    for (const document of input.documents ?? []) {
      groups.set(document.file, []);
    }
  }
  for (const requirement of matching) {
    const key = groupKeyOf(requirement, input.groupBy);
    const list = groups.get(key);
    if (list) {
      list.push(requirement);
    } else {
      groups.set(key, [requirement]);
    }
  }
  const titles = input.groupBy === 'document' ? documentTitles(input.documents ?? [], matching) : undefined;
  const rank = groupRanker(input.groupBy, input.vocabularyFor);
  const decorated = [...groups].map(([key, requirements]) => {
    const title = titles?.get(key) ?? key;
    return { key, title, requirements, rank: rank(key, requirements) };
  });
  decorated.sort((a, b) => compareGroups(a, b, input.groupBy));
  return decorated.map(({ key, title, requirements }) => ({ key, title, requirements }));
}

export function groupKeyOf(requirement: Requirement, groupBy: GroupBy): string {
  // Named property reads, not data[groupBy]: this runs for every requirement on every rebuild.
  switch (groupBy) {
    case 'document':
      return requirement.file;
    case 'status':
      return requirement.data.status?.trim() ?? NONE_KEY;
    case 'owner':
      return requirement.data.owner?.trim() ?? NONE_KEY;
    case 'priority':
      return requirement.data.priority?.trim() ?? NONE_KEY;
    case 'milestone':
      return requirement.data.milestone?.trim() ?? NONE_KEY;
  }
}

export function matchesFilter(requirement: Requirement, filter: RequirementFilter): boolean {
  return filterPredicate(filter)(requirement);
}

function filterPredicate(filter: RequirementFilter): (requirement: Requirement) => boolean {
  const text = filter.text.trim().toLowerCase();
  const owners = new Set(filter.owners);
  const statuses = new Set(filter.statuses);
  return (r) =>
    (owners.size === 0 || owners.has(groupKeyOf(r, 'owner'))) &&
    (statuses.size === 0 || statuses.has(groupKeyOf(r, 'status'))) &&
    (text === '' || [r.id, r.data.title, r.data.description].some((s) => s?.toLowerCase().includes(text)));
}

/** A value and how many requirements have it: the choices a filter offers. */
export interface ValueCount {
  readonly value: string;
  readonly count: number;
}

export interface RequirementFilterChoices {
  readonly owners: readonly ValueCount[];
  readonly statuses: readonly ValueCount[];
}

/** The owners and statuses in use, in tree order (statuses by vocabulary), "none" last. */
export function filterChoices(requirements: readonly Requirement[], vocabularyFor: (file: string) => WordOrder): RequirementFilterChoices {
  const count = (groupBy: 'owner' | 'status'): ValueCount[] =>
    buildRequirementTree({ requirements, groupBy, vocabularyFor }).map((g) => ({ value: g.key, count: g.requirements.length }));
  return { owners: count('owner'), statuses: count('status') };
}

/** Orders IDs by prefix, then by number (PORTAL-2 before PORTAL-10); requirements without an ID go last. */
export function compareRequirementIds(a: string, b: string): number {
  return compareIdKeys(idKey(a), idKey(b));
}

/** The last segment of a file key (a URI or a path), decoded: "portal.req.yaml". */
export function fileNameOf(file: string): string {
  const path = file.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

interface IdKey {
  readonly empty: boolean;
  readonly head: string;
  readonly number: number;
  readonly tail: string;
}

const ID_SHAPE = /^(.*?)(\d+)(\D*)$/;

function idKey(id: string): IdKey {
  const match = ID_SHAPE.exec(id);
  return match
    ? { empty: false, head: match[1], number: Number(match[2]), tail: match[3] }
    : { empty: id === '', head: id, number: -1, tail: '' };
}

function compareIdKeys(a: IdKey, b: IdKey): number {
  return (
    Number(a.empty) - Number(b.empty) ||
    compareText(a.head, b.head) ||
    a.number - b.number ||
    compareText(a.tail, b.tail)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parsed ID keys, kept while the requirement object lives: the index replaces requirements only on change. */
const idKeys = new WeakMap<Requirement, IdKey>();

function idKeyOf(requirement: Requirement): IdKey {
  let key = idKeys.get(requirement);
  if (!key) {
    key = idKey(requirement.id);
    idKeys.set(requirement, key);
  }
  return key;
}

/** By ID; duplicates of one ID stay in file and document order, so the order never flickers. */
function compareRequirements(a: Requirement, b: Requirement): number {
  return compareIdKeys(idKeyOf(a), idKeyOf(b)) || compareText(a.file, b.file) || a.index - b.index;
}

interface RankedGroup {
  readonly key: string;
  readonly title: string;
  /** Position in the vocabulary; Infinity for values outside it, which sort by name after those in it. */
  readonly rank: number;
}

function compareGroups(a: RankedGroup, b: RankedGroup, groupBy: GroupBy): number {
  const none = Number(a.key === NONE_KEY) - Number(b.key === NONE_KEY);
  if (none !== 0) {
    return none;
  }
  if (a.rank !== b.rank) {
    return a.rank < b.rank ? -1 : 1;
  }
  if (groupBy === 'document') {
    return a.title.localeCompare(b.title) || compareText(a.key, b.key);
  }
  return compareRequirementIds(a.key, b.key) || compareText(a.key, b.key);
}

/**
 * Status and priority groups follow the vocabulary. Vocabularies are per folder, so a group takes the best
 * rank its value has in the vocabulary of any of its requirements' files.
 */
function groupRanker(groupBy: GroupBy, vocabularyFor: (file: string) => WordOrder): (key: string, requirements: readonly Requirement[]) => number {
  if (groupBy !== 'status' && groupBy !== 'priority') {
    return () => 0;
  }
  const field = groupBy === 'status' ? 'statuses' : 'priorities';
  const cache = new Map<string, readonly string[]>();
  return (key, requirements) => {
    let best = Infinity;
    for (const requirement of requirements) {
      let words = cache.get(requirement.file);
      if (!words) {
        words = vocabularyFor(requirement.file)[field];
        cache.set(requirement.file, words);
      }
      const i = words.indexOf(key);
      if (i !== -1 && i < best) {
        best = i;
      }
    }
    return best;
  };
}

function documentTitles(documents: readonly DocumentInfo[], requirements: readonly Requirement[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const document of documents) {
    titles.set(document.file, document.title?.trim() || fileNameOf(document.file));
  }
  for (const requirement of requirements) {
    if (!titles.has(requirement.file)) {
      titles.set(requirement.file, requirement.document.title?.trim() || fileNameOf(requirement.file));
    }
  }
  return titles;
}
