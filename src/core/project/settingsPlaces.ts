import { isSeq, type Node } from 'yaml';
import type { Range } from '../finding';
import type { LineMap } from '../lineMap';
import { resolvePath } from '../yamlPath';

/**
 * Where the values that project rules point at and the items the project views open sit in reqdesk.yaml, by their
 * path (`milestones/0/payment/invoiced`, `project/documents/2/path`, `milestones/1`). Kept with the parsed file
 * because the YAML document is not.
 */
export type SettingsPlaces = Readonly<Record<string, Range>>;

export const PROJECT_PATH = 'project';

export function milestonePath(index: number): string {
  return `milestones/${index}`;
}

export function documentPath(index: number): string {
  return `project/documents/${index}`;
}

export function milestoneInvoicedPath(index: number): string {
  return `milestones/${index}/payment/invoiced`;
}

export function documentPathPath(index: number): string {
  return `project/documents/${index}/path`;
}

export function settingsPlaces(root: Node, lineMap: LineMap): SettingsPlaces {
  const places: Record<string, Range> = {};
  // The project section is placed at its `project:` key, the line a reader looks for; values at their own text.
  const place = (path: string, at: 'key' | 'value' = 'value'): void => {
    const target = resolvePath(root, path.split('/'));
    const range = (at === 'key' ? target.key : target.node)?.range;
    if (range) {
      places[path] = lineMap.range(range[0], range[1]);
    }
  };
  place(PROJECT_PATH, 'key');
  for (const i of itemIndexes(root, ['milestones'])) {
    place(milestonePath(i));
    place(milestoneInvoicedPath(i));
  }
  for (const i of itemIndexes(root, ['project', 'documents'])) {
    place(documentPath(i));
    place(documentPathPath(i));
  }
  return places;
}

function itemIndexes(root: Node, segments: readonly string[]): number[] {
  const list = resolvePath(root, segments).node;
  return isSeq(list) ? list.items.map((_, i) => i) : [];
}
