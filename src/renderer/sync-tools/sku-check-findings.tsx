/** What Check SKUs found, grouped by kind, each finding with every place its SKU is used. */
import type { SkuCheck, SkuFinding } from '../../shared/product-sync';
import { paths } from '../router';
import { variantWords } from './variant-pairs';

const KINDS: ReadonlyArray<{ kind: SkuFinding['kind']; title: string }> = [
  { kind: 'duplicate', title: 'Duplicate SKUs' },
  { kind: 'blank', title: 'Variants without a SKU' },
  { kind: 'near_duplicate', title: 'SKUs that differ only in case or spacing' },
];
/** A long catalog can have thousands of blanks: the list stays readable, the count stays true. */
const SHOWN_PER_KIND = 100;
const PLACES_SHOWN = 20;

function Place({ place }: { place: SkuFinding['places'][number] }) {
  const where = `${place.productName} · ${variantWords(place.optionValues, place.sku)}`;
  return (
    <li>
      <span className={`badge side-${place.side}`}>{place.side === 'shopify' ? 'Shopify' : 'Stockpilot'}</span>{' '}
      {place.stockpilotProductId !== null ? <a href={paths.product(place.stockpilotProductId)}>{where}</a> : <span>{where}</span>}
    </li>
  );
}

function Finding({ finding }: { finding: SkuFinding }) {
  const more = finding.places.length - PLACES_SHOWN;
  return (
    <li className="sku-finding" data-testid={`sku-finding-${finding.kind}`}>
      <p>{finding.message}</p>
      <ul className="sku-places">
        {finding.places.slice(0, PLACES_SHOWN).map((place, i) => (
          <Place key={i} place={place} />
        ))}
        {more > 0 ? <li className="muted">and {more.toLocaleString()} more</li> : null}
      </ul>
    </li>
  );
}

export function SkuCheckFindings({ check }: { check: SkuCheck }) {
  const total = check.counts.duplicate + check.counts.blank + check.counts.near_duplicate;
  return (
    <div className="sku-check" data-testid="sku-check-result">
      <p data-testid="sku-check-summary">
        Checked {check.stockpilotVariants.toLocaleString()} Stockpilot variant{check.stockpilotVariants === 1 ? '' : 's'}
        {check.shopifyChecked ? ` and ${check.shopifyVariants.toLocaleString()} on Shopify` : ' (no shop is connected, so Shopify was not checked)'}:{' '}
        {total === 0 ? <strong>every SKU is present and unique.</strong> : null}
      </p>
      {total > 0 ? (
        <ul className="sku-counts">
          <li data-testid="sku-count-duplicate">{check.counts.duplicate} duplicated</li>
          <li data-testid="sku-count-blank">{check.counts.blank} blank</li>
          <li data-testid="sku-count-near_duplicate">{check.counts.near_duplicate} near-duplicates</li>
        </ul>
      ) : null}
      {KINDS.map(({ kind, title }) => {
        const findings = check.findings.filter((f) => f.kind === kind);
        if (findings.length === 0) return null;
        return (
          <section key={kind} className="sku-findings">
            <h3>{title}</h3>
            <ul>
              {findings.slice(0, SHOWN_PER_KIND).map((finding, i) => (
                <Finding key={i} finding={finding} />
              ))}
            </ul>
            {findings.length > SHOWN_PER_KIND ? <p className="muted">and {(findings.length - SHOWN_PER_KIND).toLocaleString()} more of this kind</p> : null}
          </section>
        );
      })}
    </div>
  );
}
