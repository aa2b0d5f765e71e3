/**
 * Tags, the search engine listing, a barcode and a compare-at price in the review, as an owner
 * sees them: a product that was identical differs in just those after an edit here, each with
 * both sides' values and the recommended side, at 1280×800 and 1024×700 with nothing scrolling
 * sideways. (Applying them is tested against the local store in apply-listing-fields.)
 */
import { expect, test } from '@playwright/test';
import { callApp } from './support/app-socket';
import { ensureKeyringSession, type KeyringSession } from './support/keyring-session';
import { startSyncReviewApp, type SyncReviewApp } from './support/sync-review-app';

let app: SyncReviewApp;
let keyring: KeyringSession;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  keyring = await ensureKeyringSession();
  app = await startSyncReviewApp({ shop: 'own' });
  const [candle] = await callApp(app.url, 'findVariantsBySku', { sku: 'CANDLE-1' });
  await callApp(app.url, 'updateProduct', {
    id: candle!.productId,
    changes: { tags: ['soy', 'gifts'], seoTitle: 'Soy candle, hand poured | Moth & Fern', seoDescription: 'Hand-poured soy wax candle with a cotton wick, made in our studio.' },
  });
  await callApp(app.url, 'updateVariant', { id: candle!.id, changes: { compareAtPriceCents: 2000, barcode: '4006381333931' } });
});

test.afterAll(async () => {
  await app?.close();
  keyring?.close();
});

for (const [width, height] of [
  [1280, 800],
  [1024, 700],
] as const) {
  test(`the new fields differ side by side with a recommended side (${width}×${height})`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    await page.goto(app.url);
    await page.getByTestId('nav-sync').click();
    await page.getByTestId('full-sync').click();
    await expect(page.getByTestId('syncing-information')).toBeVisible();
    await expect(page.getByTestId('compare-progress')).toHaveCount(0);
    const line = page.locator('.review-line').filter({ has: page.locator('[data-testid^="review-row-"]', { hasText: 'Candle' }) });
    await line.locator('[data-testid^="review-row-"]').click();
    for (const f of ['tags', 'seoTitle', 'seoDescription', 'barcode', 'compareAtPrice']) {
      await expect(line.locator(`[data-testid^="diff-"][data-testid$="/${f}"]`)).toBeVisible();
    }
    await expect(line).toContainText('Compare-at price');
    await expect(line).toContainText('$20.00');
    await expect(line).toContainText('soy / gifts');
    const widths = await page.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.screenshot({ path: testInfo.outputPath(`review-listing-fields-${width}x${height}.png`) });
    await line.locator('[data-testid^="diff-"][data-testid$="/compareAtPrice"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`review-variant-fields-${width}x${height}.png`) });
  });
}
