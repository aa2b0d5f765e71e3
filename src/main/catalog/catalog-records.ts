/** Row shapes of the catalog tables, as SQLite returns them. */
export interface ProductRecord {
  id: number;
  name: string;
  description_html: string;
  vendor: string;
  category: string;
  option_names: string;
  status: 'active' | 'inactive';
  listing_status: 'active' | 'draft' | 'archived' | 'unlisted';
  track_inventory: 0 | 1;
  auto_stock: 0 | 1;
  tags: string;
  seo_title: string;
  seo_description: string;
  cogs_cents: number | null;
  material_cost_cents: number | null;
  labor_cents: number | null;
  markup_percent: number | null;
  wholesale_price_cents: number | null;
  commission_rate_percent: number | null;
  retail_listed: 0 | 1;
  consignment_stock: number;
  shopify_product_id: string | null;
  sync_state: 'unlinked' | 'synced' | 'out_of_sync' | 'error';
  sync_error: string | null;
  last_synced_at: string | null;
  variant_count: number;
  skus_json: string;
  price_min_cents: number | null;
  price_max_cents: number | null;
  on_hand: number;
  committed: number;
  available: number;
  created_at: string;
  updated_at: string;
}

export interface VariantRecord {
  id: number;
  product_id: number;
  position: number;
  sku: string;
  price_cents: number;
  option_values: string;
  barcode: string;
  compare_at_price_cents: number | null;
  on_hand: number;
  committed: number;
  image_id: number | null;
  shopify_variant_id: string | null;
  shopify_inventory_item_id: string | null;
}

export const parseJsonArray = (json: string): string[] => JSON.parse(json) as string[];

/** The columns behind a product's own descriptive fields (those the owner edits and Shopify also has). */
export type ProductFieldColumns = Pick<
  ProductRecord,
  'name' | 'description_html' | 'vendor' | 'category' | 'option_names' | 'status' | 'listing_status' | 'track_inventory' | 'auto_stock' | 'tags' | 'seo_title' | 'seo_description'
>;

/** The product columns behind ProductFieldColumns, for the reads that list them. */
export const PRODUCT_FIELD_COLUMNS = 'name, description_html, vendor, category, option_names, status, listing_status, track_inventory, auto_stock, tags, seo_title, seo_description';

/** A product row's own fields as the contract names them; the one mapping the product view and the sync's reads share. */
export function productFields(p: ProductFieldColumns) {
  return {
    name: p.name,
    descriptionHtml: p.description_html,
    vendor: p.vendor,
    category: p.category,
    optionNames: parseJsonArray(p.option_names),
    status: p.status,
    listingStatus: p.listing_status,
    trackInventory: p.track_inventory === 1,
    autoStock: p.auto_stock === 1,
    tags: parseJsonArray(p.tags),
    seoTitle: p.seo_title,
    seoDescription: p.seo_description,
  };
}
