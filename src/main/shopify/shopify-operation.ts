/**
 * A GraphQL document the client sends, with what the client needs to know about it: its
 * operation name (to remember what it costs) and whether it is an idempotent write.
 */
export interface ShopifyOperation {
  name: string;
  document: string;
  /** Carries `@idempotent(key: $idempotencyKey)`: every call must bring its key. */
  idempotent: boolean;
}

export function defineOperation(document: string): ShopifyOperation {
  const name = /\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(document)?.[1];
  if (!name) throw new Error('A Shopify operation needs a name (query Name { … })');
  const idempotent = /@idempotent\s*\(\s*key:\s*\$idempotencyKey\s*\)/.test(document);
  return { name, document, idempotent };
}
