/** How a value reads, from [value, label] pairs (Vocabulary.statusLabels and the like); the value itself when unlisted. */
export function valueLabel(labels: readonly (readonly [string, string])[] | undefined, value: string): string {
  return labels?.find(([known]) => known === value)?.[1] ?? value;
}
