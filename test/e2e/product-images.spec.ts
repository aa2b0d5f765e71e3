/**
 * A shop owner gives a product its pictures: uploads two at once, drops a third, describes
 * one, puts them in order, shows one on a variant, finds it all again after a reload, and
 * removes the picture a variant was showing.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { pngImage } from '../support/test-images';

const appUrl = () => {
  const url = process.env['STOCKPILOT_E2E_URL'];
  if (!url) throw new Error('STOCKPILOT_E2E_URL is not set: run through playwright.config.ts (its global setup starts the app).');
  return url;
};

const tileIds = async (page: Page): Promise<number[]> =>
  (await page.locator('[data-testid="images-section"] li[data-testid^="image-"]').evaluateAll((tiles) => tiles.map((t) => t.getAttribute('data-testid') ?? ''))).map(
    (id) => Number(id.replace('image-', '')),
  );

/** True once the browser has fetched and decoded the picture (so the server really sent it). */
const loaded = (image: Locator) =>
  image.evaluate((element) => {
    const img = element as unknown as { complete: boolean; naturalWidth: number };
    return img.complete && img.naturalWidth > 0;
  });

/** The page's DataTransfer and File, typed here because the tests compile without the DOM library. */
interface PageScope {
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: Uint8Array[], name: string, options: { type: string }) => unknown;
}

/** Drops files on an element the way a file manager would. */
async function dropFiles(target: Locator, files: { name: string; bytes: Buffer }[]): Promise<void> {
  const transfer = await target.page().evaluateHandle(
    (list) => {
      const scope = globalThis as unknown as PageScope;
      const data = new scope.DataTransfer();
      for (const file of list) data.items.add(new scope.File([new Uint8Array(file.bytes)], file.name, { type: 'image/png' }));
      return data;
    },
    files.map((f) => ({ name: f.name, bytes: [...f.bytes] })),
  );
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

test('images are uploaded, described, ordered, shown on a variant, kept after a reload and removed', async ({ page }, testInfo) => {
  const tag = Date.now().toString(36).toUpperCase();
  const name = `Enamel pin ${tag}`;

  await page.goto(appUrl());
  await page.getByTestId('new-product').click();
  await page.getByTestId('new-product-name').fill(name);
  await page.getByTestId('new-option-add').click();
  await page.getByTestId('new-option-name-0').fill('Colour');
  await page.getByTestId('new-variant-0-option-0').fill('Gold');
  await page.getByTestId('new-variant-0-sku').fill(`PIN-GLD-${tag}`);
  await page.getByTestId('new-add-variant').click();
  await page.getByTestId('new-variant-1-option-0').fill('Silver');
  await page.getByTestId('new-variant-1-sku').fill(`PIN-SLV-${tag}`);
  await page.getByTestId('create-product-submit').click();
  await expect(page.getByTestId('product-title')).toHaveText(name);
  await expect(page.getByTestId('images-empty')).toBeVisible();
  const [gold, silver] = (await page.locator('[data-testid^="variant-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid') ?? ''))).map(
    (id) => Number(id.replace('variant-row-', '')),
  );

  // Two files picked at once, in that order.
  await page.getByTestId('images-upload-input').setInputFiles([
    { name: 'pin-front.png', mimeType: 'image/png', buffer: pngImage([212, 175, 55], 16) },
    { name: 'pin-back.png', mimeType: 'image/png', buffer: pngImage([150, 150, 160], 16) },
  ]);
  await expect(page.locator('[data-testid="images-section"] li')).toHaveCount(2);
  const [front, back] = await tileIds(page);
  await expect.poll(() => loaded(page.getByTestId(`image-${front}-thumbnail`))).toBe(true);
  await expect.poll(() => loaded(page.getByTestId(`image-${back}-thumbnail`))).toBe(true);

  // A third one dropped onto the section goes last.
  await dropFiles(page.getByTestId('images-drop-zone'), [{ name: 'pin-card.png', bytes: pngImage([30, 30, 30], 16) }]);
  await expect(page.locator('[data-testid="images-section"] li')).toHaveCount(3);
  const card = (await tileIds(page))[2]!;

  // Describe the front, then make the back the main image.
  await page.getByTestId(`image-${front}-alt`).fill('Gold pin, front');
  await page.getByTestId(`image-${front}-alt`).press('Enter');
  await expect(page.getByTestId(`image-${front}-thumbnail`)).toHaveAttribute('alt', 'Gold pin, front');
  await page.getByTestId(`image-${back}-move-left`).click();
  await expect.poll(() => tileIds(page)).toEqual([back, front, card]);
  await expect(page.getByTestId(`image-${back}-move-left`)).toBeDisabled();

  // The gold variant shows the front picture.
  await page.getByTestId(`variant-${gold}-image`).selectOption({ label: 'Image 2 \u2014 Gold pin, front' });
  await expect(page.getByTestId(`image-${front}-used-by`)).toContainText(`PIN-GLD-${tag}`);
  await expect(page.getByTestId(`variant-${gold}-image-thumbnail`)).toBeVisible();
  await page.mouse.wheel(0, -100_000);
  await page.screenshot({ path: testInfo.outputPath('product-images.png'), fullPage: true });

  // Everything is read back from the catalog after a reload.
  await page.reload();
  await expect(page.getByTestId('product-title')).toHaveText(name);
  await expect.poll(() => tileIds(page)).toEqual([back, front, card]);
  await expect(page.getByTestId(`image-${front}-alt`)).toHaveValue('Gold pin, front');
  await expect(page.getByTestId(`variant-${gold}-image`)).toHaveValue(String(front));
  await expect(page.getByTestId(`variant-${silver}-image`)).toHaveValue('');
  await expect.poll(() => loaded(page.getByTestId(`variant-${gold}-image-thumbnail`))).toBe(true);

  // Removing the front picture asks first, then the gold variant shows none.
  await page.getByTestId(`image-${front}-remove`).click();
  const dialog = page.getByTestId('remove-image-dialog');
  await expect(dialog).toContainText('the variants showing it will show none');
  await dialog.getByTestId('remove-image-dialog-submit').click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => tileIds(page)).toEqual([back, card]);
  await expect(page.getByTestId(`variant-${gold}-image`)).toHaveValue('');
  await page.reload();
  await expect.poll(() => tileIds(page)).toEqual([back, card]);
});

test('a file that is not an image is refused with the reason, and nothing is added', async ({ page }) => {
  const tag = Date.now().toString(36).toUpperCase();
  await page.goto(appUrl());
  await page.getByTestId('new-product').click();
  await page.getByTestId('new-product-name').fill(`Sticker ${tag}`);
  await page.getByTestId('create-product-submit').click();
  await expect(page.getByTestId('product-title')).toHaveText(`Sticker ${tag}`);

  await page.getByTestId('images-upload-input').setInputFiles({ name: 'sticker.png', mimeType: 'image/png', buffer: Buffer.from('not really a picture') });
  await expect(page.getByTestId('toasts')).toContainText('sticker.png is not a PNG, JPEG, WebP or GIF image');
  await expect(page.getByTestId('images-empty')).toBeVisible();
});
