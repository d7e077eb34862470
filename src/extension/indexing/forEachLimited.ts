/**
 * Runs `action` over `items`, at most `limit` at once (the file system calls of an extension are round trips to
 * the workbench: many in flight hide their latency). Every item runs even if one fails; then the first error is
 * thrown.
 */
export async function forEachLimited<T>(items: readonly T[], limit: number, action: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      try {
        await action(item);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (errors.length > 0) {
    throw errors[0];
  }
}
