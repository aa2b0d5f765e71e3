/**
 * Unlinking many products at once, as an owner meets it on the products page: tick linked
 * products (and one that is not linked), Unlink from Shopify, keep both; then tick two more
 * and also delete them on Shopify, after the one confirmation that says how many; and what
 * another window changed meanwhile is followed or reported, never lost.
 */
import { expect, test, type Page } from '@playwright/test';
import { callApp } from './support/app-socket';
import { startStockPushApp, type StockPushApp } from './support/stock-push-app';

/** Products the demo store sells, one variant each, created here with the same SKUs. */
const LINKED = [
  { name: 'Luna sticker', sku: 'STK-LUNA' },
  { name: 'Moth sticker', sku: 'STK-MOTH' },
  { name: 'Fern spiral sticker', sku: 'STK-FERNSPIRAL' },
  { name: 'Mystery sticker pack', sku: 'STK-MYSTERY' },
];
const LOCAL_ONLY = { name: 'Sample postcard', sku: 'CARD-SAMPLE' };
const SHOPIFY_STEP = { timeout: 30_000 };

let app: StockPushApp;
let page: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  app = await startStockPushApp();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app.url);
  await page.getByTestId('nav-integration').click();
  await page.getByTestId('setup-use-demo').click();
  await expect(page.getByTestId('connection-state')).toHaveText('Connected', SHOPIFY_STEP);
  for (const p of [...LINKED, LOCAL_ONLY]) await callApp(app.url, 'createProduct', { name: p.name, variants: [{ sku: p.sku, priceCents: 400, onHand: 20 }] });
  for (const p of LINKED) await app.linkBySku(p.sku);
});

test.afterAll(async () => {
  await page?.close();
  await app?.close();
});

const rowOf = (name: string) => page.locator('[data-testid^="product-row-"]').filter({ hasText: name });
const tick = (name: string) => rowOf(name).locator('[data-testid^="select-product-"]').check();

/** No sideways scroll on the page or in the list (a narrow window leaves columns out), and the selection bar's words are not cut. */
async function expectFits(): Promise<void> {
  const overflow = await page.locator('html').evaluate((html) => {
    const sideways = (selector: string) => {
      const element = html.querySelector(selector);
      return element ? element.scrollWidth - element.clientWidth : 0;
    };
    return { page: html.scrollWidth - html.clientWidth, grid: sideways('[data-testid="products-table"]'), bar: sideways('[data-testid="product-selection-bar"]') };
  });
  expect(overflow).toEqual({ page: 0, grid: 0, bar: 0 });
}

test('tick linked products and one that is not, Unlink, keep both: the links go, both sides keep their products', async ({}, testInfo) => {
  await page.getByTestId('nav-products').click();
  await expect(rowOf('Luna sticker').getByTestId('sync-badge')).toHaveText('Synced');
  await tick('Luna sticker');
  await tick('Moth sticker');
  await tick(LOCAL_ONLY.name);
  await expect(page.getByTestId('selection-count')).toHaveText('3 products selected · 2 linked to Shopify');
  await expectFits();
  await page.screenshot({ path: testInfo.outputPath('selection-1280.png') });

  await page.getByTestId('bulk-unlink').click();
  const dialog = page.getByTestId('bulk-unlink-dialog');
  await expect(dialog.getByRole('heading')).toHaveText('Unlink 2 products from Shopify?');
  await expect(dialog.getByTestId('bulk-unlink-names')).toHaveText('Luna sticker, Moth sticker');
  await expect(dialog.getByTestId('bulk-unlink-not-linked')).toHaveText('1 selected product is not linked and is left as it is.');
  await expect(dialog.getByTestId('unlink-keep-both')).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('unlink-keep-both-1280.png') });
  await dialog.getByTestId('bulk-unlink-dialog-submit').click();

  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('toast-success').filter({ hasText: '2 products unlinked; both sides keep their products.' })).toBeVisible();
  await expect(rowOf('Luna sticker').getByTestId('sync-badge')).toHaveText('Not linked');
  await expect(rowOf('Moth sticker').getByTestId('sync-badge')).toHaveText('Not linked');
  await expect(rowOf('Fern spiral sticker').getByTestId('sync-badge')).toHaveText('Synced');
  // The product that was not linked stays ticked; the unlinked ones leave the selection.
  await expect(page.getByTestId('selection-count')).toHaveText('1 product selected · 0 linked to Shopify');
  await expect(page.getByTestId('bulk-unlink')).toBeDisabled();
  expect(await app.shopifyAvailable('STK-LUNA')).toBeGreaterThanOrEqual(0);
  await page.getByTestId('clear-selection').click();
  await expect(page.getByTestId('product-selection-bar')).toHaveCount(0);
});

