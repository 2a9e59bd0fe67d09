/**
 * A memo for values worked out from a string (a name, an entity's Arabic form): names recur
 * within and across articles, so each is worked out once; the table is cleared when it holds
 * `limit` keys, which bounds it on hostile input and long-running processes.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const table = new Map<string, T>();
  return (key) => {
    let value = table.get(key);
    if (value === undefined) {
      value = compute(key);
      if (table.size >= limit) table.clear();
      table.set(key, value);
    }
    return value;
  };
}
