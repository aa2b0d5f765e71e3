/**
 * Every call in the contract refuses malformed input with `invalid_input`, a message a
 * person can read, and no change at all to what is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callNames, type CallName } from '../../src/shared/contract';
import { ContractError } from '../../src/shared/errors';
import { openTestShop, type TestShop } from '../support/catalog-core';

const good = { id: 1, variantId: 1, productId: 1 };

/** For each call: malformed inputs, and the field each one's message should name. */
const malformed: Record<CallName, [input: unknown, mentions: string][]> = {
  listProducts: [
    [{ limit: 0 }, 'limit'],
    [{ sort: { field: 'colour' } }, 'sort.field'],
    [{ status: 'deleted' }, 'status'],
    ['everything', 'expected object'],
  ],
  getProduct: [
    [{}, 'id'],
    [{ id: -1 }, 'id'],
    [{ id: 1, extra: true }, 'extra'],
  ],
  createProduct: [
    [{ name: '   ' }, 'A product needs a name'],
    [{ name: 'Tee', variants: [] }, 'A product needs at least one variant'],
    [{ name: 'Tee', optionNames: ['a', 'b', 'c', 'd'] }, 'A product has at most 3 options'],
    [{ name: 'Tee', variants: [{ priceCents: 12.5 }] }, 'variants.0.priceCents'],
    [{ name: 'Tee', variants: [{ onHand: -1 }] }, 'variants.0.onHand'],
    [{ name: 'Tee', listingStatus: 'hidden' }, 'listingStatus'],
  ],
  updateProduct: [
    [{ id: 1 }, 'changes'],
    [{ id: 1, changes: { name: '' } }, 'A product needs a name'],
    [{ id: 1, changes: { colour: 'red' } }, 'colour'],
    [{ id: 1, changes: { internal: { cogsCents: -5 } } }, 'changes.internal.cogsCents'],
    [{ id: 1, changes: { seoTitle: 'x'.repeat(256) } }, 'A page title can be at most 255 characters'],
    [{ id: 1, changes: { seoDescription: 'x'.repeat(321) } }, 'A meta description can be at most 320 characters'],
  ],
  deleteProduct: [
    [{ id: 'one' }, 'id'],
    [null, 'expected object'],
  ],
  addProductImage: [
    [{ ...pick('productId'), fileName: 'moth.png' }, 'dataBase64'],
    [{ ...pick('productId'), fileName: 'moth.png', dataBase64: '' }, 'The image file is empty'],
    [{ ...pick('productId'), fileName: 'moth.png', dataBase64: 'not base64!' }, 'The image data must be base64 text'],
    [{ ...pick('productId'), fileName: ' ', dataBase64: 'iVBORw0KGgo=' }, 'Give the image\u2019s file name'],
    [{ ...pick('productId'), fileName: 'moth.png', dataBase64: 'A'.repeat(28_000_000) }, 'An image can be at most 20 MB'],
    [{ fileName: 'moth.png', dataBase64: 'iVBORw0KGgo=' }, 'productId'],
  ],
  updateProductImage: [
    [{ ...pick('id') }, 'Give new alt text or a new position'],
    [{ ...pick('id'), position: -1 }, 'Positions start at 0'],
    [{ ...pick('id'), alt: 'x'.repeat(513) }, 'Alt text can be at most 512 characters'],
    [{ ...pick('id'), colour: 'red' }, 'colour'],
  ],
  removeProductImage: [
    [{}, 'id'],
    [{ id: 1.5 }, 'id'],
  ],
  createVariant: [
    [{}, 'productId'],
    [{ productId: 1, components: [{ componentVariantId: 2, quantity: 1 }, { componentVariantId: 2, quantity: 3 }] }, 'A component is listed twice'],
    [{ productId: 1, optionValues: [''] }, 'Option values cannot be blank'],
  ],
  updateVariant: [
    [{ id: 1, changes: { priceCents: '12' } }, 'changes.priceCents'],
    [{ id: 1, changes: { onHand: 5 } }, 'onHand'],
    [{ id: 1, changes: { compareAtPriceCents: -100 } }, 'Compare-at price cannot be negative'],
    [{ id: 1, changes: { compareAtPriceCents: 12.5 } }, 'Compare-at price must be a whole number of cents'],
  ],
  deleteVariant: [[{ id: 0 }, 'id']],
  findVariantsBySku: [
    [{ sku: '   ' }, 'Give a SKU'],
    [{}, 'sku'],
  ],
  adjustStock: [
    [{ ...pick('variantId'), delta: 0, reason: 'x' }, 'A change of 0 does nothing'],
    [{ ...pick('variantId'), delta: 2, reason: ' ' }, 'Say why the stock changed'],
    [{ ...pick('variantId'), delta: 1.5, reason: 'x' }, 'delta'],
    [{ ...pick('variantId'), delta: 1, reason: 'x', kind: 'stocktake' }, 'kind'],
  ],
  setStock: [
    [{ ...pick('variantId'), onHand: -3 }, 'onHand'],
    [{ ...pick('variantId') }, 'onHand'],
  ],
  listStockMovements: [
    [{ limit: 501 }, 'limit'],
    [{ variantId: 'a' }, 'variantId'],
  ],
  addCommitment: [
    [{ ...pick('variantId'), quantity: 0, reference: 'PO' }, 'Commit at least 1 unit'],
    [{ ...pick('variantId'), quantity: 1, reference: '' }, 'Give the wholesale order a reference'],
  ],
  closeCommitment: [[{}, 'id']],
  listCommitments: [
    [{}, 'productId'],
    [{ productId: 1, includeClosed: 'yes' }, 'includeClosed'],
  ],
  getSettings: [[{ currency: 'EUR' }, 'currency']],
  setSettings: [
    [{ currency: 'euro' }, 'Use a three-letter currency code such as USD'],
    [{ pushIntervalMinutes: 0 }, 'pushIntervalMinutes'],
    [{ theme: 'dark' }, 'theme'],
  ],
  verifyConnection: [
    [{ kind: 'token', shop: ' ', accessToken: 'not-a-real-token' }, 'Give your shop\u2019s address'],
    [{ kind: 'password', shop: 'a.myshopify.com' }, 'kind'],
  ],
  connect: [[{ kind: 'client_credentials', shop: 'a.myshopify.com', clientId: 'id', clientSecret: ' ' }, 'Paste the app\u2019s client secret']],
  disconnect: [[{ now: true }, 'now']],
  getConnection: [[{ shop: 'a' }, 'shop']],
  listLocations: [[{ all: true }, 'all']],
  // ---- stock push ----
  getStockRule: [[{}, 'productId']],
  setStockRule: [
    [{ ...pick('productId'), kind: 'fixed' }, 'Give the quantity N'],
    [{ ...pick('productId'), kind: 'sometimes' }, 'kind'],
    [{ ...pick('productId'), quantity: -1 }, 'quantity'],
  ],
  pushNow: [[{ force: true }, 'force']],
  getPushStatus: [[{ verbose: 1 }, 'verbose']],
  listPushLog: [
    [{ result: 'exploded' }, 'result'],
    [{ since: 'last tuesday' }, 'Give a date such as 2026-11-01'],
    [{ limit: 0 }, 'limit'],
  ],
  exportPushLogCsv: [[{ until: 'soon' }, 'Give a date such as 2026-11-01']],
  setStockSyncPaused: [[{}, 'paused']],
  previewStockLocationChange: [[{ locationId: ' ' }, 'Choose a location']],
  changeStockLocation: [[{ locationId: ' ' }, 'Choose a location']],
  bulkSyncStock: [
    [{}, 'Choose products, SKUs, or all'],
    [{ skus: [''] }, 'skus.0'],
  ],
  activateAtLocation: [[{ variantId: 0 }, 'variantId']],
  resolveStockDifference: [[{ ...pick('variantId'), keep: 'both' }, 'keep']],
  listShopifyChanges: [[{ productId: 'one' }, 'productId']],
  auditStock: [[{ all: true }, 'all']],
  getStockAudit: [[{ since: 'today' }, 'since']],
  // ---- product sync ----
  compareCatalog: [
    [{ readMode: 'quickly' }, 'readMode'],
    [{ dryRun: true }, 'dryRun'],
  ],
  cancelCompare: [[{ reviewId: 1 }, 'reviewId']],
  getSyncReview: [
    [{ section: 'mismatched' }, 'section'],
    [{ limit: 501 }, 'limit'],
    [{ reviewId: 0 }, 'reviewId'],
  ],
  getSyncReviewProduct: [
    [{}, 'key'],
    [{ key: '  ' }, 'Give the row key of a product in the review'],
  ],
  checkSkus: [[{ side: 'shopify' }, 'side']],
  setSyncChoices: [
    [{ choices: [] }, 'Give at least one choice'],
    [{ choices: [{ differenceId: 'p1/name', side: 'mine' }] }, 'choices.0.side'],
    [{ choices: [{ side: 'shopify' }] }, 'choices.0.differenceId'],
  ],
  acceptAllSync: [
    [{}, 'side'],
    [{ side: 'stockpilot', section: 'everything' }, 'section'],
    [{ side: 'shopify', rowKeys: [] }, 'rowKeys'],
  ],
  setSyncRowActions: [
    [{ action: 'create' }, 'Give either rowKeys or a section'],
    [{ action: 'publish', section: 'only_shopify' }, 'action'],
    [{ action: 'import', section: 'different' }, 'section'],
  ],
  setSyncVariantActions: [
    [{ choices: [] }, 'Give at least one variant'],
    [{ choices: [{ rowKey: 'p1-s7', variantKey: 'v3', action: 'publish' }] }, 'choices.0.action'],
  ],
  leaveAllOneSided: [[{ section: 'only_shopify' }, 'section']],
  applySync: [
    [{ reviewId: 'latest' }, 'reviewId'],
    [{ rowKeys: [] }, 'rowKeys'],
  ],
  cancelApply: [[{ runId: 1 }, 'runId']],
  getLastSync: [[{ runId: 1 }, 'runId']],
  getSyncState: [[{ reviewId: 1 }, 'reviewId']],
  undoLastSync: [[{ runId: 1 }, 'runId']],
  linkProducts: [
    [{ links: [] }, 'Give at least one product to link'],
    [{ links: [{ productId: 1, shopifyProductId: '  ' }] }, 'Choose the Shopify product'],
    [{ links: [{ productId: 1, shopifyProductId: 'gid://shopify/Product/1', variants: [{ variantId: 1 }] }] }, 'links.0.variants.0.shopifyVariantId'],
  ],
  linkAllBySku: [[{ reviewId: -2 }, 'reviewId']],
  unlinkProduct: [
    [{ productId: 1 }, 'deleteOnShopify'],
    [{ productId: 1, deleteOnShopify: 'yes' }, 'deleteOnShopify'],
  ],
  unlinkProducts: [
    [{ productIds: [], deleteOnShopify: false }, 'Choose at least one product to unlink'],
    [{ productIds: [1, 'two'], deleteOnShopify: false }, 'productIds'],
    [{ productIds: [1] }, 'deleteOnShopify'],
  ],
  searchShopifyProducts: [
    [{ limit: 51 }, 'limit'],
    [{ query: 7 }, 'query'],
  ],
  getSyncCounts: [[{ all: true }, 'all']],
  previewSkus: [
    [{ productIds: [], pattern: {} }, 'Choose at least one product'],
    [{ productIds: [1], pattern: { prefix: 'A M!' } }, 'A prefix holds letters and digits only'],
    [{ productIds: [1], pattern: { counterDigits: 9 } }, 'pattern.counterDigits'],
  ],
  regenerateSkus: [
    [{ productIds: [1] }, 'pattern'],
    [{ productIds: [1], pattern: { separator: '/' } }, 'pattern.separator'],
  ],
  listSyncActivity: [
    [{ kind: 'export' }, 'kind'],
    [{ limit: 0 }, 'limit'],
  ],
  // ---- order import ----
  previewOrderImport: [
    [{ since: '01/11/2026' }, 'Give the date as YYYY-MM-DD'],
    [{ since: '2026-02-30' }, 'That day does not exist on the calendar'],
    [{ until: '2026-11-01' }, 'until'],
  ],
  importOrders: [
    [{ since: 'yesterday' }, 'Give the date as YYYY-MM-DD'],
    [{ skipOtherCurrencies: 'yes' }, 'skipOtherCurrencies'],
    [{ includeTestOrders: 1 }, 'includeTestOrders'],
  ],
  getOrderImportStatus: [[{ verbose: true }, 'verbose']],
  listSales: [
    [{ channel: 'etsy' }, 'channel'],
    [{ from: '2026-11-05', to: '2026-11-01' }, 'The "from" day must come before the "to" day'],
    [{ limit: 0 }, 'limit'],
  ],
  getSale: [[{ id: 'sale' }, 'id']],
  getSalesSummary: [
    [{ from: '2026-13-01' }, 'That day does not exist on the calendar'],
    [{ channel: 'market' }, 'channel'],
  ],
  listUnmatchedOrderLines: [[{ saleId: 1 }, 'saleId']],
  mapOrderLine: [
    [{ lineId: 1 }, 'variantId'],
    [{ variantId: 1 }, 'lineId'],
    [{ lineId: 0, variantId: 1 }, 'lineId'],
  ],
};

