/**
 * The product editor's sale and search fields: a compare-at price per variant and the search
 * engine listing (page title, meta description), saved, kept after a reload, a bad amount
 * refused with a clear message, at 1280×800 and 1024×700 with nothing scrolling sideways.
 */
import { expect, test } from '@playwright/test';
import { callApp } from './support/app-socket';

const appUrl = () => {
  const url = process.env['STOCKPILOT_E2E_URL'];
  if (!url) throw new Error('STOCKPILOT_E2E_URL is not set: run through playwright.config.ts (its global setup starts the app).');
  return url;
};

for (const [width, height] of [
  [1280, 800],
  [1024, 700],
] as const) {
  test(`a compare-at price and the search engine listing are edited and kept (${width}×${height})`, async ({ page }, testInfo) => {
    const tag = `${width}${Date.now().toString(36).toUpperCase()}`;
    const product = await callApp(appUrl(), 'createProduct', {
      name: `Moth tee ${tag}`,
      tags: ['organic', 'summer'],
      optionNames: ['Size'],
      variants: [
        { sku: `TEE-S-${tag}`, priceCents: 2500, optionValues: ['S'], barcode: '4006381333931', onHand: 4 },
        { sku: `TEE-M-${tag}`, priceCents: 2500, optionValues: ['M'], onHand: 2 },
      ],
    });
    const { id } = product;
    const [small, medium] = product.variants;
    await page.setViewportSize({ width, height });
    await page.goto(`${appUrl()}#/products/${id}`);
    await expect(page.getByTestId('product-title')).toHaveText(`Moth tee ${tag}`);

    // A bad amount is refused where it was typed; nothing is saved.
    await page.getByTestId(`variant-${small!.id}-compareAtPrice`).fill('thirty');
    await page.getByTestId('save-product').click();
    await expect(page.getByTestId('variants-table')).toContainText('Enter an amount such as 24.00');
    expect((await callApp(appUrl(), 'getProduct', { id })).variants[0]?.compareAtPriceCents).toBeNull();
    await page.getByTestId(`variant-${small!.id}-compareAtPrice`).fill('30.00');

    await page.getByTestId('product-seo-title').fill('Organic moth tee | Moth & Fern');
    await page.getByTestId('product-seo-description').fill('Hand-printed on organic cotton in our studio.');
    await expect(page.getByText('30 of 70 characters used')).toBeVisible();
    await page.getByTestId('save-product').click();
    await expect(page.getByTestId('save-state')).toHaveText('All changes saved');

    const saved = await callApp(appUrl(), 'getProduct', { id });
    expect(saved).toMatchObject({ seoTitle: 'Organic moth tee | Moth & Fern', seoDescription: 'Hand-printed on organic cotton in our studio.' });
    expect(saved.variants.map((v) => v.compareAtPriceCents)).toEqual([3000, null]);

    await page.reload();
    await expect(page.getByTestId(`variant-${small!.id}-compareAtPrice`)).toHaveValue('30.00');
    await expect(page.getByTestId(`variant-${medium!.id}-compareAtPrice`)).toHaveValue('');
    await expect(page.getByTestId('product-seo-title')).toHaveValue('Organic moth tee | Moth & Fern');

    const widths = await page.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    // The variants' own scroller has nothing to hide either: every column, Delete included, is in view.
    const table = await page.getByTestId('variants-table').evaluate((t) => ({ scroll: t.parentElement?.scrollWidth ?? 0, client: t.parentElement?.clientWidth ?? 0 }));
    expect(table.scroll).toBeLessThanOrEqual(table.client);
    await page.screenshot({ path: testInfo.outputPath(`product-editor-${width}x${height}.png`), fullPage: true });
    await page.getByTestId('variants-table').screenshot({ path: testInfo.outputPath(`variants-${width}x${height}.png`) });
    await page.getByTestId('product-seo-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`search-listing-${width}x${height}.png`) });
  });
}
