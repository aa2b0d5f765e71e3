/**
 * Linking ("map") and unlinking, the sync counts, and SKU regeneration.
 * SCAFFOLD (lead): the sync-links helper replaces this file.
 */
import { ContractError } from '../../shared/errors';
import type { CoreDeps } from '../core/deps';
import type { HandlerSlice } from '../core/handlers';
import type { ShopConnection } from '../connection/shop-connection';
import type { SecretRedactor } from '../secrets/secret-redaction';

export type LinkCalls = 'linkProducts' | 'linkAllBySku' | 'unlinkProduct' | 'searchShopifyProducts' | 'getSyncCounts' | 'previewSkus' | 'regenerateSkus';

const notYet = (): never => {
  throw new ContractError('rejected', 'Not built yet');
};

export function syncLinkHandlers(_deps: CoreDeps, _connection: ShopConnection, _redactor: SecretRedactor): HandlerSlice<LinkCalls> {
  return { linkProducts: notYet, linkAllBySku: notYet, unlinkProduct: notYet, searchShopifyProducts: notYet, getSyncCounts: notYet, previewSkus: notYet, regenerateSkus: notYet };
}
