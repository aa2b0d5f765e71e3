/**
 * Which orders an import asks for: created since a day (the owner's, the last import's, or
 * the first full day of the 60 Shopify shows without `read_all_orders`), and whether part
 * of that range is out of reach. Days are UTC days.
 */
import type { SinceReason } from '../../shared/orders';

export const ORDER_WINDOW_DAYS = 60;
const DAY_MS = 86_400_000;

export interface ImportWindow {
  since: string;
  sinceReason: SinceReason;
  olderOrdersUnreachable: boolean;
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const startOfDay = (day: string) => `${day}T00:00:00Z`;

export function importWindow(now: Date, given: string | undefined, lastImportAt: string | null, readAllOrders: boolean): ImportWindow {
  const windowStart = now.getTime() - ORDER_WINDOW_DAYS * DAY_MS;
  const unreachable = (day: string) => !readAllOrders && Date.parse(startOfDay(day)) < windowStart;
  if (given) return { since: given, sinceReason: 'given', olderOrdersUnreachable: unreachable(given) };
  if (lastImportAt) {
    const day = dayOf(Date.parse(lastImportAt));
    return { since: day, sinceReason: 'last_import', olderOrdersUnreachable: unreachable(day) };
  }
  // The first whole day inside the window: nothing in it is hidden.
  const firstDay = dayOf(Math.ceil(windowStart / DAY_MS) * DAY_MS);
  return { since: firstDay, sinceReason: 'window_default', olderOrdersUnreachable: false };
}

/** Shopify's search for orders created on or after the first day. */
export const createdSince = (day: string) => `created_at:>='${startOfDay(day)}'`;
/**
 * Shopify's search for orders changed since a moment (the automatic import's, and
 * cancellations'). Inclusive: an order changed in the same second as the newest one seen
 * is not missed, and the one seen again is skipped as already imported.
 */
export const updatedSince = (iso: string) => `updated_at:>='${iso}'`;
