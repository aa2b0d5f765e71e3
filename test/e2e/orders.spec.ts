/**
 * Order import, end to end, as an owner meets it: with the demo store connected, review the
 * recent Shopify orders (one is in USD, the shop counts in EUR), import them, map a line no
 * SKU matched, then read the Sales page and open a sale to see its lines. Then a sale Shopify
 * refunded in part and edited: its lines say what came back, and the figures drop by it.
 */
import { expect, test } from '@playwright/test';
import { callApp } from './support/app-socket';
import { startStockPushApp, type StockPushApp } from './support/stock-push-app';
import { startStockTruthApp, type StockTruthApp } from './support/stock-truth-app';

test.describe('the demo store\u2019s orders', () => {
  let app: StockPushApp;

  test.beforeAll(async () => {
    app = await startStockPushApp();
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('import the demo store’s orders, map a line, and read the Sales page', async ({ page }, testInfo) => {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Products', level: 1 })).toBeVisible();

    // The owner's own record of a tee the demo store sells (order #1002 has one).
    await page.getByTestId('new-product').click();
    await page.getByTestId('new-product-name').fill('Moth tee');
    await page.getByTestId('new-variant-0-sku').fill('TEE-MOTH-M-BLA');
    await page.getByTestId('new-variant-0-price').fill('28.00');
    await page.getByTestId('new-variant-0-onhand').fill('12');
    await page.getByTestId('create-product-submit').click();
    await expect(page.getByTestId('product-title')).toHaveText('Moth tee');

    await page.getByTestId('nav-integration').click();
    await page.getByTestId('setup-use-demo').click();
    await expect(page.getByTestId('overview-tab')).toBeVisible();
    const orders = page.getByTestId('orders-section');
    await expect(orders).toBeVisible();
    await expect(page.getByTestId('orders-status')).toContainText('No orders imported yet');
    await expect(orders).toContainText('last 60 days');

    // Review first: the USD order gets the currency banner; test and cancelled orders are not imported.
    await page.getByTestId('orders-preview').click();
    await expect(page.getByTestId('order-preview')).toBeVisible();
    await expect(page.getByTestId('currency-banner')).toContainText('USD, not the shop’s currency (EUR)');
    await expect(page.getByTestId('preview-order-#1004')).toContainText('Test order');
    await expect(page.getByTestId('preview-order-#1005')).toContainText('Cancelled');
    await expect(page.getByTestId('orders-import')).toHaveText('Import 3 orders');
    await page.getByTestId('skip-other-currencies').check();
    await expect(page.getByTestId('orders-import')).toHaveText('Import 2 orders');
    await page.getByTestId('skip-other-currencies').uncheck();
    await page.screenshot({ path: testInfo.outputPath('orders-preview.png'), fullPage: true });

    await page.getByTestId('orders-import').click();
    await expect(page.getByTestId('orders-summary')).toContainText('Imported 3 orders as sales');
    await expect(page.getByTestId('orders-summary')).toContainText('skipped 1 test, 1 cancelled');
    await expect(page.getByTestId('orders-status')).toContainText('Last import just now');

    // Lines whose SKU the owner has no variant for are listed; one is mapped to the tee.
    const unmatched = page.getByTestId('unmatched-lines');
    await expect(unmatched).toContainText('STK-MOTH');
    const stickerLine = unmatched.locator('tr', { hasText: 'STK-MOTH' });
    await stickerLine.getByRole('button', { name: 'Map to variant…' }).click();
    const dialog = page.getByTestId('map-line-dialog');
    await dialog.getByTestId('map-line-search').fill('Moth tee');
    await dialog.getByTestId('map-line-choice-TEE-MOTH-M-BLA').check();
    await page.getByTestId('map-line-dialog-submit').click();
    await expect(dialog).toHaveCount(0);
    await expect(unmatched).not.toContainText('STK-MOTH');
    await page.screenshot({ path: testInfo.outputPath('orders-imported.png'), fullPage: true });

    // The Sales page: EUR totals, the USD sale counted apart, and a sale's lines.
    await page.getByTestId('nav-sales').click();
    await expect(page.getByTestId('sales-page')).toBeVisible();
    await expect(page.getByTestId('sales-count')).toHaveText('2');
    await expect(page.getByTestId('sales-other-currencies')).toContainText('1 sale in USD');
    await expect(page.getByTestId('sales-chart')).toBeVisible();
    await expect(page.getByTestId('top-products')).toContainText('Moth tee');
    await page.getByTestId('sale-row-#1002').click();
    const detail = page.getByTestId('sale-detail');
    await expect(detail).toContainText('Shopify order #1002');
    await expect(detail.getByTestId('sale-line-TEE-MOTH-M-BLA')).toContainText('Moth tee');
    await expect(detail.getByTestId('sale-line-STK-MOTH')).toContainText('Moth tee');
    await page.screenshot({ path: testInfo.outputPath('sales-page.png'), fullPage: true });

    // Order sync is on once a shop is connected; the owner can turn it off in Settings.
    await page.getByTestId('nav-integration').click();
    await expect(page.getByTestId('orders-status')).toContainText('Order sync on');
    await page.getByTestId('integration-tab-settings').click();
    await expect(page.getByTestId('settings-auto-import-orders')).toBeChecked();
    await page.getByTestId('settings-auto-import-orders').uncheck();
    await page.getByTestId('integration-tab-overview').click();
    await expect(page.getByTestId('orders-status')).toContainText('Order sync off');
  });
});

test.describe('a sale refunded and edited on Shopify', () => {
  let shop: StockTruthApp;
  let order = '';

  test.beforeAll(async () => {
    shop = await startStockTruthApp({
      beforeStart: (sim) => {
        order = sim.control.sell({ sku: 'TEE-MOTH-M', quantity: 3 }).name;
      },
    });
  });

  test.afterAll(async () => {
    await shop?.close();
  });

  test('a returned tee, one refunded without restock, a candle added: the sale says so and the figures drop', async ({ page }) => {
    await page.goto(shop.url);
    await page.getByTestId('nav-sales').click();
    await expect(page.getByTestId(`sale-row-${order}`)).toBeVisible({ timeout: 20_000 });

    shop.shop.control.refund({ name: order, lines: [{ sku: 'TEE-MOTH-M', quantity: 1, restock: true }] });
    shop.shop.control.refund({ name: order, lines: [{ sku: 'TEE-MOTH-M', quantity: 1, restock: false }] });
    shop.shop.control.editOrder({ name: order, add: [{ sku: 'CANDLE-1', quantity: 1 }] });
    // Brought in now (order sync would within a minute); it may be running already.
    await expect.poll(() => callApp(shop.url, 'importOrders', {}).then(() => true, () => false), { timeout: 15_000 }).toBe(true);

    const [tee] = await callApp(shop.url, 'findVariantsBySku', { sku: 'TEE-MOTH-M' });
    const [candle] = await callApp(shop.url, 'findVariantsBySku', { sku: 'CANDLE-1' });
    expect([tee!.onHand, candle!.onHand]).toEqual([4, 19]);
    for (const [width, height] of [
      [1280, 800],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${shop.url}#/sales`);
      await page.getByTestId(`sale-row-${order}`).click();
      const detail = page.getByTestId('sale-detail');
      await expect(detail.getByTestId('sale-line-TEE-MOTH-M')).toContainText('1 refunded, back in stock · 1 refunded, not restocked');
      await expect(detail.getByTestId('sale-line-CANDLE-1')).toContainText('added in an order edit');
      await expect(detail.getByTestId('sale-refunded')).toContainText('56.00');
      // Three tees and a candle sold, two tees refunded: one tee and the candle remain.
      await expect(page.getByTestId('sales-units')).toHaveText('2');
      await expect(page.getByTestId('sales-revenue')).toContainText('44.00');
      const widths = await page.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      // The opened sale scrolls itself into view; the whole page is taken from the top.
      await page.waitForTimeout(600);
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: test.info().outputPath(`sale-refunded-and-edited-${width}x${height}.png`), fullPage: true });
    }
  });
});
