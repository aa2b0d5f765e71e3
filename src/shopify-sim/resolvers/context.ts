/** What every resolver gets: the store, the caller's access scopes and the store's side state. */
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { ShopStore } from '../store/shop-store';
import type { IdempotencyLedger } from './idempotency-ledger';
import type { BulkOperations } from './bulk-operations';
import type { SortedViews } from './sorted-views';
import type { StagedUploads } from '../store/staged-uploads';

export interface SimContext {
  store: ShopStore;
  scopes: ReadonlySet<string>;
  idempotency: IdempotencyLedger;
  bulk: BulkOperations;
  views: SortedViews;
  /** Staged upload targets, and this server's origin (media addresses are made from it). */
  uploads: StagedUploads;
  /** The token making the call: bulk operations and idempotency keys are per app. */
  token: string;
  /** Idempotency keys of this request that an earlier, unanswered request holds. */
  keysInFlightElsewhere?: ReadonlySet<string>;
  /** Set while a bulk operation runs its query: connections return every row. */
  unbounded?: boolean;
}

/** `write_x` includes `read_x`, as on Shopify. */
export function hasScope(scopes: ReadonlySet<string>, scope: string): boolean {
  return scopes.has(scope) || (scope.startsWith('read_') && scopes.has(`write_${scope.slice(5)}`));
}

export function requireScope(ctx: SimContext, info: GraphQLResolveInfo, scope: string): void {
  if (hasScope(ctx.scopes, scope)) return;
  const requiredAccess = `\`${scope}\` access scope.`;
  throw new GraphQLError(`Access denied for ${info.fieldName} field. Required access: ${requiredAccess}`, {
    nodes: info.fieldNodes,
    extensions: { code: 'ACCESS_DENIED', documentation: 'https://shopify.dev/api/usage/access-scopes', requiredAccess },
  });
}
