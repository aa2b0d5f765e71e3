/**
 * A shop owner's first session in the catalog: create a product with two variants, change
 * a price, receive stock, commit units to a wholesale order, find the product by SKU, and
 * find everything still there after a reload.
 */
import { expect, test, type Page } from '@playwright/test';

const appUrl = () => {
  const url = process.env['STOCKPILOT_E2E_URL'];
  if (!url) throw new Error('STOCKPILOT_E2E_URL is not set: run through playwright.config.ts (its global setup starts the app).');
  return url;
};

/** The figure shown in a stock cell, as a number. */
async function figure(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).innerText()).replace(/[^\d-]/g, '');
  return Number(text);
}

/** Screenshots show the page, not the notifications about it. */
async function dismissToasts(page: Page): Promise<void> {
  const buttons = page.getByTestId('toasts').getByRole('button', { name: 'Dismiss' });
  // Toasts also leave on their own, so each click may find its toast already gone.
  while ((await buttons.count()) > 0) await buttons.first().click({ timeout: 1000 }).catch(() => {});
}

async function variantIds(page: Page): Promise<number[]> {
  const ids = await page.locator('[data-testid^="variant-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid') ?? ''));
  return ids.map((id) => Number(id.replace('variant-row-', '')));
}

test('a product is created, edited, stocked, committed, found by SKU and still there after a reload', async ({ page }, testInfo) => {
  const tag = Date.now().toString(36).toUpperCase();
  const name = `Tote bag ${tag}`;
  const skuNatural = `TOTE-NAT-${tag}`;
  const skuBlack = `TOTE-BLK-${tag}`;

  await page.goto(appUrl());
  await expect(page.getByRole('heading', { name: 'Products', level: 1 })).toBeVisible();

  // Create the product with a Colour option and two variants.
  await page.getByTestId('new-product').click();
  await page.getByTestId('new-product-name').fill(name);
  await page.getByTestId('new-option-add').click();
  await page.getByTestId('new-option-name-0').fill('Colour');
  await page.getByTestId('new-variant-0-option-0').fill('Natural');
  await page.getByTestId('new-variant-0-sku').fill(skuNatural);
  await page.getByTestId('new-variant-0-price').fill('24.00');
  await page.getByTestId('new-variant-0-onhand').fill('10');
  await page.getByTestId('new-add-variant').click();
  await page.getByTestId('new-variant-1-option-0').fill('Black');
  await page.getByTestId('new-variant-1-sku').fill(skuBlack);
  await page.getByTestId('new-variant-1-onhand').fill('5');
  await page.getByTestId('create-product-submit').click();

  await expect(page.getByTestId('product-title')).toHaveText(name);
  const productId = Number(/#\/products\/(\d+)/.exec(page.url())?.[1]);
  expect(productId).toBeGreaterThan(0);
  const [natural, black] = await variantIds(page);
  expect(natural).toBeDefined();
  expect(black).toBeDefined();
  await expect(page.getByTestId(`variant-${natural}-onhand`)).toHaveText('10');
  await expect(page.getByTestId(`variant-${black}-price`)).toHaveValue('24.00');

  // Change the black one's price and save.
  await page.getByTestId(`variant-${black}-price`).fill('26.50');
  await expect(page.getByTestId('save-state')).toHaveText('Unsaved changes');
  await page.getByTestId('save-product').click();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await expect(page.getByTestId(`variant-${black}-price`)).toHaveValue('26.50');

  // Esc closes a dialog without changing anything.
  await page.getByTestId(`variant-${natural}-adjust`).click();
  const adjust = page.getByTestId('adjust-stock-dialog');
  await expect(adjust).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(adjust).toBeHidden();

  // Receive 7 natural ones.
  await page.getByTestId(`variant-${natural}-adjust`).click();
  await expect(adjust).toBeVisible();
  await adjust.getByTestId('adjust-stock-kind').selectOption('received');
  await adjust.getByTestId('adjust-stock-delta').fill('7');
  await adjust.getByTestId('adjust-stock-reason').fill('Delivery from the printer');
  await adjust.getByTestId('adjust-stock-dialog-submit').click();
  await expect(adjust).toBeHidden();
  await expect(page.getByTestId(`variant-${natural}-onhand`)).toHaveText('17');
  await expect(page.getByTestId('stock-history')).toContainText('Delivery from the printer');

  // Commit 4 of them to a wholesale order: available = on hand − committed.
  await page.getByTestId('add-commitment').click();
  const commit = page.getByTestId('add-commitment-dialog');
  await commit.getByTestId('commitment-variant').selectOption(String(natural));
  await commit.getByTestId('commitment-reference').fill('PO-1042 Gallery shop');
  await commit.getByTestId('commitment-quantity').fill('4');
  await commit.getByTestId('add-commitment-dialog-submit').click();
  await expect(commit).toBeHidden();
  await expect(page.getByTestId(`variant-${natural}-committed`)).toHaveText('4');
  await expect(page.getByTestId(`variant-${natural}-available`)).toHaveText('13');
  expect(await figure(page, `variant-${natural}-available`)).toBe(
    (await figure(page, `variant-${natural}-onhand`)) - (await figure(page, `variant-${natural}-committed`)),
  );
  await expect(page.getByTestId('commitments-table')).toContainText('PO-1042 Gallery shop');
  await dismissToasts(page);
  await page.mouse.wheel(0, -100_000);
  await page.screenshot({ path: testInfo.outputPath('product-page.png'), fullPage: true });

  // Find it from the list by the black variant's SKU.
  await page.getByTestId('nav-products').click();
  await page.getByTestId('product-search').fill(skuBlack);
  const row = page.getByTestId(`product-row-${productId}`);
  await expect(row).toBeVisible();
  await expect(page.getByTestId('product-count')).toHaveText('1 product');
  await expect(row).toContainText(name);
  await expect(page.getByTestId(`row-${productId}-onhand`)).toHaveText('22');
  await expect(page.getByTestId(`row-${productId}-committed`)).toHaveText('4');
  await expect(page.getByTestId(`row-${productId}-available`)).toHaveText('18');
  await dismissToasts(page);
  await page.screenshot({ path: testInfo.outputPath('products-page.png'), fullPage: true });

  // "/" jumps to the search, Esc clears it; Enter in the list opens the selected row.
  await page.getByTestId('products-table').focus();
  await page.keyboard.press('/');
  await expect(page.getByTestId('product-search')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('product-search')).toHaveValue('');
  await page.getByTestId('product-search').fill(skuBlack);
  await expect(page.getByTestId('product-count')).toHaveText('1 product');
  await page.getByTestId('product-search').press('ArrowDown');
  await expect(page.getByTestId('products-table')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('product-title')).toHaveText(name);

  // A reload reads everything back from the catalog.
  await page.reload();
  await expect(page.getByTestId('product-title')).toHaveText(name);
  await expect(page.getByTestId(`variant-${black}-price`)).toHaveValue('26.50');
  await expect(page.getByTestId(`variant-${natural}-onhand`)).toHaveText('17');
  await expect(page.getByTestId(`variant-${natural}-committed`)).toHaveText('4');
  await expect(page.getByTestId(`variant-${natural}-available`)).toHaveText('13');
  await expect(page.getByTestId(`variant-${black}-onhand`)).toHaveText('5');

  // From anywhere: "/" to search, type a SKU, Enter opens the product.
  await page.getByTestId('nav-products').click();
  await page.keyboard.press('/');
  await page.keyboard.type(skuNatural);
  await expect(page.getByTestId('product-count')).toHaveText('1 product');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('product-title')).toHaveText(name);
});

