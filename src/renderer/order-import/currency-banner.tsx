/** Orders in another currency than the shop's: imported as they are (never converted), or left out. */
import { Checkbox } from '../components/field';
import { useOrderImport } from '../stores/order-import';
import { plural } from '../plural';

export function CurrencyBanner({ count, shopCurrency, currencies }: { count: number; shopCurrency: string; currencies: readonly string[] }) {
  const skip = useOrderImport((s) => s.skipOtherCurrencies);
  if (count === 0) return null;
  return (
    <div className="notice notice-warning" role="status" data-testid="currency-banner">
      <p>
        {plural(count, 'order')} {count === 1 ? 'is' : 'are'} in {currencies.join(', ')}, not the shop’s currency ({shopCurrency}). Their amounts are imported as the
        customer paid them, never converted, and counted apart from the {shopCurrency} totals.
      </p>
      <Checkbox
        label="Skip orders in other currencies"
        checked={skip}
        onChange={(on) => useOrderImport.getState().setChoice({ skipOtherCurrencies: on })}
        testId="skip-other-currencies"
      />
    </div>
  );
}
