import { isSeq, type Node } from 'yaml';
import type { Range } from '../finding';
import type { LineMap } from '../lineMap';
import { resolvePath } from '../yamlPath';

/**
 * Where the values that project rules point at sit in reqdesk.yaml, by their path (`milestones/0/payment/invoiced`,
 * `project/documents/2/path`). Kept with the parsed file because the YAML document is not.
 */
export type SettingsPlaces = Readonly<Record<string, Range>>;

export function milestoneInvoicedPath(index: number): string {
  return `milestones/${index}/payment/invoiced`;
}

export function documentPathPath(index: number): string {
  return `project/documents/${index}/path`;
}

export function settingsPlaces(root: Node, lineMap: LineMap): SettingsPlaces {
  const places: Record<string, Range> = {};
  const place = (path: string): void => {
    const range = resolvePath(root, path.split('/')).node?.range;
    if (range) {
      places[path] = lineMap.range(range[0], range[1]);
    }
  };
  itemIndexes(root, ['milestones']).forEach((i) => place(milestoneInvoicedPath(i)));
  itemIndexes(root, ['project', 'documents']).forEach((i) => place(documentPathPath(i)));
  return places;
}

function itemIndexes(root: Node, segments: readonly string[]): number[] {
  const list = resolvePath(root, segments).node;
  return isSeq(list) ? list.items.map((_, i) => i) : [];
}