test('a product without a name is refused with the reason next to the field, and nothing is created', async ({ page }) => {
  await page.goto(appUrl());
  await page.getByTestId('new-product').click();
  await page.getByTestId('new-variant-0-sku').fill('NAMELESS-1');
  await page.getByTestId('create-product-submit').click();
  await expect(page.getByText('A product needs a name')).toBeVisible();
  await expect(page).toHaveURL(/#\/products\/new$/);

  await page.getByTestId('nav-products').click();
  await page.getByTestId('product-search').fill('NAMELESS-1');
  await expect(page.getByTestId('empty-search')).toBeVisible();
});

test('a description with scripts and handlers previews as plain formatting, and saves as typed', async ({ page }) => {
  const tag = Date.now().toString(36).toUpperCase();
  await page.goto(appUrl());
  await page.getByTestId('new-product').click();
  await page.getByTestId('new-product-name').fill(`Poster ${tag}`);
  await page.getByTestId('new-variant-0-sku').fill(`POSTER-${tag}`);
  await page.getByTestId('create-product-submit').click();
  await expect(page.getByTestId('product-title')).toHaveText(`Poster ${tag}`);

  const html = '<p><strong>Giclée</strong> print</p><script>window.hacked = 1</script><img src="x" onerror="window.hacked = 2"><a href="javascript:window.hacked = 3">link</a>';
  await page.getByTestId('product-description').fill(html);
  const preview = page.getByTestId('description-preview');
  await expect(preview.locator('strong')).toHaveText('Giclée');
  await expect(preview.locator('script')).toHaveCount(0);
  await expect(preview.locator('[onerror]')).toHaveCount(0);
  await expect(preview.locator('a')).not.toHaveAttribute('href', /javascript/);
  expect(await page.evaluate(() => (globalThis as { hacked?: number }).hacked)).toBeUndefined();

  await page.getByTestId('save-product').click();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.reload();
  await expect(page.getByTestId('product-description')).toHaveValue(html);
});

test('leaving with unsaved edits asks first, and a deleted product is gone from the list', async ({ page }) => {
  const tag = Date.now().toString(36).toUpperCase();
  await page.goto(appUrl());
  await page.getByTestId('new-product').click();
  await page.getByTestId('new-product-name').fill(`Mug ${tag}`);
  await page.getByTestId('new-variant-0-sku').fill(`MUG-${tag}`);
  await page.getByTestId('create-product-submit').click();
  await expect(page.getByTestId('product-title')).toHaveText(`Mug ${tag}`);

  await page.getByTestId('product-name').fill(`Big mug ${tag}`);
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByTestId('nav-products').click();
  await expect(page.getByTestId('product-name')).toHaveValue(`Big mug ${tag}`);
  await page.getByTestId('revert-product').click();
  await expect(page.getByTestId('product-name')).toHaveValue(`Mug ${tag}`);

  await page.getByTestId('delete-product').click();
  const confirm = page.getByTestId('delete-product-dialog');
  await expect(confirm).toBeVisible();
  await confirm.getByTestId('delete-product-dialog-submit').click();
  await expect(page.getByRole('heading', { name: 'Products', level: 1 })).toBeVisible();
  await page.getByTestId('product-search').fill(`MUG-${tag}`);
  await expect(page.getByTestId('empty-search')).toBeVisible();
});