test('at 1024×700: also delete on Shopify, after one confirmation that names the count', async ({}, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await tick('Fern spiral sticker');
  await tick('Mystery sticker pack');
  await expect(page.getByTestId('selection-count')).toHaveText('2 products selected · 2 linked to Shopify');
  await expectFits();
  // Too narrow for every column: the Shopify column, which says what is linked, stays.
  await expect(rowOf('Fern spiral sticker').getByTestId('sync-badge')).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('selection-1024.png') });

  await page.getByTestId('bulk-unlink').click();
  const dialog = page.getByTestId('bulk-unlink-dialog');
  await dialog.getByTestId('unlink-delete-on-shopify').check();
  await expect(dialog.getByRole('heading')).toHaveText('Delete 2 products on Shopify?');
  await expect(dialog.getByTestId('bulk-unlink-dialog-submit')).toHaveText('Delete 2 products on Shopify and unlink');
  // Not confirmed yet: nothing happens but the reason.
  await dialog.getByTestId('bulk-unlink-dialog-submit').click();
  await expect(dialog.getByTestId('bulk-unlink-error')).toHaveText('Tick the box to confirm that 2 products should be deleted on Shopify.');
  await dialog.getByTestId('unlink-confirm-delete').check();
  await expect(dialog.getByText('Yes, delete 2 products from my Shopify store. This cannot be undone.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('unlink-delete-1024.png') });
  await dialog.getByTestId('bulk-unlink-dialog-submit').click();

  await expect(dialog).toHaveCount(0, SHOPIFY_STEP);
  await expect(page.getByTestId('toast-success').filter({ hasText: '2 products unlinked and deleted on Shopify.' })).toBeVisible();
  await expect(rowOf('Fern spiral sticker').getByTestId('sync-badge')).toHaveText('Not linked');
  await expect(rowOf('Mystery sticker pack').getByTestId('sync-badge')).toHaveText('Not linked');
  await expect(page.getByTestId('product-selection-bar')).toHaveCount(0);
  // The demo store saves its shop every half second: the two products are gone from it, the others stay.
  await expect.poll(() => app.shopifyAvailable('STK-FERNSPIRAL').then(() => 'there', () => 'gone'), SHOPIFY_STEP).toBe('gone');
  await expect(app.shopifyAvailable('STK-MYSTERY')).rejects.toThrow();
  expect(await app.shopifyAvailable('STK-MOTH')).toBeGreaterThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('after-delete-1024.png') });
});

test('changes made elsewhere meanwhile: the bar follows an unlink, and a product deleted since is named with why', async ({}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.linkBySku('STK-LUNA');
  await app.linkBySku('STK-MOTH');
  await expect(rowOf('Luna sticker').getByTestId('sync-badge')).toHaveText('Synced');
  await tick('Luna sticker');
  await tick('Moth sticker');
  await tick('Fern spiral sticker');
  await expect(page.getByTestId('selection-count')).toHaveText('3 products selected · 2 linked to Shopify');

  // Another window unlinks one and deletes the other.
  const productOf = async (sku: string) => (await callApp(app.url, 'findVariantsBySku', { sku }))[0]!.productId;
  await callApp(app.url, 'unlinkProduct', { productId: await productOf('STK-LUNA'), deleteOnShopify: false });
  await expect(page.getByTestId('selection-count')).toHaveText('3 products selected · 1 linked to Shopify');
  const moth = await productOf('STK-MOTH');
  await callApp(app.url, 'deleteProduct', { id: moth });
  await expect(rowOf('Moth sticker')).toHaveCount(0);

  await page.getByTestId('bulk-unlink').click();
  const dialog = page.getByTestId('bulk-unlink-dialog');
  await expect(dialog.getByRole('heading')).toHaveText('Unlink 1 product from Shopify?');
  await expect(dialog.getByTestId('bulk-unlink-not-linked')).toHaveText('2 selected products are not linked and are left as they are.');
  await dialog.getByTestId('bulk-unlink-dialog-submit').click();
  await expect(dialog.getByRole('heading')).toHaveText('1 product could not be unlinked');
  await expect(dialog.getByTestId('bulk-unlink-result')).toHaveText('0 products unlinked. These stay as they were and stay selected:');
  await expect(dialog.getByTestId('bulk-unlink-failures')).toHaveText(`Moth sticker: Product ${moth} does not exist (deleted?).`);
  await page.screenshot({ path: testInfo.outputPath('unlink-failures-1280.png') });
  await dialog.getByTestId('bulk-unlink-dialog-submit').click();
  await expect(dialog).toHaveCount(0);
  await page.getByTestId('clear-selection').click();
  await expect(page.getByTestId('product-selection-bar')).toHaveCount(0);
});

test('Select all ticks every product the search and filters find', async () => {
  await tick('Luna sticker');
  await page.getByTestId('select-all-found').click();
  await expect(page.getByTestId('selection-count')).toHaveText('4 products selected · 0 linked to Shopify');
  await expect(page.getByTestId('select-all-found')).toHaveCount(0);
  await page.getByTestId('clear-selection').click();
});