function pick<K extends keyof typeof good>(key: K): Pick<typeof good, K> {
  return { [key]: good[key] } as Pick<typeof good, K>;
}

let shop: TestShop;
beforeAll(() => {
  shop = openTestShop({ demoCatalog: true });
});
afterAll(() => shop.close());

/** Everything stored, as one comparable value. */
function storedState(): unknown {
  const tables = shop.query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  return Object.fromEntries(tables.map(({ name }) => [name, shop.query(`SELECT * FROM "${name}" ORDER BY 1`)]));
}

describe('the contract refuses malformed input', () => {
  it('covers every call', () => {
    expect(Object.keys(malformed).sort()).toEqual([...callNames].sort());
  });

  for (const name of callNames) {
    it(`${name}: invalid_input, a readable message, nothing written`, async () => {
      const before = storedState();
      shop.events.length = 0;
      for (const [input, mentions] of malformed[name]) {
        const error = await shop.core.call(name, input).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, `${name} accepted ${JSON.stringify(input)}`).toBeInstanceOf(ContractError);
        const { code, message, issues } = error as ContractError;
        expect(code).toBe('invalid_input');
        expect(message).toMatch(new RegExp(`^Invalid input for ${name}: `));
        expect(`${message} ${issues.map((i) => i.path).join(' ')}`).toContain(mentions);
      }
      expect(storedState()).toEqual(before);
      expect(shop.events).toEqual([]);
    });
  }
});

