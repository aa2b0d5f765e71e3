/**
 * The search engine listing, in Shopify's words: the page title and meta description search
 * engines show. Empty means Shopify uses the product's name and description.
 */
import { SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from '../../shared/catalog';
import { Card } from '../components/card';
import { Field, TextField } from '../components/field';
import { useProductEditor } from '../stores/product-editor';
import type { ProductDraft } from './product-draft';

/** What search engines show of each, as Shopify Admin counts it. */
const TITLE_SHOWN = 70;
const DESCRIPTION_SHOWN = 160;

const used = (text: string, shown: number) => `${text.trim().length} of ${shown} characters used`;

export function SearchListingSection({ draft }: { draft: ProductDraft }) {
  const edit = useProductEditor((s) => s.edit);
  const errors = useProductEditor((s) => s.errors);
  const set = (key: 'seoTitle' | 'seoDescription', value: string) => edit((d) => ({ ...d, [key]: value }), [key]);
  const descriptionError = errors['seoDescription'];

  return (
    <Card title="Search engine listing">
      <div className="form-grid">
        <TextField
          label="Page title"
          value={draft.seoTitle}
          onChange={(v) => set('seoTitle', v)}
          error={errors['seoTitle']}
          hint={`${used(draft.seoTitle, TITLE_SHOWN)}. Empty uses the product name; at most ${SEO_TITLE_MAX}.`}
          placeholder={draft.name}
          testId="product-seo-title"
          className="span-2"
        />
        <Field
          label="Meta description"
          error={descriptionError}
          hint={`${used(draft.seoDescription, DESCRIPTION_SHOWN)}. Empty lets Shopify make one from the description; at most ${SEO_DESCRIPTION_MAX}.`}
          className="span-2"
        >
          {(id, describedBy) => (
            <textarea
              id={id}
              value={draft.seoDescription}
              rows={3}
              spellCheck
              onChange={(e) => set('seoDescription', e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={descriptionError ? true : undefined}
              data-testid="product-seo-description"
            />
          )}
        </Field>
      </div>
    </Card>
  );
}
