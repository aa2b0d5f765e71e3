/**
 * Choosing and applying a review, and undoing the last apply.
 * SCAFFOLD (lead): the sync-apply helper replaces this file.
 */
import { ContractError } from '../../shared/errors';
import type { CoreDeps } from '../core/deps';
import type { HandlerSlice } from '../core/handlers';
import type { ShopConnection } from '../connection/shop-connection';
import type { SecretRedactor } from '../secrets/secret-redaction';
import { acceptAll, choiceTally, setChoices, setRowActions } from './review-choices';
import { reviewHeader } from './review-store';

export type ApplyCalls = 'setSyncChoices' | 'acceptAllSync' | 'setSyncRowActions' | 'applySync' | 'cancelApply' | 'getLastSync' | 'undoLastSync';

const notYet = (): never => {
  throw new ContractError('rejected', 'Not built yet');
};

export function syncApplyHandlers(deps: CoreDeps, _connection: ShopConnection, _redactor: SecretRedactor): HandlerSlice<ApplyCalls> {
  const reviewOf = (reviewId: number | undefined) => reviewHeader(deps.db, reviewId).reviewId;
  return {
    setSyncChoices(input) {
      const reviewId = reviewOf(input.reviewId);
      setChoices(deps.db, reviewId, input.choices);
      return choiceTally(deps.db, reviewId);
    },
    acceptAllSync(input) {
      const reviewId = reviewOf(input.reviewId);
      acceptAll(deps.db, reviewId, input);
      return choiceTally(deps.db, reviewId);
    },
    setSyncRowActions(input) {
      const reviewId = reviewOf(input.reviewId);
      setRowActions(deps.db, reviewId, input);
      return choiceTally(deps.db, reviewId);
    },
    applySync: notYet, cancelApply: notYet, getLastSync: notYet, undoLastSync: notYet };
}
