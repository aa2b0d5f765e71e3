/** Which of the product's images a variant shows (or none). Saved as soon as it is chosen. */
import type { ProductImage, Variant } from '../../shared/catalog';
import { imageUrl } from '../../shared/product-images';
import { api } from '../api';
import { withProduct } from '../stores/product-editor';

interface Props {
  variant: Variant;
  images: readonly ProductImage[];
  /** "variant 2", for the control's label. */
  label: string;
}

export function VariantImagePicker({ variant, images, label }: Props) {
  const current = images.find((image) => image.id === variant.imageId);
  return (
    <div className="variant-image">
      {current ? (
        <img className="variant-image-thumb" src={imageUrl(current.fileName)} alt="" data-testid={`variant-${variant.id}-image-thumbnail`} />
      ) : (
        <span className="variant-image-thumb" aria-hidden="true" />
      )}
      <select
        aria-label={`Image of ${label}`}
        title="Saved as soon as you choose"
        value={variant.imageId ?? ''}
        onChange={(e) => {
          const imageId = e.target.value === '' ? null : Number(e.target.value);
          void withProduct(() => api.updateVariant({ id: variant.id, changes: { imageId } }));
        }}
        data-testid={`variant-${variant.id}-image`}
      >
        <option value="">No image</option>
        {images.map((image, index) => (
          <option key={image.id} value={image.id}>
            {`Image ${index + 1}${image.alt ? ` \u2014 ${image.alt}` : ''}`}
          </option>
        ))}
      </select>
    </div>
  );
}
