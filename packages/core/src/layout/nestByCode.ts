import type { PlanItem } from '../model/types.js';

/** An item with the items nested under it by code. */
export interface ItemNode {
  item: PlanItem;
  children: ItemNode[];
}

/**
 * Nests items by their code: `1-1` and `1-2` go under `1`, `1-1-1` under `1-1`.
 * The parent is `item.parentCode`, or the code up to its last `-` when that is
 * absent. An item whose parent is not among the given items, or that has no
 * parent code (nor a code: a table without codes), is a root. Order is kept:
 * roots and children appear in the order of the input. When two items share a
 * code, children go under the first.
 *
 * @param items - the items to nest (not modified)
 * @returns the root nodes, each holding its children
 * @example
 * nestByCode([item('1'), item('1-1'), item('2')]).map((n) => [n.item.code, n.children.length])
 * //=> [['1', 1], ['2', 0]]
 */
export function nestByCode(items: readonly PlanItem[]): ItemNode[] {
  const n = items.length;
  const nodes: ItemNode[] = new Array(n);
  const byCode = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    nodes[i] = { item, children: [] };
    if (!byCode.has(item.code)) byCode.set(item.code, i);
  }
  // The node each item would go under by its code (-1: none), worked out once; then links, not strings, are walked.
  // No code names no parent: items without one (a table with no コード column) are all roots.
  const parentOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const parentCode = parentCodeOf(items[i]!);
    parentOf[i] = parentCode === '' ? -1 : (byCode.get(parentCode) ?? -1);
  }
  const roots: ItemNode[] = [];
  for (let i = 0; i < n; i++) {
    const parent = parentOf[i]!;
    if (parent >= 0 && parent !== i && !isAncestor(i, parent, parentOf))
      nodes[parent]!.children.push(nodes[i]!);
    else roots.push(nodes[i]!);
  }
  return roots;
}

function parentCodeOf(item: PlanItem): string {
  if (item.parentCode !== undefined) return item.parentCode;
  const dash = item.code.lastIndexOf('-');
  return dash > 0 ? item.code.slice(0, dash) : '';
}

/** Whether `node` is `candidate` or above it: guards against cycles in hand-written parent codes (`a` → `b` → `a`). */
function isAncestor(node: number, candidate: number, parentOf: Int32Array): boolean {
  // Codes nest a few levels deep: walk up without bookkeeping first, and only track the path when it is long.
  let current = candidate;
  for (let steps = 0; current >= 0 && steps < 32; steps++) {
    if (current === node) return true;
    current = parentOf[current]!;
  }
  if (current < 0) return false;
  const seen = new Set<number>();
  for (current = candidate; current >= 0 && !seen.has(current); current = parentOf[current]!) {
    if (current === node) return true;
    seen.add(current);
  }
  return false;
}
