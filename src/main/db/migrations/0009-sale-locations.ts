/**
 * Schema 9: where a sale's stock left from — the Shopify location of its fulfillment order —
 * so the Sales page can say which location sold, and a sale fulfilled from another location
 * than the push location leaves the local stock alone (unless the owner's setting says otherwise).
 */
import type { Migration } from './index';

const up = /* sql */ `
ALTER TABLE sales ADD COLUMN location_id TEXT;
ALTER TABLE sales ADD COLUMN location_name TEXT;
`;

const migration: Migration = { version: 9, name: 'sale locations', up };
export default migration;
