/**
 * Images of a linked product, as an owner meets them: after Link SKU matches, a picture is
 * added to the candle in the catalog and another in Shopify admin; the compare shows both
 * sides' thumbnails with their alt text; keeping Stockpilot's and applying puts Stockpilot's
 * picture on Shopify (and takes Shopify's extra one off). Screenshots at 1280×800 and 1024×700.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { base64, pngImage } from '../support/test-images';
import { ensureKeyringSession, type KeyringSession } from './support/keyring-session';
import { reviewPage, type ReviewPage } from './support/review-page';
import { startSyncReviewApp, type SyncReviewApp } from './support/sync-review-app';

let app: SyncReviewApp;
let page: Page;
let keyring: KeyringSession;
let review: ReviewPage;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  keyring = await ensureKeyringSession();
  app = await startSyncReviewApp({ shop: 'own' });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  review = reviewPage(page, app);
  await page.goto(app.url);
});

test.afterAll(async () => {
  await page?.close();
  await app?.close();
  keyring?.close();
});

const candlePhoto = pngImage([240, 200, 120], 32);
const loaded = (image: Locator) =>
  image.evaluate((element) => {
    const img = element as unknown as { complete: boolean; naturalWidth: number };
    return img.complete && img.naturalWidth > 0;
  });

test('a picture added on each side of a linked product: the compare shows both sides\u2019 thumbnails', async () => {
  await review.compare();
  await page.getByTestId('link-sku-matches').click();
  await page.getByTestId('link-sku-matches-dialog-submit').click();
  await expect.poll(() => app.local<{ id: string | null }>('SELECT shopify_product_id AS id FROM products WHERE name = ?', 'Candle')?.id ?? null).not.toBeNull();

  const candle = app.local<{ id: number }>('SELECT id FROM products WHERE name = ?', 'Candle');
  await page.goto(`${new URL(app.url).origin}/#/products/${candle?.id}`);
  await page.getByTestId('images-upload-input').setInputFiles([{ name: 'candle.png', mimeType: 'image/png', buffer: candlePhoto }]);
  await expect(page.locator('[data-testid="images-section"] li')).toHaveCount(1);
  const image = app.local<{ id: number }>('SELECT id FROM product_images WHERE product_id = ?', candle?.id);
  await page.getByTestId(`image-${image?.id}-alt`).fill('Candle, lit');
  await page.getByTestId(`image-${image?.id}-alt`).press('Enter');
  await expect(page.getByTestId(`image-${image?.id}-thumbnail`)).toHaveAttribute('alt', 'Candle, lit');
  app.addShopifyImage({ sku: 'CANDLE-1', dataBase64: base64(pngImage([60, 60, 200], 32)), alt: 'Candle in its box' });

  await review.compare();
  await review.dismissToasts();
  await page.locator('[data-testid^="review-row-"]', { hasText: 'Candle' }).first().click();
  const images = review.line('Candle').locator('[data-testid$="/images"][data-testid^="diff-"]');
  await expect(images).toBeVisible();
  await expect(images.getByTestId('image-stockpilot-1')).toContainText('Candle, lit');
  await expect(images.getByTestId('image-shopify-1')).toContainText('Candle in its box');
  await expect.poll(() => loaded(images.getByTestId('image-stockpilot-1').locator('img'))).toBe(true);
  await expect.poll(() => loaded(images.getByTestId('image-shopify-1').locator('img'))).toBe(true);
  await images.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('images-1280.png') });
  await review.noSideScroll();
  await page.setViewportSize({ width: 1024, height: 700 });
  await images.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('images-1024.png') });
  await review.noSideScroll();
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('keeping Stockpilot\u2019s images and applying puts the picture on Shopify', async () => {
  const images = review.line('Candle').locator('[data-testid$="/images"][data-testid^="diff-"]');
  await images.locator('[data-testid$="/images-stockpilot"]').click();
  await expect(images).toHaveAttribute('data-chosen', 'stockpilot');
  await page.getByTestId('accept-all-local').click();
  await expect(page.getByTestId('conflicts-left')).toContainText('No conflicts left');
  if ((await page.getByTestId('leave-all-one-sided').count()) > 0) await page.getByTestId('leave-all-one-sided').click();
  await page.getByTestId('apply-changes').click();
  await page.getByTestId('apply-confirm-submit').click();
  await expect(page.getByTestId('apply-summary')).toContainText('Apply finished', { timeout: 30_000 });
  await expect(page.getByTestId('apply-failed')).toHaveText('0');
  await page.screenshot({ path: test.info().outputPath('applied-1280.png') });

  const onShopify = app.shopifyImages('CANDLE-1');
  expect(onShopify.map((i) => i.alt)).toEqual(['Candle, lit']);
  const bytes = Buffer.from(await (await fetch(onShopify[0]?.url as string)).arrayBuffer());
  expect(bytes).toEqual(candlePhoto);
});

test('a variant\u2019s image chosen in the catalog shows as a variant difference with both sides\u2019 thumbnails, and applies', async () => {
  const variant = app.local<{ id: number }>('SELECT id FROM variants WHERE sku = ?', 'CANDLE-1');
  const candle = app.local<{ id: number }>('SELECT id FROM products WHERE name = ?', 'Candle');
  const image = app.local<{ id: number }>('SELECT id FROM product_images WHERE product_id = ?', candle?.id);
  await page.goto(`${new URL(app.url).origin}/#/products/${candle?.id}`);
  await page.getByTestId(`variant-${variant?.id}-image`).selectOption(String(image?.id));
  await expect(page.getByTestId(`variant-${variant?.id}-image-thumbnail`)).toBeVisible();

  await review.compare();
  await review.dismissToasts();
  await page.locator('[data-testid^="review-row-"]', { hasText: 'Candle' }).first().click();
  const variantImage = review.line('Candle').locator('[data-testid$="/image"][data-testid^="diff-"]');
  await expect(variantImage).toBeVisible();
  await expect(variantImage).toContainText('Variant image');
  await expect(variantImage.getByTestId('image-stockpilot-1')).toContainText('Candle, lit');
  await expect(variantImage.getByTestId('images-shopify')).toContainText('No image');
  await expect.poll(() => loaded(variantImage.getByTestId('image-stockpilot-1').locator('img'))).toBe(true);
  await variantImage.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('variant-image-1280.png') });
  await review.noSideScroll();
  await page.setViewportSize({ width: 1024, height: 700 });
  await variantImage.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('variant-image-1024.png') });
  await review.noSideScroll();
  await page.setViewportSize({ width: 1280, height: 800 });

  await variantImage.locator('[data-testid$="/image-stockpilot"]').click();
  await page.getByTestId('accept-all-local').click();
  if ((await page.getByTestId('leave-all-one-sided').count()) > 0) await page.getByTestId('leave-all-one-sided').click();
  await page.getByTestId('apply-changes').click();
  await page.getByTestId('apply-confirm-submit').click();
  await expect(page.getByTestId('apply-summary')).toContainText('Apply finished', { timeout: 30_000 });
  await expect(page.getByTestId('apply-failed')).toHaveText('0');
});
