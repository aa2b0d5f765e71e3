/**
 * Revenue (bars) and profit (a line) over time, one point per day or week, drawn as plain
 * SVG. Every bucket has a tooltip with its numbers; the chart has a summary for screen readers.
 */
import type { SalesSummary } from '../../shared/orders';
import { formatMoney } from '../money';

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 12, right: 12, bottom: 28, left: 64 };

type Series = SalesSummary['series'];

const dayLabel = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

export function SalesChart({ series, currency }: { series: Series; currency: string }) {
  const points = series.points;
  if (points.length === 0) return <p className="muted">No sales in these days to chart.</p>;
  const max = Math.max(0, ...points.map((p) => Math.max(p.revenueCents, p.profitCents)));
  const min = Math.min(0, ...points.map((p) => p.profitCents));
  const span = max - min || 1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / points.length;
  const y = (cents: number) => PAD.top + ((max - cents) / span) * plotH;
  const x = (i: number) => PAD.left + slot * (i + 0.5);
  const barW = Math.max(1, Math.min(28, slot * 0.7));
  const profitPath = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.profitCents).toFixed(1)}`).join(' ');
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));
  const revenue = points.reduce((n, p) => n + p.revenueCents, 0);
  const profit = points.reduce((n, p) => n + p.profitCents, 0);
  const unit = series.bucket === 'day' ? 'day' : 'week';

  return (
    <figure className="sales-chart" data-testid="sales-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Revenue and profit by ${unit}, ${points.length} ${unit}s: revenue ${formatMoney(revenue, currency)}, profit ${formatMoney(profit, currency)} in all`}
      >
        {[max, (max + min) / 2, min].map((v, i) => (
          <g key={i} className="chart-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
              {formatMoney(Math.round(v), currency)}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <g key={p.start}>
            <rect className="chart-revenue" x={x(i) - barW / 2} y={y(Math.max(0, p.revenueCents))} width={barW} height={Math.abs(y(0) - y(p.revenueCents))} />
            <rect className="chart-hit" x={x(i) - slot / 2} y={PAD.top} width={slot} height={plotH}>
              <title>
                {`${series.bucket === 'week' ? 'Week of ' : ''}${dayLabel(p.start)}: ${p.sales} sale${p.sales === 1 ? '' : 's'}, revenue ${formatMoney(p.revenueCents, currency)}, profit ${formatMoney(p.profitCents, currency)}`}
              </title>
            </rect>
            {i % labelEvery === 0 ? (
              <text className="chart-axis" x={x(i)} y={HEIGHT - 8} textAnchor="middle">
                {dayLabel(p.start)}
              </text>
            ) : null}
          </g>
        ))}
        <path className="chart-profit" d={profitPath} />
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-revenue">Revenue</span> <span className="legend-profit">Profit</span> <span className="muted">by {unit}</span>
      </figcaption>
    </figure>
  );
}
