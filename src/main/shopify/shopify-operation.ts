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

/**
 * `fragments`: documents of shared fragments (one `fragment Name on Type` each, kept in
 * operations/fragments/) that the operation spreads; each is sent along with it. A fragment
 * the operation does not spread is refused here, since Shopify refuses an unused fragment.
 */
export function defineOperation(document: string, ...fragments: string[]): ShopifyOperation {
  const name = /\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(document)?.[1];
  if (!name) throw new Error('A Shopify operation needs a name (query Name { … })');
  for (const fragment of fragments) {
    const fragmentName = /\bfragment\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(fragment.replace(/#.*$/gm, ''))?.[1];
    if (!fragmentName) throw new Error(`${name}: a shared fragment document needs a fragment (fragment Name on Type { … })`);
    if (!new RegExp(`\\.\\.\\.\\s*${fragmentName}\\b`).test(document)) throw new Error(`${name} does not use the fragment ${fragmentName} it was given`);
  }
  const idempotent = /@idempotent\s*\(\s*key:\s*\$idempotencyKey\s*\)/.test(document);
  return { name, document: [document, ...fragments].join('\n'), idempotent };
}
