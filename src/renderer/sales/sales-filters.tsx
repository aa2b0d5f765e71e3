/** The Sales page's channel and day range: a few usual ranges, or any two days. */
import type { SaleChannel } from '../../shared/orders';
import { useSales } from '../stores/sales';

const day = (offset: number) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);

const RANGES: ReadonlyArray<{ label: string; from: () => string; to: () => string }> = [
  { label: 'Last 7 days', from: () => day(6), to: () => day(0) },
  { label: 'Last 30 days', from: () => day(29), to: () => day(0) },
  { label: 'Last 90 days', from: () => day(89), to: () => day(0) },
  { label: 'Last 12 months', from: () => day(364), to: () => day(0) },
  { label: 'All time', from: () => '', to: () => '' },
];

export function SalesFilters() {
  const filter = useSales((s) => s.filter);
  const setFilter = useSales((s) => s.setFilter);
  const range = RANGES.findIndex((r) => r.from() === filter.from && r.to() === filter.to);
  return (
    <div className="sales-filters" role="group" aria-label="Which sales">
      <label>
        Channel{' '}
        <select value={filter.channel ?? ''} onChange={(e) => setFilter({ channel: (e.target.value || null) as SaleChannel | null })} data-testid="sales-channel">
          <option value="">All channels</option>
          <option value="shopify">Shopify</option>
        </select>
      </label>
      <label>
        Range{' '}
        <select
          value={range === -1 ? 'custom' : String(range)}
          onChange={(e) => {
            const chosen = RANGES[Number(e.target.value)];
            if (chosen) setFilter({ from: chosen.from(), to: chosen.to() });
          }}
          data-testid="sales-range"
        >
          {RANGES.map((r, i) => (
            <option key={r.label} value={String(i)}>
              {r.label}
            </option>
          ))}
          {range === -1 ? <option value="custom">Custom</option> : null}
        </select>
      </label>
      <label>
        From <input type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => setFilter({ from: e.target.value })} data-testid="sales-from" />
      </label>
      <label>
        To <input type="date" value={filter.to} min={filter.from || undefined} onChange={(e) => setFilter({ to: e.target.value })} data-testid="sales-to" />
      </label>
    </div>
  );
}
