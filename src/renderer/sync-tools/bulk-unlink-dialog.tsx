/**
 * Unlink the ticked products from Shopify: keep both (the default), or also delete them on
 * Shopify after one confirmation that says how many. Products that are not linked are left
 * out and said so; a long unlink shows how far it is; products it could not unlink stay in
 * the dialog with why, in Shopify's words.
 */
import { useEffect, useState } from 'react';
import type { UnlinkOutcome, UnlinkProgress } from '../../shared/sync-links';
import { api, onEvent } from '../api';
import { Dialog } from '../components/dialog';
import { plural } from '../plural';
import type { ChosenProduct } from '../stores/product-selection';
import { useProductSelection } from '../stores/product-selection';
import { toast } from '../stores/toasts';
import { DialogFailure } from './dialog-failure';
import { UnlinkChoices, type UnlinkChoice } from './unlink-choices';
import { useDialogCall } from './use-dialog-call';
import './sync-tools.css';

const NAMES_SHOWN = 5;

function namesOf(products: readonly ChosenProduct[]): string {
  const shown = products.slice(0, NAMES_SHOWN).map((p) => p.name).join(', ');
  return products.length > NAMES_SHOWN ? `${shown} and ${(products.length - NAMES_SHOWN).toLocaleString()} more` : shown;
}

export function BulkUnlinkDialog({ chosen, onClose }: { chosen: readonly ChosenProduct[]; onClose: () => void }) {
  const linked = chosen.filter((p) => p.linked);
  const notLinked = chosen.length - linked.length;
  const count = plural(linked.length, 'product');
  const [choice, setChoice] = useState<UnlinkChoice>({ deleteOnShopify: false, confirmed: false });
  const [progress, setProgress] = useState<UnlinkProgress | null>(null);
  const [outcome, setOutcome] = useState<UnlinkOutcome | null>(null);
  const { busy, failure, setFailure, run } = useDialogCall();
  const { deleteOnShopify } = choice;

  useEffect(() => (busy ? onEvent((e) => e.name === 'syncUnlinkProgress' && setProgress(e.payload)) : undefined), [busy]);

  const unlink = () => {
    if (deleteOnShopify && !choice.confirmed) return setFailure(`Tick the box to confirm that ${count} should be deleted on Shopify.`);
    return run(async () => {
      setProgress(null);
      const result = await api.unlinkProducts({ productIds: linked.map((p) => p.id), deleteOnShopify });
      useProductSelection.getState().drop(result.unlinked.map((u) => u.productId));
      const done = plural(result.unlinked.length, 'product');
      if (result.failed.length === 0) {
        toast('success', deleteOnShopify ? `${done} unlinked and deleted on Shopify.` : `${done} unlinked; both sides keep their products.`);
        onClose();
      } else {
        setOutcome(result);
      }
    });
  };

  if (outcome) {
    return (
      <Dialog title={`${plural(outcome.failed.length, 'product')} could not be unlinked`} testId="bulk-unlink-dialog" onClose={onClose} onSubmit={onClose} submitLabel="Close">
        <p data-testid="bulk-unlink-result">
          {plural(outcome.unlinked.length, 'product')} unlinked{deleteOnShopify ? ' and deleted on Shopify' : ''}. These stay as they were and stay selected:
        </p>
        <ul className="unlink-failures" data-testid="bulk-unlink-failures">
          {outcome.failed.map((f) => (
            <li key={f.productId}>
              {/* The name as ticked: a product deleted since has none in the core any more. */}
              <strong>{chosen.find((p) => p.id === f.productId)?.name ?? f.productName}</strong>: {f.message}
            </li>
          ))}
        </ul>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={deleteOnShopify ? `Delete ${count} on Shopify?` : `Unlink ${count} from Shopify?`}
      testId="bulk-unlink-dialog"
      onClose={onClose}
      onSubmit={() => void unlink()}
      submitLabel={busy && progress ? `Unlinking ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}…` : deleteOnShopify ? `Delete ${count} on Shopify and unlink` : `Unlink ${count}`}
      busy={busy}
      submitDisabled={linked.length === 0}
      danger={deleteOnShopify}
    >
      <p className="unlink-names" data-testid="bulk-unlink-names">
        {linked.length === 0 ? 'None of the selected products is linked to Shopify: there is nothing to unlink.' : namesOf(linked)}
      </p>
      {notLinked > 0 && linked.length > 0 ? (
        <p className="muted" data-testid="bulk-unlink-not-linked">
          {plural(notLinked, 'selected product')} {notLinked === 1 ? 'is' : 'are'} not linked and {notLinked === 1 ? 'is' : 'are'} left as {notLinked === 1 ? 'it is' : 'they are'}.
        </p>
      ) : null}
      {linked.length > 0 ? (
        <UnlinkChoices
          choice={choice}
          onChange={(next) => {
            setChoice(next);
            setFailure(null);
          }}
          keepHint="Stockpilot and Shopify keep their products as they are; stock and sync stop following each other."
          deleteHint="The products disappear from your Shopify store, with their variants. They stay here in Stockpilot."
          confirmText={`Yes, delete ${count} from my Shopify store. This cannot be undone.`}
        />
      ) : null}
      <DialogFailure failure={failure} testId="bulk-unlink-error" />
    </Dialog>
  );
}
