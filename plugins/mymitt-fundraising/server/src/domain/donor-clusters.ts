import { signalKeys } from './donor-key';

/**
 * FEC-03 across many gifts: two rows belong to one donor when they share ANY signal (address key,
 * email key, supporter account, card fingerprint), and that relation is transitive (gift A shares an
 * address with B, B was paid with the card of C: one person). A union-find over the signals names each
 * donor by one representative signal. No database here.
 */
export interface KeyedRow {
  donorKey: string | null;
  donorEmailKey: string | null;
  userId?: number | null;
  cardFingerprint?: string | null;
}

const keysOf = (row: KeyedRow) =>
  signalKeys({ byAddress: row.donorKey, byEmail: row.donorEmailKey, userId: row.userId, cardFingerprint: row.cardFingerprint });

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
  for (const row of rows) {
    const keys = keysOf(row);
    keys.forEach((key) => parent.has(key) || parent.set(key, key));
    for (const key of keys.slice(1)) {
      const [a, b] = [find(keys[0]), find(key)];
      // The smaller key wins, so the name of a donor does not depend on the order rows came in.
      if (a !== b) a < b ? parent.set(b, a) : parent.set(a, b);
    }
  }
  /** The donor a row belongs to; null for a row without any signal. */
  return (row: KeyedRow): string | null => {
    const [key] = keysOf(row);
    return key && parent.has(key) ? find(key) : null;
  };
}
