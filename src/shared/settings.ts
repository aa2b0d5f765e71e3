/** The app's settings: one typed record, stored row by row in SQLite. */
import { z } from 'zod';

export const Settings = z.object({
  /** ISO 4217 code of the shop's business currency; amounts are never converted. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD'),
  /** Variants at or below this many available units are flagged as low stock. */
  lowStockThreshold: z.number().int().min(0).max(100_000),
  /** Minutes between scheduled stock pushes. */
  pushIntervalMinutes: z.number().int().min(1).max(1440),
  /** Push 0 for untracked variants so Shopify shows them as sold out. */
  soldOutOverride: z.boolean(),
  /** The owner's "Sync stock to Shopify" switch. */
  stockSyncPaused: z.boolean(),
  /** Shopify location (GID) that receives stock pushes. */
  locationId: z.string().nullable(),
  /** Order sync: Shopify's sales, cancellations and refunds come in by themselves, every minute. */
  autoImportOrders: z.boolean(),
  /** A sale fulfilled from another location than the push location also lowers local stock. */
  otherLocationSalesMoveStock: z.boolean(),
  /** A change to available in Shopify Admin that no order explains is taken as a stocktake, without asking. */
  takeShopifyCorrections: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  currency: 'USD',
  lowStockThreshold: 3,
  pushIntervalMinutes: 2,
  soldOutOverride: false,
  stockSyncPaused: false,
  locationId: null,
  autoImportOrders: true,
  otherLocationSalesMoveStock: false,
  takeShopifyCorrections: false,
};

export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
