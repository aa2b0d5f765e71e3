/**
 * A SKU conflict is decided here rather than with one click: the SKU is how Stockpilot and
 * Shopify find each other's products, so changing one changes future matching.
 */
import { useState } from 'react';
import type { SyncSide } from '../../shared/product-sync';
import { Dialog } from '../components/dialog';
import { useSyncReview } from '../stores/sync-review';
import { productConflicts } from './conflict-order';

export function SkuDialog() {
  const target = useSyncReview((s) => s.skuDialog);
  const product = useSyncReview((s) => (s.skuDialog ? s.opened.get(s.skuDialog.rowKey)?.product : undefined));
  const difference = product && target ? productConflicts(product).find((d) => d.id === target.differenceId) : undefined;
  if (!target || !difference) return null;
  return <SkuChoice key={difference.id} rowKey={target.rowKey} differenceId={difference.id} stockpilotSku={difference.stockpilotText} shopifySku={difference.shopifyText} clicked={target.side} recommended={difference.recommended} />;
}

interface ChoiceProps {
  rowKey: string;
  differenceId: string;
  stockpilotSku: string;
  shopifySku: string;
  /** The side the owner clicked to open the dialog: ticked, for them to confirm or change. */
  clicked: SyncSide;
  recommended: SyncSide;
}

function SkuChoice({ rowKey, differenceId, stockpilotSku, shopifySku, clicked, recommended }: ChoiceProps) {
  const [side, setSide] = useState<SyncSide>(clicked);
  const close = () => useSyncReview.getState().closeSkuDialog();
  const option = (s: SyncSide, sku: string, effect: string) => (
    <label className="sku-option">
      <input type="radio" name="sku-side" value={s} checked={side === s} onChange={() => setSide(s)} data-testid={`sku-keep-${s}`} />
      <span>
        Keep {s === 'stockpilot' ? 'Stockpilot’s' : 'Shopify’s'} SKU <span className="mono">{sku}</span>
        {recommended === s ? <span className="recommended">recommended</span> : null}
        <span className="muted sku-effect">{effect}</span>
      </span>
    </label>
  );
  return (
    <Dialog
      title="Which SKU should both sides use?"
      testId="sku-dialog"
      submitLabel="Keep this SKU"
      onClose={close}
      onSubmit={() => {
        void useSyncReview.getState().choose(rowKey, differenceId, side);
        close();
      }}
    >
      <p>
        Stockpilot finds a product&rsquo;s counterpart on Shopify by its SKU. Changing a SKU changes how this variant is matched from
        now on, and anything else that uses the old SKU (labels, spreadsheets, other apps) will no longer find it.
      </p>
      <fieldset className="sku-options">
        <legend className="visually-hidden">SKU to keep</legend>
        {option('stockpilot', stockpilotSku, 'Shopify’s variant takes this SKU when you apply.')}
        {option('shopify', shopifySku, 'Stockpilot’s variant takes this SKU when you apply.')}
      </fieldset>
    </Dialog>
  );
}