describe('a call refused by a rule of the shop writes nothing either', () => {
  const refusals: [string, () => Promise<unknown>][] = [
    ['opening stock on an auto-stock product', () => shop.core.call('createProduct', { name: 'Gift box', autoStock: true, variants: [{ sku: 'A' }, { sku: 'B', onHand: 3 }] })],
    [
      'a component that does not exist, after other variants were written',
      () =>
        shop.core.call('createProduct', {
          name: 'Pack',
          autoStock: true,
          optionNames: ['Size'],
          variants: [{ optionValues: ['S'] }, { optionValues: ['L'], components: [{ componentVariantId: 999_999, quantity: 1 }] }],
        }),
    ],
    ['a file that is not an image, whatever its name', () => shop.core.call('addProductImage', { productId: 1, fileName: 'moth.png', dataBase64: Buffer.from('just text').toString('base64') })],
    ['a stocktake on a bundle', async () => shop.core.call('setStock', { variantId: (await shop.core.call('findVariantsBySku', { sku: 'BND-PIN-PAIR' }))[0]!.id, onHand: 1 })],
  ];

  for (const [what, attempt] of refusals) {
    it(what, async () => {
      const before = storedState();
      shop.events.length = 0;
      await expect(attempt()).rejects.toMatchObject({ code: 'rejected' });
      expect(storedState()).toEqual(before);
      expect(shop.events).toEqual([]);
    });
  }
});
