/**
 * Choosing and applying a review, and undoing the last apply.
 * SCAFFOLD (lead): the sync-apply helper replaces this file.
 */
import { ContractError } from '../../shared/errors';
import type { CoreDeps } from '../core/deps';
import type { HandlerSlice } from '../core/handlers';
import type { ShopConnection } from '../connection/shop-connection';
import type { SecretRedactor } from '../secrets/secret-redaction';

export type ApplyCalls = 'setSyncChoices' | 'acceptAllSync' | 'setSyncRowActions' | 'applySync' | 'cancelApply' | 'getLastSync' | 'undoLastSync';

const notYet = (): never => {
  throw new ContractError('rejected', 'Not built yet');
};

export function syncApplyHandlers(_deps: CoreDeps, _connection: ShopConnection, _redactor: SecretRedactor): HandlerSlice<ApplyCalls> {
  return { setSyncChoices: notYet, acceptAllSync: notYet, setSyncRowActions: notYet, applySync: notYet, cancelApply: notYet, getLastSync: notYet, undoLastSync: notYet };
}
