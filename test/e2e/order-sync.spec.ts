/**
 * Order sync, end to end, as an owner meets it: a sale made on Shopify while Stockpilot was
 * closed is a sale in the catalog as soon as the app is open again — on the Sales page, and
 * out of the product's stock — without the owner doing anything.
 */
import { expect, test } from '@playwright/test';
import { callApp } from './support/app-socket';
import { startStockTruthApp, type StockTruthApp } from './support/stock-truth-app';

let app: StockTruthApp;
let order = '';

test.beforeAll(async () => {
  app = await startStockTruthApp({
    beforeStart: (shop) => {
      order = shop.control.sell({ sku: 'CANDLE-1', quantity: 3 }).name;
    },
  });
});

test.afterAll(async () => {
  await app?.close();
});

for (const [width, height] of [
  [1280, 800],
  [1024, 700],
] as const) {
  test(`a Shopify sale comes in by itself: on the Sales page and out of the stock (${width}×${height})`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    await page.goto(app.url);
    await page.getByTestId('nav-sales').click();
    await expect(page.getByTestId(`sale-row-${order}`)).toBeVisible({ timeout: 20_000 });
    const widths = await page.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.screenshot({ path: testInfo.outputPath(`sales-after-order-sync-${width}x${height}.png`), fullPage: true });

    const [candle] = await callApp(app.url, 'findVariantsBySku', { sku: 'CANDLE-1' });
    expect(candle!.onHand).toBe(17);
    await page.goto(`${app.url}#/products/${candle!.productId}`);
    await expect(page.getByTestId(`variant-${candle!.id}-onhand`)).toHaveText('17');
    // Shopify already counted the sale: the push leaves it at Stockpilot's number, 17.
    await expect.poll(() => app.shop.control.variant('CANDLE-1').available, { timeout: 15_000 }).toBe(17);
    await page.screenshot({ path: testInfo.outputPath(`product-after-order-sync-${width}x${height}.png`), fullPage: true });
  });
}

for (const [width, height] of [
  [1280, 800],
  [1024, 700],
] as const) {
  test(`Settings say what order sync does, with the switches for other locations and Shopify Admin corrections (${width}×${height})`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    await page.goto(app.url);
    await page.getByTestId('nav-integration').click();
    await page.getByTestId('integration-tab-settings').click();
    await expect(page.getByTestId('settings-auto-import-orders')).toBeChecked();
    await expect(page.getByTestId('settings-other-location-sales')).not.toBeChecked();
    await expect(page.getByTestId('settings-take-shopify-corrections')).not.toBeChecked();
    const widths = await page.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.screenshot({ path: testInfo.outputPath(`settings-${width}x${height}.png`), fullPage: true });
  });
}
