/** The products whose SKUs will be regenerated: the list's current products, each one can be left out. */
import type { ProductRow } from '../../shared/catalog';

interface Props {
  products: readonly ProductRow[];
  chosen: ReadonlySet<number>;
  onChange: (chosen: ReadonlySet<number>) => void;
}

export function SkuScopePicker({ products, chosen, onChange }: Props) {
  const toggle = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <div className="sku-scope">
      <div className="sku-scope-actions">
        <span data-testid="sku-scope-count">
          {chosen.size.toLocaleString()} of {products.length.toLocaleString()} product{products.length === 1 ? '' : 's'} chosen
        </span>
        <button type="button" className="button subtle small" onClick={() => onChange(new Set(products.map((p) => p.id)))} data-testid="sku-scope-all">
          Choose all
        </button>
        <button type="button" className="button subtle small" onClick={() => onChange(new Set())} data-testid="sku-scope-none">
          Choose none
        </button>
      </div>
      <ul className="sku-scope-list" aria-label="Products to give new SKUs">
        {products.map((p) => (
          <li key={p.id}>
            <label>
              <input type="checkbox" checked={chosen.has(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} data-testid={`sku-scope-${p.id}`} />
              {p.name}
              <span className="muted mono"> {p.skus.filter((s) => s !== '').slice(0, 3).join(', ')}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
