/**
 * A product's pictures: added from the owner's files, shown in order, described for screen
 * readers, shown on a variant, removed again, and kept on disk exactly as long as needed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Product } from '../../../src/shared/catalog';
import { MAX_IMAGE_BYTES } from '../../../src/shared/product-images';
import { freshShopEachTest, teeInput } from '../../support/catalog-core';
import { base64, gifStart, jpegStart, pngImage, webpStart } from '../../support/test-images';

const shop = freshShopEachTest();

const red = pngImage([220, 40, 40]);
const blue = pngImage([40, 40, 220]);
const green = pngImage([40, 180, 40]);

const add = (productId: number, bytes: Buffer, fileName = 'photo.png', alt?: string) =>
  shop.core.call('addProductImage', { productId, fileName, dataBase64: base64(bytes), ...(alt === undefined ? {} : { alt }) });

const imagesDir = () => join(shop.dataDir, 'images');
const storedFiles = () => readdirSync(imagesDir()).sort();
const order = (p: Product) => p.images.map((i) => [i.alt, i.position]);

async function teeWithImages(...alts: string[]): Promise<Product> {
  let tee = await shop.core.call('createProduct', teeInput());
  const colours = [red, blue, green];
  for (const [i, alt] of alts.entries()) tee = await add(tee.id, colours[i]!, `${alt}.png`, alt);
  return tee;
}

describe('adding images', () => {
  it('stores the file under the data folder, named by its contents, and lists it last', async () => {
    const tee = await teeWithImages('front');
    const after = await add(tee.id, blue, 'back.png', 'Back print');
    expect(after.images).toHaveLength(2);
    expect(after.images[1]).toMatchObject({ alt: 'Back print', position: 1, shopifyMediaId: null });
    const stored = after.images[1]!.fileName;
    expect(stored).toMatch(/^[0-9a-f]{64}\.png$/);
    expect(readFileSync(join(imagesDir(), stored))).toEqual(blue);
    expect(await shop.core.call('getProduct', { id: tee.id })).toEqual(after);
  });

  it('tells the format by the bytes: a JPEG called .png is stored as .jpg, and WebP and GIF are taken', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    const jpeg = await add(tee.id, jpegStart(), 'actually-a-jpeg.png');
    expect(jpeg.images[0]!.fileName).toMatch(/\.jpg$/);
    const webp = await add(tee.id, webpStart(), 'scan');
    expect(webp.images[1]!.fileName).toMatch(/\.webp$/);
    const gif = await add(tee.id, gifStart(), 'spinner.gif');
    expect(gif.images[2]!.fileName).toMatch(/\.gif$/);
  });

  it('keeps one file for identical bytes used by two products', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    const tote = await shop.core.call('createProduct', { name: 'Tote' });
    const a = await add(tee.id, red);
    const b = await add(tote.id, red, 'same-picture.png');
    expect(a.images[0]!.fileName).toBe(b.images[0]!.fileName);
    expect(storedFiles()).toEqual([a.images[0]!.fileName]);
  });

  it('refuses the same picture twice on one product', async () => {
    const tee = await teeWithImages('front');
    await expect(add(tee.id, red, 'front again.png')).rejects.toMatchObject({
      code: 'rejected',
      message: 'front again.png is already one of Moth tee\u2019s images.',
    });
  });

  it('announces the change only once it is saved', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    shop.events.length = 0;
    await add(tee.id, red);
    expect(shop.events).toEqual([{ name: 'catalogChanged', payload: { productIds: [tee.id] } }]);
  });
});

describe('refusing what is not a product image', () => {
  it('a file that is not PNG, JPEG, WebP or GIF, whatever its name says', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    shop.events.length = 0;
    for (const bytes of [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), Buffer.from('BM\x00\x00', 'latin1'), Buffer.from('%PDF-1.7')]) {
      await expect(add(tee.id, bytes, 'moth.png')).rejects.toMatchObject({
        code: 'rejected',
        message: 'moth.png is not a PNG, JPEG, WebP or GIF image (judged by its contents, whatever its name says).',
      });
    }
    expect((await shop.core.call('getProduct', { id: tee.id })).images).toEqual([]);
    expect(storedFiles()).toEqual([]);
    expect(shop.events).toEqual([]);
  });

  it('an image larger than 20 MB', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    const big = Buffer.concat([red, Buffer.alloc(MAX_IMAGE_BYTES - red.length + 1)]);
    await expect(add(tee.id, big, 'poster.png')).rejects.toMatchObject({
      code: 'rejected',
      message: 'poster.png is 20.1 MB: an image can be at most 20 MB.',
    });
    expect(storedFiles()).toEqual([]);
  });

  it('an image for a product that does not exist', async () => {
    await expect(add(999, red)).rejects.toMatchObject({ code: 'not_found', message: 'Product 999 was not found. It may have been deleted.' });
    expect(storedFiles()).toEqual([]);
  });
});

describe('arranging and describing images', () => {
  it('moves an image and keeps the positions 0, 1, 2', async () => {
    const tee = await teeWithImages('front', 'back', 'detail');
    const detail = tee.images[2]!;
    const first = await shop.core.call('updateProductImage', { id: detail.id, position: 0 });
    expect(order(first)).toEqual([
      ['detail', 0],
      ['front', 1],
      ['back', 2],
    ]);
    const last = await shop.core.call('updateProductImage', { id: detail.id, position: 99 });
    expect(order(last)).toEqual([
      ['front', 0],
      ['back', 1],
      ['detail', 2],
    ]);
  });

  it('changes the alt text and nothing else', async () => {
    const tee = await teeWithImages('front', 'back');
    const after = await shop.core.call('updateProductImage', { id: tee.images[1]!.id, alt: '  Back print, close up  ' });
    expect(order(after)).toEqual([
      ['front', 0],
      ['Back print, close up', 1],
    ]);
  });

  it('says so when the image is gone', async () => {
    await expect(shop.core.call('updateProductImage', { id: 404, alt: 'x' })).rejects.toMatchObject({ code: 'not_found', message: 'Image 404 was not found. It may have been deleted.' });
  });
});

describe('a variant’s image', () => {
  it('is one of its own product’s images', async () => {
    const tee = await teeWithImages('front');
    const after = await shop.core.call('updateVariant', { id: tee.variants[1]!.id, changes: { imageId: tee.images[0]!.id } });
    expect(after.variants[1]!.imageId).toBe(tee.images[0]!.id);
  });

  it('cannot be an image of another product', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    const tote = await shop.core.call('createProduct', { name: 'Tote' });
    const toteImage = (await add(tote.id, red)).images[0]!;
    await expect(shop.core.call('updateVariant', { id: tee.variants[0]!.id, changes: { imageId: toteImage.id } })).rejects.toMatchObject({
      code: 'rejected',
      message: `Image ${toteImage.id} is not one of this product\u2019s images.`,
    });
    expect((await shop.core.call('getProduct', { id: tee.id })).variants[0]!.imageId).toBeNull();
  });
});

describe('removing images', () => {
  it('closes up the positions and lets go of the variants that showed it', async () => {
    const tee = await teeWithImages('front', 'back', 'detail');
    const back = tee.images[1]!;
    await shop.core.call('updateVariant', { id: tee.variants[0]!.id, changes: { imageId: back.id } });
    await shop.core.call('updateVariant', { id: tee.variants[1]!.id, changes: { imageId: tee.images[0]!.id } });
    const after = await shop.core.call('removeProductImage', { id: back.id });
    expect(order(after)).toEqual([
      ['front', 0],
      ['detail', 1],
    ]);
    expect(after.variants.map((v) => v.imageId)).toEqual([null, tee.images[0]!.id]);
    expect(storedFiles()).not.toContain(back.fileName);
  });

  it('keeps the file while another product still uses the same picture', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    const tote = await shop.core.call('createProduct', { name: 'Tote' });
    const teeImage = (await add(tee.id, red)).images[0]!;
    await add(tote.id, red);
    await shop.core.call('removeProductImage', { id: teeImage.id });
    expect(existsSync(join(imagesDir(), teeImage.fileName))).toBe(true);
    await shop.core.call('deleteProduct', { id: tote.id });
    expect(storedFiles()).toEqual([]);
  });

  it('deleting a product removes the files only it used', async () => {
    const tee = await teeWithImages('front', 'back');
    const tote = await shop.core.call('createProduct', { name: 'Tote' });
    await add(tote.id, red);
    await shop.core.call('deleteProduct', { id: tee.id });
    expect(storedFiles()).toEqual([tee.images[0]!.fileName]);
  });

  it('announces the removal once it is saved', async () => {
    const tee = await teeWithImages('front');
    shop.events.length = 0;
    await shop.core.call('removeProductImage', { id: tee.images[0]!.id });
    expect(shop.events).toEqual([{ name: 'catalogChanged', payload: { productIds: [tee.id] } }]);
    await expect(shop.core.call('removeProductImage', { id: tee.images[0]!.id })).rejects.toMatchObject({ code: 'not_found' });
  });
});
