/**
 * FEC-03 across many gifts: two ledger rows belong to one donor when EITHER of their keys matches, and
 * that relation is transitive (gift A shares an address with B, B shares an email with C: one person).
 * A union-find over the keys names each donor by one representative key. No database here.
 */
export interface KeyedRow {
  donorKey: string | null;
  donorEmailKey: string | null;
}

export function donorClusters(rows: KeyedRow[]) {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps later finds short.
    let node = key;
    while (parent.get(node) !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const add = (key: string) => {
    if (!parent.has(key)) parent.set(key, key);
  };
  for (const row of rows) {
    const keys = [row.donorKey && `a:${row.donorKey}`, row.donorEmailKey && `e:${row.donorEmailKey}`].filter(Boolean) as string[];
    keys.forEach(add);
    if (keys.length === 2) {
      const [a, b] = [find(keys[0]), find(keys[1])];
      // The smaller key wins, so the name of a donor does not depend on the order rows came in.
      if (a !== b) a < b ? parent.set(b, a) : parent.set(a, b);
    }
  }
  /** The donor a row belongs to; null for a row without any key. */
  return (row: KeyedRow): string | null => {
    const key = row.donorKey ? `a:${row.donorKey}` : row.donorEmailKey ? `e:${row.donorEmailKey}` : null;
    return key && parent.has(key) ? find(key) : null;
  };
}
