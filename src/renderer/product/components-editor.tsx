/**
 * What each bundle variant is made of. A bundle's stock is computed from these, so they
 * are part of the draft and saved with the product.
 */
import { useState } from 'react';
import type { ComponentView } from '../../shared/catalog';
import type { CallOutput } from '../../shared/contract';
import { api, errorMessage } from '../api';
import { Card } from '../components/card';
import { useProductEditor } from '../stores/product-editor';
import { variantLabel } from './product-dialogs';
import type { ProductDraft, VariantDraft } from './product-draft';

export function ComponentsEditor({ draft }: { draft: ProductDraft }) {
  return (
    <Card title="Bundle components">
      <p className="muted">Each unit of a bundle variant uses these units of other variants. Its stock is what the components allow.</p>
      {draft.variants.map((v, index) => (
        <VariantComponents key={v.id} variant={v} index={index} />
      ))}
    </Card>
  );
}

type Match = CallOutput<'findVariantsBySku'>[number];

function VariantComponents({ variant, index }: { variant: VariantDraft; index: number }) {
  const edit = useProductEditor((s) => s.edit);
  const error = useProductEditor((s) => Object.entries(s.errors).find(([k]) => k.startsWith(`variants.${index}.components`))?.[1]);
  const [sku, setSku] = useState('');
  const [matches, setMatches] = useState<Match[]>([]);
  const [lookupError, setLookupError] = useState<string | null>(null);

  const setComponents = (components: ComponentView[]) =>
    edit((d) => ({ ...d, variants: d.variants.map((v, i) => (i === index ? { ...v, components } : v)) }));

  const add = (m: Match) => {
    setMatches([]);
    setSku('');
    if (m.id === variant.id) return setLookupError('A bundle cannot contain itself.');
    if (variant.components.some((c) => c.componentVariantId === m.id)) return setLookupError(`${m.sku} is already a component.`);
    setComponents([...variant.components, { componentVariantId: m.id, quantity: 1, sku: m.sku, productName: m.productName, onHand: m.onHand }]);
  };

  const find = async () => {
    setLookupError(null);
    try {
      const found = await api.findVariantsBySku({ sku });
      if (found.length === 0) setLookupError(`No variant has the SKU “${sku.trim()}”.`);
      else if (found.length === 1 && found[0]) add(found[0]);
      else setMatches(found);
    } catch (e) {
      setLookupError(errorMessage(e));
    }
  };

  const skuInputId = `component-sku-${variant.id}`;
  return (
    <div className="components" data-testid={`components-${variant.id}`}>
      <h3>{variantLabel(variant)}</h3>
      {variant.components.length === 0 ? <p className="muted">No components yet.</p> : null}
      <ul className="component-list">
        {variant.components.map((c, i) => (
          <li key={c.componentVariantId}>
            <span className="mono">{c.sku || 'no SKU'}</span>
            <span>{c.productName}</span>
            <span className="muted">{c.onHand} on hand</span>
            <label className="inline">
              <span className="visually-hidden">Units of {c.sku} per bundle</span>
              <input
                type="number"
                min={1}
                max={10000}
                value={c.quantity}
                onChange={(e) => setComponents(variant.components.map((x, j) => (j === i ? { ...x, quantity: Math.max(1, Math.trunc(Number(e.target.value)) || 1) } : x)))}
                data-testid={`component-${variant.id}-${c.componentVariantId}-quantity`}
              />
              <span aria-hidden="true">× per bundle</span>
            </label>
            <button type="button" className="button small subtle danger" onClick={() => setComponents(variant.components.filter((_, j) => j !== i))} aria-label={`Remove ${c.sku}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="component-add">
        <label htmlFor={skuInputId} className="visually-hidden">
          SKU of a component to add
        </label>
        <input
          id={skuInputId}
          placeholder="Add by SKU"
          value={sku}
          onChange={(e) => setSku(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (sku.trim()) void find();
            }
          }}
          data-testid={`component-${variant.id}-sku`}
        />
        <button type="button" className="button small" disabled={!sku.trim()} onClick={() => void find()}>
          Find
        </button>
        {matches.map((m) => (
          <button key={m.id} type="button" className="button small subtle" onClick={() => add(m)}>
            {m.productName} · {m.sku}
          </button>
        ))}
      </div>
      {lookupError || error ? (
        <p className="field-error" role="alert">
          {lookupError ?? error}
        </p>
      ) : null}
    </div>
  );
}
