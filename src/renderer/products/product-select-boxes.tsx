/** The tick boxes of the products list: one per row, and one in the header for every row loaded. */
import type { ProductRow } from '../../shared/catalog';
import { useProductSelection } from '../stores/product-selection';
import { useProductsList } from '../stores/products-list';

export function SelectRowBox({ row, chosen }: { row: ProductRow; chosen: boolean }) {
  return (
    <label className="select-box" onClick={(e) => e.stopPropagation()}>
      <input
        type="checkbox"
        checked={chosen}
        aria-label={`Select ${row.name}`}
        onChange={() => useProductSelection.getState().toggle(row)}
        data-testid={`select-product-${row.id}`}
      />
    </label>
  );
}

/** Ticks every row the list has loaded (scroll on to add more), or unticks them. */
export function SelectLoadedBox() {
  const blocks = useProductsList((s) => s.blocks);
  const chosen = useProductSelection((s) => s.chosen);
  const loaded = [...blocks.values()].flatMap((b) => b.rows);
  const all = loaded.length > 0 && loaded.every((r) => chosen.has(r.id));
  return (
    <label className="select-box">
      <input
        type="checkbox"
        checked={all}
        aria-label={all ? 'Clear the selection of the products shown' : 'Select the products shown'}
        onChange={() => useProductSelection.getState().setMany(loaded, !all)}
        data-testid="select-products-shown"
      />
    </label>
  );
}
