/**
 * Product sync's part of the contract: compare (and cancel it), read the stored review, and
 * check SKUs. Every failure leaves as a ContractError that has passed the secret redactor.
 */
import type { CoreDeps } from '../core/deps';
import type { HandlerSlice } from '../core/handlers';
import { loadConnectionRecord } from '../connection/connection-record';
import { contractErrorOf } from '../connection/handlers';
import type { ShopConnection } from '../connection/shop-connection';
import type { SecretRedactor } from '../secrets/secret-redaction';
import { loadSettings } from '../settings/settings-store';
import { CatalogCompare } from './compare-run';
import { readLocalCatalog } from './local-catalog-read';
import { reviewHeader, reviewIssues, reviewProduct, reviewRows } from './review-store';
import { checkSkus } from './sku-check';

type SyncCalls = 'compareCatalog' | 'cancelCompare' | 'getSyncReview' | 'getSyncReviewProduct' | 'checkSkus';

export function productSyncHandlers(deps: CoreDeps, connection: ShopConnection, redactor: SecretRedactor): HandlerSlice<SyncCalls> {
  const compare = new CatalogCompare(deps, connection);
  const guarded =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await run(...args);
      } catch (error) {
        throw contractErrorOf(error, redactor);
      }
    };
  return {
    compareCatalog: guarded((input) => compare.compare(input.readMode)),
    cancelCompare: () => compare.cancel(),
    getSyncReview(input) {
      const header = reviewHeader(deps.db, input.reviewId);
      return {
        ...header,
        issues: reviewIssues(deps.db, header.reviewId, input.issuesOffset, input.issuesLimit),
        rows: reviewRows(deps.db, header.reviewId, input.section, input.offset, input.limit),
      };
    },
    getSyncReviewProduct(input) {
      const header = reviewHeader(deps.db, input.reviewId);
      return reviewProduct(deps.db, header.reviewId, input.key);
    },
    checkSkus: guarded(async () => {
      const { soldOutOverride } = loadSettings(deps.db, deps.log);
      const connected = loadConnectionRecord(deps.db, deps.log) !== null;
      const shopify = connected ? (await compare.readShopify('auto', new AbortController().signal, () => undefined)).products : null;
      return checkSkus(readLocalCatalog(deps.db, soldOutOverride), shopify);
    }),
  };
}
