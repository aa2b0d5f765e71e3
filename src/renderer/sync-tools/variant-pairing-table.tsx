/** The mapper's right-hand side: each local variant next to the Shopify variant it will be linked to, each pair changeable. */
import type { ShopifyProductCandidate } from '../../shared/sync-links';
import { formatMoney } from '../money';
import { useCurrency } from '../stores/settings';
import { variantWords, type LocalVariantLine, type VariantPairs } from './variant-pairs';

interface Props {
  local: readonly LocalVariantLine[];
  shopify: ShopifyProductCandidate;
  pairs: VariantPairs;
  chosenTwice: readonly string[];
  onPair: (variantId: number, shopifyVariantId: string | null) => void;
}

export function VariantPairingTable({ local, shopify, pairs, chosenTwice, onPair }: Props) {
  const currency = useCurrency();
  return (
    <table className="compact mapper-pairs" data-testid="mapper-pairs">
      <thead>
        <tr>
          <th scope="col">In Stockpilot</th>
          <th scope="col">On Shopify ({shopify.title})</th>
        </tr>
      </thead>
      <tbody>
        {local.map((v) => {
          const paired = pairs.get(v.id) ?? null;
          const twice = paired !== null && chosenTwice.includes(paired);
          return (
            <tr key={v.id} className={twice ? 'pair-conflict' : paired === null ? 'pair-missing' : undefined} data-testid={`mapper-pair-${v.id}`}>
              <td>{variantWords(v.optionValues, v.sku)}</td>
              <td>
                <select
                  aria-label={`Shopify variant for ${variantWords(v.optionValues, v.sku)}`}
                  value={paired ?? ''}
                  onChange={(e) => onPair(v.id, e.target.value || null)}
                  aria-invalid={twice || undefined}
                  data-testid={`mapper-pair-${v.id}-select`}
                >
                  <option value="">— not linked —</option>
                  {shopify.variants.map((s) => (
                    <option key={s.shopifyVariantId} value={s.shopifyVariantId}>
                      {variantWords(s.optionValues, s.sku)} · {formatMoney(s.priceCents, currency)}
                    </option>
                  ))}
                </select>
                {twice ? <span className="field-error"> Chosen for another variant too</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
