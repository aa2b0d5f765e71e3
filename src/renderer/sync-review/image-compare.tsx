/**
 * A product's images on both sides, as thumbnails in their order with their alt text (or the
 * one image a variant shows on each side): an image only one side has is marked, and one whose bytes Stockpilot could not get from
 * Shopify says why. Both sides are files the core serves (Shopify's as downloaded copies).
 */
import type { SyncImage } from '../../shared/product-sync';
import './image-compare.css';

type Side = 'stockpilot' | 'shopify';

function Thumbnail({ image, index, onlyHere, side }: { image: SyncImage; index: number; onlyHere: boolean; side: Side }) {
  const alt = image.alt.trim();
  return (
    <li className={`image-compare-item${onlyHere ? ' only-here' : ''}`} data-testid={`image-${side}-${index + 1}`} title={image.problem ?? (alt || undefined)}>
      {image.src ? <img src={image.src} alt={alt || `Image ${index + 1}`} loading="lazy" /> : <span className="image-compare-missing">No file</span>}
      <span className="image-compare-caption">
        <span className="image-compare-index">{index + 1}</span> {alt || <span className="muted">no alt text</span>}
      </span>
      {onlyHere ? <span className="image-compare-mark">only here</span> : null}
      {image.problem ? <span className="image-compare-mark image-compare-problem">not compared</span> : null}
    </li>
  );
}

function ImageColumn({ side, images, other, single }: { side: Side; images: readonly SyncImage[]; other: readonly SyncImage[]; single: boolean }) {
  const otherHashes = new Set(other.map((i) => i.sha256));
  return (
    <div className="image-compare-side" data-testid={`images-${side}`}>
      <div className="image-compare-title">{side === 'stockpilot' ? 'Stockpilot' : 'Shopify'}</div>
      {images.length === 0 ? (
        <p className="muted image-compare-empty">{single ? 'No image' : 'No images'}</p>
      ) : (
        <ol className="image-compare-list">
          {images.map((image, i) => (
            <Thumbnail key={`${image.mediaId ?? ''}${image.sha256 ?? ''}${i}`} image={image} index={i} side={side} onlyHere={!single && image.sha256 !== null && !otherHashes.has(image.sha256)} />
          ))}
        </ol>
      )}
    </div>
  );
}

/** `single`: a variant's image (both sides have it among the product's images, so nothing is one-sided). */
export function ImageCompare({ stockpilot, shopify, single = false }: { stockpilot: readonly SyncImage[]; shopify: readonly SyncImage[]; single?: boolean }) {
  return (
    <div className="image-compare" data-testid="image-compare">
      <ImageColumn side="stockpilot" images={stockpilot} other={shopify} single={single} />
      <ImageColumn side="shopify" images={shopify} other={stockpilot} single={single} />
    </div>
  );
}
