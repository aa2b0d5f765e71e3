/** The access scopes Stockpilot asks for, and what stops working without each. */
import type { MissingScope } from '../../shared/connection';

export const REQUIRED_SCOPES: readonly MissingScope[] = [
  { scope: 'read_products', stopsWorking: 'product sync' },
  { scope: 'write_products', stopsWorking: 'product sync' },
  { scope: 'write_inventory', stopsWorking: 'stock push' },
  { scope: 'read_locations', stopsWorking: 'choosing a location' },
  { scope: 'read_orders', stopsWorking: 'order import' },
];

/** As on Shopify, `write_x` includes `read_x`. */
export function hasScope(granted: readonly string[], scope: string): boolean {
  return granted.includes(scope) || (scope.startsWith('read_') && granted.includes(`write_${scope.slice('read_'.length)}`));
}

export function missingScopes(granted: readonly string[]): MissingScope[] {
  return REQUIRED_SCOPES.filter((s) => !hasScope(granted, s.scope));
}

/** "write_inventory (stock push), read_orders (order import)". */
export function describeMissingScopes(missing: readonly MissingScope[]): string {
  return missing.map((m) => `${m.scope} (${m.stopsWorking})`).join(', ');
}
