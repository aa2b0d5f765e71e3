/**
 * The product's images: thumbnails in order (the first is the main one), upload by picking
 * or dropping files, alt text, reordering and removal. Every change is saved at once.
 */
import { useRef, useState, type DragEvent } from 'react';
import type { Product, ProductImage } from '../../shared/catalog';
import { ACCEPTED_IMAGE_TYPES, MAX_IMAGE_SIZE_TEXT } from '../../shared/product-images';
import { api } from '../api';
import { Card } from '../components/card';
import { ConfirmDialog } from '../components/confirm-dialog';
import { withProduct } from '../stores/product-editor';
import { toast } from '../stores/toasts';
import { ImageTile } from './image-tile';
import { uploadImages } from './image-upload';

export function ImagesSection({ product }: { product: Product }) {
  const input = useRef<HTMLInputElement>(null);
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState<{ done: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [removing, setRemoving] = useState<ProductImage | null>(null);

  /** One change at a time: a second click while one is saving is ignored. */
  const run = (action: () => Promise<unknown>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    void action().finally(() => {
      running.current = false;
      setBusy(false);
    });
  };

  const upload = (files: readonly File[]) => {
    if (files.length === 0) return;
    run(async () => {
      setUploading({ done: 0, total: files.length });
      await uploadImages(product.id, files, (done) => setUploading({ done, total: files.length }));
      setUploading(null);
    });
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    upload(Array.from(e.dataTransfer.files));
  };

  const images = product.images;
  return (
    <Card
      title="Images"
      testId="images-section"
      action={
        <>
          <input
            ref={input}
            type="file"
            accept={ACCEPTED_IMAGE_TYPES.join(',')}
            multiple
            hidden
            onChange={(e) => {
              upload(Array.from(e.target.files ?? []));
              e.target.value = ''; // the same file may be picked again later
            }}
            data-testid="images-upload-input"
          />
          <button type="button" className="button" disabled={busy} onClick={() => input.current?.click()} data-testid="images-upload">
            + Add images
          </button>
        </>
      }
    >
      <div
        className={`image-drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
        data-testid="images-drop-zone"
      >
        {images.length === 0 ? (
          <p className="muted image-drop-hint" data-testid="images-empty">
            No images yet. Drop PNG, JPEG, WebP or GIF files here, or use Add images (at most {MAX_IMAGE_SIZE_TEXT} each).
          </p>
        ) : (
          <ul className="image-list" aria-label="Images, in order">
            {images.map((image, index) => (
              <ImageTile
                key={image.id}
                image={image}
                index={index}
                count={images.length}
                usedBy={product.variants.filter((v) => v.imageId === image.id)}
                busy={busy}
                run={run}
                onRemove={() => setRemoving(image)}
              />
            ))}
          </ul>
        )}
        {uploading ? (
          <p className="muted" role="status" data-testid="images-uploading">
            Adding image {Math.min(uploading.done + 1, uploading.total)} of {uploading.total}…
          </p>
        ) : images.length > 0 ? (
          <p className="field-hint image-drop-hint">The first image is the main one. Drop more files here to add them.</p>
        ) : null}
      </div>

      {removing ? (
        <ConfirmDialog
          title="Remove image?"
          message={
            product.variants.some((v) => v.imageId === removing.id)
              ? 'The image is removed from this product, and the variants showing it will show none.'
              : 'The image is removed from this product.'
          }
          confirmLabel="Remove image"
          testId="remove-image-dialog"
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            if (await withProduct(() => api.removeProductImage({ id: removing.id }))) {
              toast('success', 'Image removed');
              setRemoving(null);
            }
          }}
        />
      ) : null}
    </Card>
  );
}
