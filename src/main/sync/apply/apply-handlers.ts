/**
 * Choosing and applying a review, and undoing the last apply: the contract's calls over the
 * review choices, the apply run and the undo. Failures leave as ContractErrors that have
 * passed the secret redactor.
 */
import type { CoreDeps } from '../../core/deps';
import type { HandlerSlice } from '../../core/handlers';
import { redactingFailures } from '../../connection/handlers';
import type { ShopConnection } from '../../connection/shop-connection';
import type { SecretRedactor } from '../../secrets/secret-redaction';
import { SyncApply } from './apply-run';
import { setChoices, setRowActions } from '../review/review-choices';
import { acceptAllInTurns, choiceTallyInTurns } from '../review/choice-tally';
import { reviewHeader } from '../review/review-store';
import { leaveAllOneSided, setVariantActions } from '../review/one-sided-choices';
import { lastSync, undoLastRun } from './undo-run';
import { syncState } from './sync-state';

export type ApplyCalls = 'setSyncChoices' | 'acceptAllSync' | 'setSyncRowActions' | 'setSyncVariantActions' | 'leaveAllOneSided' | 'applySync' | 'cancelApply' | 'getLastSync' | 'getSyncState' | 'undoLastSync';

export function syncApplyHandlers(deps: CoreDeps, connection: ShopConnection, redactor: SecretRedactor): HandlerSlice<ApplyCalls> {
  const runs = new SyncApply(deps, connection, redactor);
  const reviewOf = (reviewId: number | undefined) => reviewHeader(deps.db, reviewId).reviewId;
  const safely = redactingFailures(redactor);
  return {
    setSyncChoices(input) {
      const reviewId = reviewOf(input.reviewId);
      setChoices(deps.db, reviewId, input.choices);
      return choiceTallyInTurns(deps.db, reviewId);
    },
    async acceptAllSync(input) {
      const reviewId = reviewOf(input.reviewId);
      await acceptAllInTurns(deps.db, reviewId, input);
      return choiceTallyInTurns(deps.db, reviewId);
    },
    setSyncRowActions(input) {
      const reviewId = reviewOf(input.reviewId);
      setRowActions(deps.db, reviewId, input);
      return choiceTallyInTurns(deps.db, reviewId);
    },
    setSyncVariantActions(input) {
      const reviewId = reviewOf(input.reviewId);
      setVariantActions(deps.db, reviewId, input.choices);
      return choiceTallyInTurns(deps.db, reviewId);
    },
    leaveAllOneSided(input) {
      const reviewId = reviewOf(input.reviewId);
      leaveAllOneSided(deps.db, reviewId);
      return choiceTallyInTurns(deps.db, reviewId);
    },
    applySync: (input, ctx) => safely(runs.apply(input, ctx.actor)),
    cancelApply: () => runs.cancel(),
    getLastSync: () => lastSync(deps.db),
    getSyncState: () => syncState(deps.db, runs),
    undoLastSync: (_input, ctx) => safely(runs.exclusive('undo', () => undoLastRun(deps, () => connection.client(), (e) => runs.messageOf(e), ctx.actor))),
  };
}
