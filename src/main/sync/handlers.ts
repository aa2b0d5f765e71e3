/**
 * Product sync's part of the contract: compare (and cancel it), read the stored review, and
 * check SKUs. Every failure leaves as a ContractError that has passed the secret redactor.
 */
import type { CoreDeps } from '../core/deps';
import type { HandlerSlice } from '../core/handlers';
import { redactingFailures } from '../connection/handlers';
import type { ShopConnection } from '../connection/shop-connection';
import type { SecretRedactor } from '../secrets/secret-redaction';
import { CatalogCompare } from './compare/compare-run';
import { reviewHeader, reviewIssues, reviewProduct, reviewRows } from './review/review-store';
import { listActivity } from './activity-log';
import { choiceTallyInTurns } from './review/choice-tally';

type SyncCalls = 'compareCatalog' | 'cancelCompare' | 'getSyncReview' | 'getSyncReviewProduct' | 'checkSkus' | 'listSyncActivity';

export function productSyncHandlers(deps: CoreDeps, connection: ShopConnection, redactor: SecretRedactor): HandlerSlice<SyncCalls> {
  const compare = new CatalogCompare(deps, connection);
  const safely = redactingFailures(redactor);
  return {
    compareCatalog: (input) => safely(compare.compare(input.readMode)),
    cancelCompare: () => compare.cancel(),
    async getSyncReview(input) {
      const header = reviewHeader(deps.db, input.reviewId);
      const tally = await choiceTallyInTurns(deps.db, header.reviewId);
      return {
        ...header,
        issues: reviewIssues(deps.db, header.reviewId, input.issuesOffset, input.issuesLimit),
        rows: reviewRows(deps.db, header.reviewId, input.section, input.offset, input.limit),
        tally,
      };
    },
    getSyncReviewProduct(input) {
      const header = reviewHeader(deps.db, input.reviewId);
      return reviewProduct(deps.db, header.reviewId, input.key);
    },
    checkSkus: () => safely(compare.checkSkus()),
    listSyncActivity: (input) => listActivity(deps.db, input),
  };
}
