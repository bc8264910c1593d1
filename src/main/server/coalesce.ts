/**
 * Collapse bursts of identical events: the first goes out at once, repeats
 * within `windowMs` are merged into one trailing delivery. A burst of 300
 * votes becomes a handful of "results changed" pushes, not 300.
 */
export function coalescer<T>(deliver: (item: T) => void, keyOf: (item: T) => string, windowMs = 40) {
  const cooling = new Map<string, { pending: T | null; timer: ReturnType<typeof setTimeout> }>();
  const cool = (key: string) => {
    const timer = setTimeout(() => {
      const entry = cooling.get(key);
      cooling.delete(key);
      if (entry?.pending) {
        deliver(entry.pending);
        cool(key);
        cooling.get(key)!.pending = null;
      }
    }, windowMs);
    cooling.set(key, { pending: null, timer });
  };
  return {
    push(item: T) {
      const key = keyOf(item);
      const entry = cooling.get(key);
      if (entry) {
        entry.pending = item;
        return;
      }
      deliver(item);
      cool(key);
    },
    dispose() {
      for (const { timer } of cooling.values()) clearTimeout(timer);
      cooling.clear();
    },
  };
}
