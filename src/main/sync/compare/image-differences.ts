/**
 * A linked product's images compared by their bytes (the SHA-256 the image step learnt for
 * Shopify's media), in order, with alt text; and a variant's image where both sides have
 * it. Pure: a Shopify media whose bytes were never looked at (an unlinked match) leaves the
 * images out of the compare; one whose bytes could not be had makes them differ, saying why.
 */
import { imageUrl } from '../../../shared/product-images';
import type { SyncDifference, SyncImage, SyncSide } from '../../../shared/product-sync';
import type { LocalImage, LocalProduct, LocalVariant, ShopifyMedia, ShopifyProduct, ShopifyVariant } from '../catalog-read/catalog-snapshot';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const localImage = (i: LocalImage): SyncImage => ({ sha256: i.sha256, alt: i.alt, src: imageUrl(i.fileName), mediaId: i.shopifyMediaId, problem: null });
const shopifyImage = (m: ShopifyMedia): SyncImage => ({
  sha256: m.sha256 ?? null,
  alt: m.alt,
  // Only the copy Stockpilot keeps: the window loads nothing from the network (its CSP).
  src: m.storedFile ? imageUrl(m.storedFile) : null,
  mediaId: m.id,
  problem: m.sha256 === null ? (m.unknownBecause ?? 'its bytes are unknown') : null,
});

/** How a value list reads in the activity log: one entry per image, its hash's start and its alt text. */
const valueOf = (i: SyncImage) => `${i.sha256 ? i.sha256.slice(0, 12) : 'unknown'}${i.alt.trim() ? ` \u201c${i.alt.trim()}\u201d` : ''}`;

const sameImages = (a: readonly SyncImage[], b: readonly SyncImage[]) =>
  a.length === b.length && a.every((x, i) => x.sha256 !== null && x.sha256 === b[i]?.sha256 && x.alt.trim() === (b[i]?.alt ?? '').trim());

export interface ImagesDraft {
  stockpilot: string[];
  shopify: string[];
  stockpilotText: string;
  shopifyText: string;
  recommended: SyncSide;
  note: string;
  images: NonNullable<SyncDifference['images']>;
}

const countText = (n: number) => (n === 0 ? 'no images' : plural(n, 'image'));

export function imagesDifference(l: LocalProduct, s: ShopifyProduct): ImagesDraft | null {
  if (!l.images || s.media.some((m) => m.sha256 === undefined)) return null;
  const local = l.images.map(localImage);
  const shopify = s.media.map(shopifyImage);
  if (sameImages(local, shopify)) return null;

  // Which side moved since the last sync: a local side as it was synced means Shopify changed.
  const localFiles = l.images.map((i) => i.fileName);
  const localUnchanged = l.syncedImageFiles != null && l.syncedImageFiles.length === localFiles.length && l.syncedImageFiles.every((f, i) => f === localFiles[i]);
  const recommended: SyncSide = local.length === 0 || localUnchanged ? (shopify.length === 0 ? 'stockpilot' : 'shopify') : 'stockpilot';
  const known = l.syncedImageFiles != null;

  const shopifyHashes = new Set(shopify.map((i) => i.sha256));
  const localHashes = new Set(local.map((i) => i.sha256));
  const synced = new Set((l.syncedImageFiles ?? []).map((f) => f.slice(0, f.indexOf('.'))));
  const onlyHere = local.filter((i) => !shopifyHashes.has(i.sha256));
  const onlyThere = shopify.filter((i) => i.sha256 !== null && !localHashes.has(i.sha256));
  const unknown = shopify.filter((i) => i.sha256 === null);
  const parts: string[] = [];
  // Against the last sync, each one-sided image was added on its side or removed on the other.
  const tell = (list: readonly SyncImage[], ifNew: string, ifGone: string, unsure: string) => {
    if (!known) {
      if (list.length) parts.push(`${plural(list.length, 'image')} ${unsure}`);
      return;
    }
    const gone = list.filter((i) => i.sha256 !== null && synced.has(i.sha256)).length;
    if (list.length - gone) parts.push(`${plural(list.length - gone, 'image')} ${ifNew}`);
    if (gone) parts.push(`${plural(gone, 'image')} ${ifGone}`);
  };
  tell(onlyHere, 'added in Stockpilot', 'removed on Shopify', 'only in Stockpilot');
  tell(onlyThere, 'added on Shopify', 'removed in Stockpilot', 'only on Shopify');
  const shared = local.filter((i) => shopifyHashes.has(i.sha256));
  const sharedThere = shopify.filter((i) => i.sha256 !== null && localHashes.has(i.sha256));
  if (shared.some((x, i) => x.sha256 !== sharedThere[i]?.sha256)) parts.push('in a different order');
  const altDiffers = shared.filter((x) => shopify.find((y) => y.sha256 === x.sha256 && y.alt.trim() !== x.alt.trim())).length;
  if (altDiffers) parts.push(`alt text differs on ${plural(altDiffers, 'image')}`);
  for (const u of unknown) parts.push(`Shopify\u2019s image ${shopify.indexOf(u) + 1} is not compared: ${u.problem}; compare again to retry`);
  const note = `${parts.join('; ')}. Choosing Stockpilot\u2019s makes Shopify show these images in this order (adding, removing and reordering there); choosing Shopify\u2019s does the same here.`;
  return {
    stockpilot: local.map(valueOf),
    shopify: shopify.map(valueOf),
    stockpilotText: countText(local.length),
    shopifyText: countText(shopify.length),
    recommended,
    note: note.charAt(0).toUpperCase() + note.slice(1),
    images: { stockpilot: local, shopify },
  };
}

const imageLabel = (index: number, alt: string) => `Image ${index + 1}${alt.trim() ? ` (\u201c${alt.trim()}\u201d)` : ''}`;

/** The variant's image, when the variant's media was read and both sides have the image each side shows. */
export function variantImageDifference(idPrefix: string, product: LocalProduct, s: ShopifyProduct, l: LocalVariant, v: ShopifyVariant): SyncDifference | null {
  if (v.mediaId === undefined || !product.images || s.media.some((m) => m.sha256 === undefined)) return null;
  const local = l.imageId == null ? null : (product.images.find((i) => i.id === l.imageId) ?? null);
  const media = v.mediaId === null ? null : (s.media.find((m) => m.id === v.mediaId) ?? null);
  const localSha = local?.sha256 ?? null;
  const shopifySha = media?.sha256 ?? null;
  if (localSha === shopifySha) return null;
  if (v.mediaId !== null && shopifySha === null) return null; // Shopify's image is unknown: the images' difference says so
  if (localSha !== null && !s.media.some((m) => m.sha256 === localSha)) return null;
  if (shopifySha !== null && !product.images.some((i) => i.sha256 === shopifySha)) return null;
  const text = (sha: string | null, list: readonly { sha256?: string | null; alt: string }[]) => {
    const at = sha === null ? -1 : list.findIndex((i) => i.sha256 === sha);
    return at < 0 ? '(none)' : imageLabel(at, list[at]?.alt ?? '');
  };
  return {
    id: `${idPrefix}/image`,
    field: 'image',
    stockpilot: localSha,
    shopify: shopifySha,
    stockpilotText: text(localSha, product.images),
    shopifyText: text(shopifySha, s.media),
    recommended: 'stockpilot',
    note: 'The image shown when a customer picks this variant.',
    shopifyChoiceDisabled: null,
    chosen: null,
    images: { stockpilot: local ? [localImage(local)] : [], shopify: media ? [shopifyImage(media)] : [] },
  };
}
