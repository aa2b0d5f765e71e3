/** One image of a product: its picture, alt text, place in the order, and who shows it. */
import { useState } from 'react';
import type { ProductImage, Variant } from '../../shared/catalog';
import { imageUrl } from '../../shared/product-images';
import { api } from '../api';
import { withProduct } from '../stores/product-editor';
import { variantLabel } from './product-dialogs';

interface Props {
  image: ProductImage;
  index: number;
  count: number;
  /** The variants showing this image. */
  usedBy: readonly Variant[];
  busy: boolean;
  run: (action: () => Promise<unknown>) => void;
  onRemove: () => void;
}

export function ImageTile({ image, index, count, usedBy, busy, run, onRemove }: Props) {
  const move = (position: number) => run(() => withProduct(() => api.updateProductImage({ id: image.id, position })));
  const label = `image ${index + 1}`;
  return (
    <li className="image-tile" data-testid={`image-${image.id}`}>
      <div className="image-frame">
        <img src={imageUrl(image.fileName)} alt={image.alt} loading="lazy" data-testid={`image-${image.id}-thumbnail`} />
        {index === 0 ? <span className="image-main-badge">Main</span> : null}
      </div>
      {/* Keyed by the saved text, so a change saved elsewhere replaces what is shown here. */}
      <AltText key={image.alt} image={image} label={label} run={run} />
      <div className="image-tile-actions">
        <button
          type="button"
          className="button small"
          disabled={busy || index === 0}
          aria-label={`Move ${label} left`}
          onClick={() => move(index - 1)}
          data-testid={`image-${image.id}-move-left`}
        >
          ←
        </button>
        <button
          type="button"
          className="button small"
          disabled={busy || index === count - 1}
          aria-label={`Move ${label} right`}
          onClick={() => move(index + 1)}
          data-testid={`image-${image.id}-move-right`}
        >
          →
        </button>
        <button
          type="button"
          className="button small subtle danger image-remove"
          disabled={busy}
          aria-label={`Remove ${label}`}
          onClick={onRemove}
          data-testid={`image-${image.id}-remove`}
        >
          Remove
        </button>
      </div>
      {usedBy.length > 0 ? (
        <p className="image-used-by muted" data-testid={`image-${image.id}-used-by`}>
          Used by variant: {usedBy.map(variantLabel).join(', ')}
        </p>
      ) : null}
    </li>
  );
}

/** Saved when the field loses focus or on Enter; Esc puts the saved text back. */
function AltText({ image, label, run }: { image: ProductImage; label: string; run: Props['run'] }) {
  const [text, setText] = useState(image.alt);
  const save = () => {
    if (text.trim() !== image.alt) run(() => withProduct(() => api.updateProductImage({ id: image.id, alt: text })));
  };
  return (
    <input
      className="image-alt"
      value={text}
      placeholder="Alt text"
      title="Alt text: what the picture shows, for screen readers and search engines"
      aria-label={`Alt text of ${label}`}
      maxLength={512}
      onChange={(e) => setText(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          save();
        } else if (e.key === 'Escape') {
          setText(image.alt);
        }
      }}
      data-testid={`image-${image.id}-alt`}
    />
  );
}
