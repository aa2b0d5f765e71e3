/**
 * Whose stock is right, as an owner meets it: a quantity someone changed on Shopify waits for
 * the owner's choice, on the Overview and on its product page; the stock audit says how many
 * variants Shopify shows as Stockpilot would push them; changing the push location says what
 * it will do first. Every state is looked at in a laptop and a small window, without a
 * sideways scroll.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { callApp } from './support/app-socket';
import { startStockTruthApp, type StockTruthApp } from './support/stock-truth-app';

const WINDOWS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

let app: StockTruthApp;

test.beforeAll(async () => {
  app = await startStockTruthApp();
});

test.afterAll(async () => {
  await app?.close();
});

async function dismissToasts(page: Page): Promise<void> {
  const buttons = page.getByTestId('toasts').getByRole('button', { name: 'Dismiss' });
  while ((await buttons.count()) > 0) await buttons.first().click({ timeout: 1000 }).catch(() => {});
}

/**
 * Each window size: nothing scrolls sideways, a full-page screenshot, and a close-up of each
 * part the state is about (full-page captures draw the sticky header over the page).
 */
async function lookAt(page: Page, testInfo: TestInfo, name: string, parts: readonly string[]): Promise<void> {
  await dismissToasts(page);
  for (const size of WINDOWS) {
    await page.setViewportSize(size);
    const widths = await page.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
    expect(widths.scroll, `${name} scrolls sideways at ${size.width}×${size.height}`).toBeLessThanOrEqual(widths.client);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}x${size.height}.png`), fullPage: true });
    for (const part of parts) await page.getByTestId(part).screenshot({ path: testInfo.outputPath(`${name}-${part}-${size.width}x${size.height}.png`) });
  }
}

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(new URL(hash, app.url).href);
}

async function variantId(sku: string): Promise<number> {
  const [variant] = await callApp(app.url, 'findVariantsBySku', { sku });
  if (!variant) throw new Error(`No local variant has SKU ${sku}`);
  return variant.id;
}

async function pushNow(page: Page): Promise<void> {
  await page.getByTestId('push-now').click();
  await expect(page.getByTestId('toast-success').filter({ hasText: 'Stock push finished' }).first()).toBeVisible();
}

test('a quantity changed on Shopify waits for the owner; the audit says how many are in line', async ({ page }, testInfo) => {
  const teeS = await variantId('TEE-MOTH-S');
  const candle = await variantId('CANDLE-1');
  const wrap = await variantId('WRAP-1');

  await page.goto(app.url);
  await page.getByTestId('nav-integration').click();
  await expect(page.getByTestId('overview-tab')).toBeVisible();
  await expect(page.getByTestId('figure-linked')).toHaveText('5');
  // A wax wrap comes back; it is not stocked at Studio on Shopify, so its push is skipped, and counted beside the failures.
  await callApp(app.url, 'adjustStock', { variantId: wrap, delta: 1, reason: 'Return' });
  await pushNow(page);
  await expect.poll(async () => Number(await page.getByTestId('figure-skipped').innerText())).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('figure-link-skipped')).toBeVisible();
  await expect(page.getByTestId('shopify-changes-card')).toHaveCount(0);

  // Someone counts the tees and candles on Shopify's admin; then a delivery arrives here.
  app.shop.control.setQuantity({ sku: 'TEE-MOTH-S', available: 2 });
  app.shop.control.setQuantity({ sku: 'CANDLE-1', available: 26 });
  for (const id of [teeS, candle]) await callApp(app.url, 'adjustStock', { variantId: id, delta: 1, reason: 'Delivery' });
  await page.getByTestId('push-now').click();

  const changes = page.getByTestId('shopify-changes-card');
  await expect(changes).toBeVisible();
  await expect(page.getByTestId('shopify-changes-count')).toHaveText('2');
  await expect(page.getByTestId(`shopify-change-${teeS}`)).toContainText('Moth tee');
  // Stockpilot expected the 20 it pushed; Shopify shows 26.
  await expect(page.getByTestId(`shopify-change-${candle}`)).toContainText(/CANDLE-1\s*20\s*26/);

  await page.getByTestId('audit-check-now').click();
  await expect(page.getByTestId('audit-summary')).toContainText(/of 5 in line, checked just now/);
  await expect(page.getByTestId(`audit-difference-${wrap}`)).toContainText('not stocked here');
  await lookAt(page, testInfo, 'overview-changed-on-shopify', ['stock-sync-card', 'shopify-changes-card', 'stock-audit-card']);

  // On the tee's page: both numbers, and the two choices.
  await page.getByTestId(`shopify-change-${teeS}`).getByRole('link', { name: 'Moth tee' }).click();
  await expect(page.getByTestId('product-title')).toHaveText('Moth tee');
  const onProduct = page.getByTestId(`changed-on-shopify-${teeS}`);
  await expect(onProduct).toContainText('Shopify shows 2 available; Stockpilot expected 4.');
  await expect(page.getByTestId('stock-on-shopify')).not.toContainText('Committed');
  await lookAt(page, testInfo, 'product-changed-on-shopify', ['variants-table', 'stock-on-shopify']);

  // Shopify's count was right: a stocktake takes its −2, and the delivery since still counts (5 − 2).
  await onProduct.getByTestId(`keep-shopify-${teeS}`).click();
  await expect(page.getByTestId('toast-success').filter({ hasText: 'taken as a stocktake' })).toBeVisible();
  await expect(onProduct).toHaveCount(0);
  await expect(page.getByTestId(`variant-${teeS}-onhand`)).toHaveText('3');

  // The candles were counted wrong on Shopify: Shopify is set back to Stockpilot's number.
  await page.getByTestId('nav-integration').click();
  await expect(page.getByTestId('shopify-changes-count')).toHaveText('1');
  await page.getByTestId(`keep-stockpilot-${candle}`).click();
  await expect(changes).toHaveCount(0);
  await expect.poll(() => app.shop.control.variant('CANDLE-1').available, { timeout: 10_000 }).toBe(21);

  // A change still waiting to be pushed when the audit reads Shopify is noted.
  await callApp(app.url, 'setStockSyncPaused', { paused: true });
  await callApp(app.url, 'adjustStock', { variantId: await variantId('APRON-1'), delta: 2, reason: 'Returned from market' });
  await page.getByTestId('audit-check-now').click();
  await expect(page.getByTestId('audit-pending-note')).toContainText('1 change was still waiting to be pushed');
  await lookAt(page, testInfo, 'overview-audit-pending', ['stock-audit-card']);
  await callApp(app.url, 'setStockSyncPaused', { paused: false });
});

test('changing the push location says first what it will do', async ({ page }, testInfo) => {
  await page.goto(app.url);
  await open(page, '#/integration/settings');
  await page.getByTestId('settings-location').selectOption({ label: 'Warehouse' });
  const dialog = page.getByTestId('location-dialog');
  await expect(dialog).toBeVisible();
  // Warehouse stocks the apron and the wax wrap, not the two tees and the candle.
  await expect(dialog).toContainText('3 variants are not stocked at Warehouse yet: Stockpilot stocks them there');
  await expect(dialog).toContainText('All 5 linked variants are then pushed to Warehouse.');
  await expect(dialog).toContainText('The stock at Studio on Shopify is left as it is');
  await lookAt(page, testInfo, 'location-change-dialog', ['location-dialog']);

  await page.getByTestId('location-dialog-submit').click();
  await expect(page.getByTestId('toast-success').filter({ hasText: 'Stock now goes to Warehouse' })).toBeVisible();
  await expect.poll(() => app.shop.control.variant('TEE-MOTH-M', 'Warehouse').available, { timeout: 10_000 }).toBe(6);
});

test('another Stockpilot pushing from the same data folder is said on the stock sync card', async ({ page }, testInfo) => {
  await page.goto(app.url);
  await open(page, '#/integration/overview');
  await expect(page.getByTestId('stock-sync-card')).toBeVisible();
  const release = app.pushElsewhere();
  try {
    // The card's figures refresh every 5 s.
    await expect(page.getByTestId('pushing-elsewhere')).toHaveText(/Another Stockpilot window or command is pushing right now/, { timeout: 12_000 });
    await lookAt(page, testInfo, 'overview-pushing-elsewhere', ['stock-sync-card']);
  } finally {
    release();
  }
  await expect(page.getByTestId('pushing-elsewhere')).toHaveCount(0, { timeout: 12_000 });
});
