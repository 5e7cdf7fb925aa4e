import type { PlanItem } from '../model/types.js';

/** An item with the items nested under it by code. */
export interface ItemNode {
  item: PlanItem;
  children: ItemNode[];
}

/**
 * Nests items by their code: `1-1` and `1-2` go under `1`, `1-1-1` under `1-1`.
 * The parent is `item.parentCode`, or the code up to its last `-` when that is
 * absent. An item whose parent is not among the given items is a root. Order is
 * kept: roots and children appear in the order of the input. When two items
 * share a code, children go under the first.
 *
 * @param items - the items to nest (not modified)
 * @returns the root nodes, each holding its children
 * @example
 * nestByCode([item('1'), item('1-1'), item('2')]).map((n) => [n.item.code, n.children.length])
 * //=> [['1', 1], ['2', 0]]
 */
export function nestByCode(items: readonly PlanItem[]): ItemNode[] {
  const nodes = items.map((item) => ({ item, children: [] as ItemNode[] }));
  const byCode = new Map<string, ItemNode>();
  for (const node of nodes) if (!byCode.has(node.item.code)) byCode.set(node.item.code, node);
  const roots: ItemNode[] = [];
  for (const node of nodes) {
    const parent = byCode.get(parentCodeOf(node.item));
    if (parent && parent !== node && !isAncestor(node, parent, byCode)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function parentCodeOf(item: PlanItem): string {
  if (item.parentCode !== undefined) return item.parentCode;
  const dash = item.code.lastIndexOf('-');
  return dash > 0 ? item.code.slice(0, dash) : '';
}

/** Guards against cycles in hand-written parent codes (`a` → `b` → `a`). */
function isAncestor(node: ItemNode, candidate: ItemNode, byCode: Map<string, ItemNode>): boolean {
  // Codes nest a few levels deep: walk up without bookkeeping first, and only track the path when it is long.
  let current: ItemNode | undefined = candidate;
  for (let steps = 0; current && steps < 32; steps++) {
    if (current === node) return true;
    current = byCode.get(parentCodeOf(current.item));
  }
  if (!current) return false;
  const seen = new Set<ItemNode>();
  current = candidate;
  while (current && !seen.has(current)) {
    if (current === node) return true;
    seen.add(current);
    current = byCode.get(parentCodeOf(current.item));
  }
  return false;
}
