/**
 * "Stock on Shopify": what this product sends (its quantity rule), its "Don't sync stock"
 * switch, "Sync stock now", and any variant changed on Shopify that waits for the owner's choice.
 */
import { useEffect, useState } from 'react';
import type { Product } from '../../shared/catalog';
import type { StockRule, StockRuleKind } from '../../shared/stock-push';
import { api } from '../api';
import { Card } from '../components/card';
import { Checkbox, SelectField, TextField } from '../components/field';
import { useBusyAction } from '../components/use-busy-action';
import { useSubmit } from '../components/use-submit';
import { toastRunSummary } from '../stores/stock-push';
import { toast, toastError } from '../stores/toasts';
import { variantLabel } from './product-dialogs';
import { ChangedOnShopify } from './changed-on-shopify';

const KINDS: ReadonlyArray<{ value: StockRuleKind; label: string }> = [
  { value: 'as_is', label: 'Available, as it is' },
  { value: 'fixed', label: 'Always a fixed quantity' },
  { value: 'at_most', label: 'Available, but not more than…' },
  { value: 'custom', label: 'A number per variant' },
];

interface RuleDraft {
  kind: StockRuleKind;
  quantity: string;
  /** variant id → typed quantity ('' = sent as-is). */
  custom: Record<number, string>;
  dontSync: boolean;
}

const draftOf = (rule: StockRule): RuleDraft => ({
  kind: rule.kind,
  quantity: rule.quantity === null ? '' : String(rule.quantity),
  custom: Object.fromEntries(rule.variantQuantities.map((v) => [v.variantId, String(v.quantity)])),
  dontSync: rule.dontSync,
});

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

function SyncNowButton({ product }: { product: Product }) {
  const { busy, run } = useBusyAction();
  const sync = () => run(async () => toastRunSummary(await api.bulkSyncStock({ productIds: [product.id] })));
  return (
    <button type="button" className="button" disabled={busy} onClick={() => void sync()} data-testid="stock-sync-now">
      {busy ? 'Syncing…' : 'Sync stock now'}
    </button>
  );
}

export function StockOnShopifySection({ product }: { product: Product }) {
  const [rule, setRule] = useState<StockRule | null>(null);
  const [draft, setDraft] = useState<RuleDraft | null>(null);
  const linked = product.variants.some((v) => v.shopify.variantId !== null);

  useEffect(() => {
    let current = true;
    api.getStockRule({ productId: product.id }).then(
      (loaded) => {
        if (!current) return;
        setRule(loaded);
        setDraft(draftOf(loaded));
      },
      (error: unknown) => current && toastError(error),
    );
    return () => {
      current = false;
    };
  }, [product.id]);

  const { submit, busy, errors, setErrors } = useSubmit(
    () => {
      const d = draft as RuleDraft;
      const variantQuantities = Object.entries(d.custom).flatMap(([id, text]) => (wholeNumber(text) === null ? [] : [{ variantId: Number(id), quantity: Number(text) }]));
      return api.setStockRule({
        productId: product.id,
        kind: d.kind,
        quantity: d.kind === 'fixed' || d.kind === 'at_most' ? wholeNumber(d.quantity) : null,
        ...(d.kind === 'custom' ? { variantQuantities } : {}),
        dontSync: d.dontSync,
      });
    },
    (saved) => {
      setRule(saved);
      setDraft(draftOf(saved));
      toast('success', saved.dontSync ? 'Saved: this product’s stock is not synced' : 'Stock rule saved; its variants are pushed again');
    },
  );

  if (!rule || !draft) return null;
  const dirty = JSON.stringify(draftOf(rule)) !== JSON.stringify(draft);
  const edit = (patch: Partial<RuleDraft>) => setDraft({ ...draft, ...patch });
  const needsN = draft.kind === 'fixed' || draft.kind === 'at_most';
  const save = () => {
    if (needsN && wholeNumber(draft.quantity) === null) return setErrors({ quantity: 'Enter a whole number of units, 0 or more' });
    const bad = Object.values(draft.custom).some((text) => text.trim() !== '' && wholeNumber(text) === null);
    if (draft.kind === 'custom' && bad) return setErrors({ variantQuantities: 'Enter whole numbers, or leave a variant empty to send it as-is' });
    void submit();
  };

  return (
    <Card title="Stock on Shopify" action={linked && !rule.dontSync ? <SyncNowButton product={product} /> : null} testId="stock-on-shopify">
      {!linked ? <p className="field-hint">This product is not linked to Shopify yet; the rule applies once it is.</p> : null}
      <ChangedOnShopify product={product} />
      <Checkbox
        label="Don’t sync stock"
        checked={draft.dontSync}
        onChange={(dontSync) => edit({ dontSync })}
        testId="stock-dont-sync"
        hint="Stockpilot never changes this product’s quantity on Shopify"
      />
      {!draft.dontSync ? (
        <div className="stock-rule">
          <SelectField label="Quantity sent to Shopify" value={draft.kind} options={KINDS} onChange={(kind) => edit({ kind })} testId="stock-rule-kind" />
          {needsN ? (
            <TextField
              label={draft.kind === 'fixed' ? 'Quantity' : 'Not more than'}
              value={draft.quantity}
              onChange={(quantity) => edit({ quantity })}
              error={errors['quantity']}
              inputMode="numeric"
              testId="stock-rule-quantity"
            />
          ) : null}
        </div>
      ) : null}
      {!draft.dontSync && draft.kind === 'custom' ? (
        <div className="stock-rule">
          {product.variants.map((v) => (
            <TextField
              key={v.id}
              label={variantLabel(v)}
              value={draft.custom[v.id] ?? ''}
              onChange={(text) => edit({ custom: { ...draft.custom, [v.id]: text } })}
              placeholder={`as-is (${v.available})`}
              inputMode="numeric"
              testId={`stock-rule-custom-${v.id}`}
            />
          ))}
          {errors['variantQuantities'] ? <p className="field-error">{errors['variantQuantities']}</p> : null}
        </div>
      ) : null}
      <p className="field-hint">Starts from available (on hand − reserved for wholesale); never below 0.</p>
      <div className="form-actions">
        <button type="button" className="button primary" disabled={!dirty || busy} onClick={save} data-testid="stock-rule-save">
          {busy ? 'Saving…' : 'Save stock rule'}
        </button>
        {dirty ? (
          <button type="button" className="button subtle" onClick={() => setDraft(draftOf(rule))} data-testid="stock-rule-discard">
            Discard
          </button>
        ) : null}
      </div>
    </Card>
  );
}
