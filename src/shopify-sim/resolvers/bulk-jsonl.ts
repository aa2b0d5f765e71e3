/**
 * Turns a bulk query's result tree into Shopify's JSONL: every connection node is its own
 * line, nested ones carry `__parentId` (the id of the node they hang under), and the
 * connection wrappers (`edges`, `node`) disappear.
 */
type Json = Record<string, unknown>;

const isConnection = (value: unknown): value is { edges: { node: Json }[] } =>
  typeof value === 'object' && value !== null && Array.isArray((value as { edges?: unknown }).edges);

export function flattenToJsonl(data: Json): { jsonl: string; objectCount: number; rootObjectCount: number } {
  const lines: string[] = [];
  let rootObjectCount = 0;
  const emit = (node: Json, parentId: string | undefined) => {
    const own: Json = {};
    const children: Json[][] = [];
    collect(node, own, children);
    if (parentId !== undefined) own.__parentId = parentId;
    lines.push(JSON.stringify(own));
    const id = typeof node.id === 'string' ? node.id : undefined;
    for (const list of children) for (const child of list) emit(child, id);
  };
  for (const value of Object.values(data)) {
    if (isConnection(value)) {
      for (const edge of value.edges) {
        rootObjectCount++;
        emit(edge.node, undefined);
      }
    }
  }
  return { jsonl: lines.length ? `${lines.join('\n')}\n` : '', objectCount: lines.length, rootObjectCount };
}

/** Copies a node's own fields, setting nested connections aside (at any object depth). */
function collect(source: Json, into: Json, children: Json[][]): void {
  for (const [key, value] of Object.entries(source)) {
    if (isConnection(value)) {
      children.push(value.edges.map((e) => e.node));
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const nested: Json = {};
      collect(value as Json, nested, children);
      into[key] = nested;
    } else {
      into[key] = value;
    }
  }
}
