/**
 * One product's Shopify work in a step that goes on for the others (linking, SKU
 * regeneration): a failure becomes that product's message, already free of secrets, and a
 * permanent refusal still marks the connection as needing attention.
 */
import { contractErrorOf } from '../../connection/handlers';
import type { ShopConnection } from '../../connection/shop-connection';
import type { SecretRedactor } from '../../secrets/secret-redaction';
import type { ShopifyClient } from '../../shopify/client';

export type Attempt<T> = { ok: true; value: T } | { ok: false; message: string };

export async function attemptOnShopify<T>(connection: ShopConnection, redactor: SecretRedactor, work: (client: ShopifyClient) => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await connection.withShop(work) };
  } catch (error) {
    // withShop has already marked the connection when Shopify refused for good.
    return { ok: false, message: contractErrorOf(error, redactor).message };
  }
}

/** Shopify's userErrors as one sentence, or null when there were none. */
export function userErrorText(errors: readonly { message: string }[] | undefined): string | null {
  return errors && errors.length > 0 ? `Shopify refused: ${errors.map((e) => e.message).join('; ')}` : null;
}
