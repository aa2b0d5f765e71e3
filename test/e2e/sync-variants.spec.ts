/**
 * Variants added or removed on a linked product, as an owner meets them: after Link SKU
 * matches, a size is added to the Moth tee and another deleted in the catalog; the compare
 * shows each as a variant row with its action and nothing chosen; Delete on Shopify asks
 * first, naming the variant; Create on Shopify, then Apply, and the new size's stock arrives
 * on Shopify. Screenshots at 1280×800 and 1024×700.
 */
import { expect, test, type Page } from '@playwright/test';
import { ensureKeyringSession, type KeyringSession } from './support/keyring-session';
import { reviewPage, type ReviewPage } from './support/review-page';
import { startSyncReviewApp, type SyncReviewApp } from './support/sync-review-app';

let app: SyncReviewApp;
let page: Page;
let keyring: KeyringSession;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  keyring = await ensureKeyringSession();
  app = await startSyncReviewApp({ shop: 'own' });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // The address with its secret, once: the page's later addresses need no secret.
  await page.goto(app.url);
  review = reviewPage(page, app);
});

test.afterAll(async () => {
  await page?.close();
  await app?.close();
  keyring?.close();
});

let review: ReviewPage;
const line = (name: string) => review.line(name);
const variantBlock = (name: string, sku: string) => line(name).locator('[data-testid^="variant-"]', { hasText: sku }).first();
const compare = () => review.compare();
const dismissToasts = () => review.dismissToasts();
const noSideScroll = () => review.noSideScroll();

test('a size added to a linked product and another deleted show as variant rows, with nothing chosen', async () => {
  await compare();
  await page.getByTestId('link-sku-matches').click();
  await page.getByTestId('link-sku-matches-dialog-submit').click();
  await expect.poll(() => app.local<{ id: string | null }>('SELECT shopify_product_id AS id FROM products WHERE name = ?', 'Moth tee')?.id ?? null).not.toBeNull();

  const tee = app.local<{ id: number }>('SELECT id FROM products WHERE name = ?', 'Moth tee');
  await page.goto(`${new URL(app.url).origin}/#/products/${tee?.id}`);
  await page.getByTestId('add-variant').click();
  await page.getByTestId('add-variant-option-0').fill('L');
  await page.getByTestId('add-variant-sku').fill('TEE-MOTH-L');
  await page.getByTestId('add-variant-price').fill('30.00');
  await page.getByTestId('add-variant-onhand').fill('9');
  await page.getByTestId('add-variant-dialog-submit').click();
  await expect(page.getByTestId('add-variant-dialog')).toHaveCount(0);
  const small = app.local<{ id: number }>('SELECT id FROM variants WHERE sku = ?', 'TEE-MOTH-S');
  await page.getByTestId(`variant-${small?.id}-delete`).click();
  await page.getByTestId('delete-variant-dialog-submit').click();
  await expect(page.getByTestId(`variant-row-${small?.id}`)).toHaveCount(0);

  await compare();
  await dismissToasts();
  await expect(page.locator('[data-testid^="review-row-"]', { hasText: 'Moth tee' })).toContainText('2 variants on one side');
  await page.locator('[data-testid^="review-row-"]', { hasText: 'Moth tee' }).click();
  const added = variantBlock('Moth tee', 'TEE-MOTH-L');
  await expect(added).toContainText('Added in Stockpilot');
  await expect(added.getByRole('button', { name: 'Create on Shopify' })).toHaveAttribute('aria-pressed', 'false');
  await expect(added.getByRole('button', { name: 'Leave' })).toHaveAttribute('aria-pressed', 'false');
  const removed = variantBlock('Moth tee', 'TEE-MOTH-S');
  await expect(removed).toContainText('Deleted in Stockpilot');
  await expect(removed.getByRole('button', { name: 'Delete on Shopify' })).toHaveAttribute('aria-pressed', 'false');
  // The product's other differences are there to choose as usual; the issues tab holds only the plant pot.
  await expect(line('Moth tee').locator('[data-testid^="diff-"][data-testid$="/name"]')).toBeVisible();
  await expect(page.getByTestId('sync-count-issues')).toHaveText('1');
  await added.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('variant-rows-1280.png') });
  await noSideScroll();
  await page.setViewportSize({ width: 1024, height: 700 });
  await added.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('variant-rows-1024.png') });
  await noSideScroll();
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('Delete on Shopify asks first, naming the variant; the owner leaves it after all', async () => {
  const removed = variantBlock('Moth tee', 'TEE-MOTH-S');
  await removed.getByRole('button', { name: 'Delete on Shopify' }).click();
  const dialog = page.getByTestId('variant-delete-confirm');
  await expect(dialog).toContainText('TEE-MOTH-S (S) of Moth tee was deleted in Stockpilot');
  await expect(dialog).toContainText('Shopify cannot bring a deleted variant back');
  await page.screenshot({ path: test.info().outputPath('delete-confirm-1280.png') });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: test.info().outputPath('delete-confirm-1024.png') });
  await noSideScroll();
  await page.setViewportSize({ width: 1280, height: 800 });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(removed.getByRole('button', { name: 'Delete on Shopify' })).toHaveAttribute('aria-pressed', 'false');
  await removed.getByRole('button', { name: 'Leave' }).click();
  await expect(removed.getByRole('button', { name: 'Leave' })).toHaveAttribute('aria-pressed', 'true');
});

test('Create on Shopify, then Apply: the new size is on Shopify and its stock arrives', async () => {
  const added = variantBlock('Moth tee', 'TEE-MOTH-L');
  await added.getByRole('button', { name: 'Create on Shopify' }).click();
  await expect(added.getByRole('button', { name: 'Create on Shopify' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('accept-all-local').click();
  await expect(page.getByTestId('conflicts-left')).toContainText('No conflicts left');
  await expect(page.getByTestId('apply-changes')).toBeDisabled();
  await page.getByTestId('leave-all-one-sided').click();
  await expect(page.getByTestId('leave-all-one-sided')).toHaveCount(0);
  await page.getByTestId('apply-changes').click();
  await expect(page.getByTestId('apply-confirm')).toContainText('1 variant created on Shopify');
  await page.getByTestId('apply-confirm-submit').click();
  await expect(page.getByTestId('apply-summary')).toContainText('Apply finished', { timeout: 30_000 });
  await expect(page.getByTestId('apply-failed')).toHaveText('0');
  await page.screenshot({ path: test.info().outputPath('applied-1280.png') });

  await expect.poll(async () => (await app.shopifyVariant('TEE-MOTH-L'))?.available ?? null, { timeout: 30_000 }).toBe(9);
  const onShopify = await app.shopifyVariant('TEE-MOTH-L');
  expect(onShopify).toMatchObject({ productTitle: expect.any(String), price: '30.00', title: 'L', tracked: true });
  expect(onShopify?.productId).toBe((await app.shopifyVariant('TEE-MOTH-M'))?.productId);
  expect(onShopify?.levels.map((l) => l.location)).toEqual(['Studio']);
  expect(await app.shopifyVariant('TEE-MOTH-S')).toBeDefined();
});
