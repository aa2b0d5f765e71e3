/**
 * Regenerate SKUs for the products the list shows: pick the products, set the pattern, read
 * the live preview (collisions highlighted; Apply stays disabled while any collide), then
 * apply. Linked products get their new SKUs on Shopify in the same step; the result says how
 * it went, product by product where something failed.
 */
import { useEffect, useMemo, useState } from 'react';
import type { SkuPattern, SkuRegenerationResult } from '../../shared/sku-tools';
import { api, errorMessage } from '../api';
import { Dialog } from '../components/dialog';
import { useProductsList } from '../stores/products-list';
import { toast } from '../stores/toasts';
import { DEFAULT_SKU_PATTERN, SkuPatternForm } from './sku-pattern-form';
import { SkuPreviewTable } from './sku-preview-table';
import { loadSkuScope, SCOPE_LIMIT, scopeWords, type SkuScope } from './sku-scope';
import { SkuScopePicker } from './sku-scope-picker';
import { DialogFailure } from './dialog-failure';
import { useDialogCall } from './use-dialog-call';
import { useSkuPreview } from './use-sku-preview';
import './sync-tools.css';

function RegenerationResult({ result }: { result: SkuRegenerationResult }) {
  return (
    <div className="sku-result" data-testid="sku-regeneration-result">
      <p>
        <strong>{result.changed.toLocaleString()}</strong> SKU{result.changed === 1 ? '' : 's'} changed
        {result.pushedToShopify > 0 ? `, ${result.pushedToShopify.toLocaleString()} of them also on Shopify` : ''}.
      </p>
      {result.failures.length > 0 ? (
        <div className="notice notice-error" role="alert">
          <p>Shopify refused the new SKUs of {result.failures.length === 1 ? 'one product' : `${result.failures.length} products`}:</p>
          <ul>
            {result.failures.map((f) => (
              <li key={f.productId}>
                {f.productName}: {f.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function blockerOf(preview: ReturnType<typeof useSkuPreview>): string | null {
  if (preview.problem !== null) return preview.problem;
  if (preview.pending || preview.preview === null) return 'The preview is being worked out…';
  if (preview.preview.collisions > 0) return 'Some new SKUs collide: change the pattern (a prefix or a counter usually helps) until none do.';
  if (preview.preview.rows.length === preview.preview.unchanged) return 'Every SKU already follows this pattern: nothing would change.';
  return null;
}

export function SkuRegenerateDialog({ onClose }: { onClose: () => void }) {
  const query = useProductsList((s) => s.query);
  const [scope, setScope] = useState<SkuScope | null>(null);
  const [scopeFailure, setScopeFailure] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [pattern, setPattern] = useState<SkuPattern>(DEFAULT_SKU_PATTERN);
  const [result, setResult] = useState<SkuRegenerationResult | null>(null);
  const { busy, failure, run } = useDialogCall();

  useEffect(() => {
    let current = true;
    loadSkuScope(query).then(
      (loaded) => {
        if (!current) return;
        setScope(loaded);
        setChosen(new Set(loaded.products.map((p) => p.id)));
      },
      (error: unknown) => current && setScopeFailure(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [query]);

  // In the list's order, so the counter runs the way the owner reads the products.
  const productIds = useMemo(() => (scope?.products ?? []).filter((p) => chosen.has(p.id)).map((p) => p.id), [scope, chosen]);
  const preview = useSkuPreview(productIds, pattern);
  const blocker = blockerOf(preview);

  const apply = () => {
    if (result !== null) return onClose();
    if (blocker !== null) return;
    return run(async () => {
      const done = await api.regenerateSkus({ productIds, pattern });
      setResult(done);
      toast(done.failures.length > 0 ? 'warning' : 'success', `${done.changed.toLocaleString()} SKU${done.changed === 1 ? '' : 's'} regenerated`);
    });
  };

  return (
    <Dialog
      title="Regenerate SKUs"
      testId="sku-regenerate-dialog"
      onClose={onClose}
      onSubmit={() => void apply()}
      submitLabel={result !== null ? 'Done' : 'Apply new SKUs'}
      busy={busy}
      submitDisabled={result === null && blocker !== null}
    >
      <div className="wide-dialog">
        {result !== null ? (
          <RegenerationResult result={result} />
        ) : (
          <>
            {scopeFailure !== null ? (
              <p className="notice notice-error" role="alert">
                The products could not be read: {scopeFailure}
              </p>
            ) : scope === null ? (
              <p className="muted">Reading the products…</p>
            ) : (
              <>
                <p className="muted" data-testid="sku-scope-words">
                  New SKUs for {scopeWords(query, scope.total)} in the products list
                  {scope.total > SCOPE_LIMIT ? ` (the first ${SCOPE_LIMIT.toLocaleString()}; search to narrow the list)` : ''}. Linked products get them on Shopify in the same step.
                </p>
                <SkuScopePicker products={scope.products} chosen={chosen} onChange={setChosen} />
              </>
            )}
            <SkuPatternForm pattern={pattern} onChange={setPattern} />
            {preview.preview !== null ? <SkuPreviewTable preview={preview.preview} /> : null}
            {blocker !== null && scope !== null ? (
              <p className={preview.problem !== null || preview.preview?.collisions ? 'field-error' : 'muted'} role="status" data-testid="sku-apply-blocker">
                {blocker}
              </p>
            ) : null}
            <DialogFailure failure={failure} testId="sku-regenerate-error" />
          </>
        )}
      </div>
    </Dialog>
  );
}
