/**
 * The stock push, end to end, as an owner meets it: connect the demo store from Setup,
 * receive stock for a product the demo store also sells, press Push pending now, find the
 * row in the Push Log, and see Shopify's new quantity. Pausing holds changes back until
 * the owner resumes.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startStockPushApp, type StockPushApp } from './support/stock-push-app';

/** A tee the demo store sells (12 available at its primary location), created here by hand. */
const SKU = 'TEE-MOTH-XS-BLA';

let app: StockPushApp;

test.beforeAll(async () => {
  app = await startStockPushApp();
});

test.afterAll(async () => {
  await app?.close();
});

async function dismissToasts(page: Page): Promise<void> {
  const buttons = page.getByTestId('toasts').getByRole('button', { name: 'Dismiss' });
  while ((await buttons.count()) > 0) await buttons.first().click({ timeout: 1000 }).catch(() => {});
}

async function figure(page: Page, testId: string): Promise<number> {
  return Number((await page.getByTestId(testId).innerText()).replace(/[^\d-]/g, ''));
}

test('connect the demo store, receive stock, push it, and find it in the Push Log and on Shopify', async ({ page }, testInfo) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Products', level: 1 })).toBeVisible();

  // A first run: Integration opens on Setup, with the demo store offered first.
  await page.getByTestId('nav-integration').click();
  await expect(page.getByTestId('setup-tab')).toBeVisible();
  await expect(page.getByTestId('integration-tab-setup')).toHaveAttribute('aria-current', 'page');
  const cards = page.getByTestId('setup-tab').locator('> section');
  await expect(cards.first()).toHaveAttribute('data-testid', 'setup-demo-card');

  // An address that is not a shop is refused, with the reason beside the field; nothing is saved.
  await page.getByTestId('setup-shop').fill('not a shop!');
  await page.getByTestId('setup-token').fill('shpat_not-a-real-token');
  await page.getByTestId('setup-verify').click();
  await expect(page.getByTestId('setup-connect-card').getByRole('alert')).toContainText('not a Shopify shop address');
  await expect(page.getByTestId('setup-connect')).toHaveCount(0);

  await page.getByTestId('setup-use-demo').click();

  await expect(page.getByTestId('overview-tab')).toBeVisible();
  await expect(page.getByTestId('connection-state')).toHaveText('Connected');
  await expect(page.getByTestId('connection-kind')).toContainText('Demo store');
  await expect(page.getByTestId('connection-location')).not.toBeEmpty();
  // The stock sync card follows the connection at once (its own refresh is every 5 s).
  await expect(page.getByTestId('figure-next-push')).not.toHaveText('Not connected', { timeout: 2_000 });
  await expect(page.getByTestId('push-now')).toBeEnabled({ timeout: 2_000 });

  // The owner's own record of the tee, with the stock they counted.
  await page.getByTestId('nav-products').click();
  await page.getByTestId('new-product').click();
  await page.getByTestId('new-product-name').fill('Moth tee');
  await page.getByTestId('new-variant-0-sku').fill(SKU);
  await page.getByTestId('new-variant-0-price').fill('28.00');
  await page.getByTestId('new-variant-0-onhand').fill('12');
  await page.getByTestId('create-product-submit').click();
  await expect(page.getByTestId('product-title')).toHaveText('Moth tee');
  const productUrl = page.url();
  await expect(page.getByTestId('stock-on-shopify')).toBeVisible();

  await app.linkBySku(SKU);
  await page.reload();
  await expect(page.getByTestId('stock-sync-now')).toBeVisible();

  // Five more arrive from the printer.
  const variantRow = page.locator('[data-testid^="variant-row-"]').first();
  const variantId = Number((await variantRow.getAttribute('data-testid'))?.replace('variant-row-', ''));
  await page.getByTestId(`variant-${variantId}-adjust`).click();
  await page.getByTestId('adjust-stock-delta').fill('5');
  await page.getByTestId('adjust-stock-reason').fill('Delivery from printer');
  await page.getByTestId('adjust-stock-dialog-submit').click();
  await expect(page.getByTestId(`variant-${variantId}-onhand`)).toHaveText('17');

  // The Overview counts it as pending; Push pending now sends it.
  await page.getByTestId('nav-integration').click();
  await expect(page.getByTestId('overview-tab')).toBeVisible();
  await expect(page.getByTestId('figure-linked')).toHaveText('1');
  await expect.poll(() => figure(page, 'figure-pending')).toBeGreaterThanOrEqual(1);
  await page.getByTestId('push-now').click();
  await expect(page.getByTestId('toast-success').filter({ hasText: 'Stock push finished' })).toBeVisible();
  await expect(page.getByTestId('figure-pending')).toHaveText('0');
  await expect(page.getByTestId('figure-last-push')).toHaveText('just now');
  await expect(page.getByTestId('push-now')).toBeEnabled();
  await dismissToasts(page);
  await page.screenshot({ path: testInfo.outputPath('integration-overview.png'), fullPage: true });

  // The Push Log has the row, with how 17 came about.
  await page.getByTestId('integration-tab-push-log').click();
  await page.getByTestId('push-log-search').fill(SKU);
  const row = page.locator('[data-testid^="log-row-"]').filter({ hasText: SKU }).first();
  await expect(row).toBeVisible();
  await expect(row.getByTestId('log-cell-sent')).toHaveText('17');
  await expect(row.getByTestId('log-cell-result')).toHaveText('Success');
  await expect(row.getByTestId('log-cell-breakdown')).toContainText('17 on hand − 0 reserved');
  await page.screenshot({ path: testInfo.outputPath('integration-push-log.png'), fullPage: true });
  const download = page.waitForEvent('download');
  await page.getByTestId('push-log-export').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain(SKU);

  // Shopify now has 17.
  await expect.poll(() => app.shopifyAvailable(SKU), { timeout: 5_000 }).toBe(17);

  // Paused, a change waits; resumed, it goes out.
  await page.getByTestId('integration-tab-settings').click();
  // The switch turns once the core has saved the pause, so click and wait for it.
  await page.getByTestId('settings-sync-switch').click();
  await expect(page.getByTestId('settings-sync-switch')).not.toBeChecked();
  await page.getByTestId('integration-tab-overview').click();
  await expect(page.getByTestId('paused-banner')).toBeVisible();
  await page.goto(productUrl);
  await page.getByTestId(`variant-${variantId}-adjust`).click();
  await page.getByTestId('adjust-stock-kind').selectOption('sale');
  await page.getByTestId('adjust-stock-delta').fill('2');
  await page.getByTestId('adjust-stock-reason').fill('Market sale');
  await page.getByTestId('adjust-stock-dialog-submit').click();
  await expect(page.getByTestId(`variant-${variantId}-onhand`)).toHaveText('15');
  await page.getByTestId('nav-integration').click();
  await page.getByTestId('push-now').click();
  await expect(page.getByTestId('toast-info').filter({ hasText: 'paused' })).toBeVisible();
  expect(await app.shopifyAvailable(SKU)).toBe(17);
  await page.getByTestId('resume-sync').click();
  await expect(page.getByTestId('paused-banner')).toBeHidden();
  await page.getByTestId('push-now').click();
  await expect.poll(() => app.shopifyAvailable(SKU), { timeout: 5_000 }).toBe(15);
});
