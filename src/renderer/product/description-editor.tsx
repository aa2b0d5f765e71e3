/** Description HTML with a live preview that shows only what the sanitizer lets through. */
import { useDeferredValue, useEffect, useRef } from 'react';
import { Card } from '../components/card';
import { Field } from '../components/field';
import { sanitizeHtml } from '../html-sanitizer';
import { useProductEditor } from '../stores/product-editor';

export function DescriptionEditor({ html }: { html: string }) {
  const edit = useProductEditor((s) => s.edit);
  const error = useProductEditor((s) => s.errors['descriptionHtml']);
  const deferred = useDeferredValue(html);
  const preview = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Built node by node from the allow-list; never through innerHTML.
    preview.current?.replaceChildren(sanitizeHtml(deferred));
  }, [deferred]);

  return (
    <Card title="Description">
      <div className="description">
        <Field label="HTML" error={error}>
          {(id, describedBy) => (
            <textarea
              id={id}
              value={html}
              rows={8}
              spellCheck
              onChange={(e) => edit((d) => ({ ...d, descriptionHtml: e.target.value }), ['descriptionHtml'])}
              aria-describedby={describedBy}
              data-testid="product-description"
            />
          )}
        </Field>
        <div className="field">
          <span className="label-like" id="description-preview-label">
            Preview
          </span>
          <div
            ref={preview}
            className="description-preview"
            aria-labelledby="description-preview-label"
            data-testid="description-preview"
            // A preview is for looking: its links must not take the app away to another page.
            onClick={(e) => {
              if ((e.target as Element).closest('a')) e.preventDefault();
            }}
          />
        </div>
      </div>
    </Card>
  );
}
