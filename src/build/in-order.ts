// Runs tasks with a bounded number at once and hands each result on in the order of the items, as soon
// as it and every one before it are done: results stream, and only those waiting for an earlier one are held.
export async function inOrder<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>, done: (result: R) => void): Promise<void> {
  const waiting = new Map<number, R>();
  let next = 0;
  let flushed = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      waiting.set(i, await task(items[i]));
      while (waiting.has(flushed)) {
        const result = waiting.get(flushed)!;
        waiting.delete(flushed++);
        done(result);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(width, 1), items.length) }, lane));
}
