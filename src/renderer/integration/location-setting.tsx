/**
 * The Shopify location that receives stock. Changing it asks first: the old location's stock
 * on Shopify is left as it is, and every linked variant's quantity is pushed to the new one.
 */
import { useEffect, useState } from 'react';
import { api } from '../api';
import { Dialog } from '../components/dialog';
import { Field } from '../components/field';
import { useShopConnection } from '../stores/shop-connection';
import { locationName, useShopLocations } from '../stores/shop-locations';
import { useStockPush } from '../stores/stock-push';
import { toast, toastError } from '../stores/toasts';

export function LocationSetting({ currentId }: { currentId: string | null }) {
  const shop = useShopConnection((s) => s.status?.shop?.domain ?? null);
  const locations = useShopLocations((s) => s.locations);
  const failure = useShopLocations((s) => s.failure);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (shop) void useShopLocations.getState().load(shop);
  }, [shop]);

  const change = async (locationId: string) => {
    setBusy(true);
    try {
      useStockPush.getState().accept(await api.changeStockLocation({ locationId }));
      void useShopConnection.getState().load();
      toast('success', `Stock now goes to ${locationName(locations, locationId)}. Every linked variant is being pushed there.`);
      setChosen(null);
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  };

  const active = (locations ?? []).filter((l) => l.isActive);
  return (
    <>
      <Field
        label="Location that receives stock"
        {...(failure ? { error: `The shop’s locations could not be read: ${failure}` } : {})}
        {...(shop ? {} : { hint: 'Connect a shop first (Setup), then choose where its stock goes.' })}
      >
        {(id, describedBy) => (
          <select
            id={id}
            value={currentId ?? ''}
            disabled={locations === null || busy}
            aria-describedby={describedBy}
            onChange={(e) => e.target.value && e.target.value !== currentId && setChosen(e.target.value)}
            data-testid="settings-location"
          >
            {currentId === null ? <option value="">Choose a location…</option> : null}
            {currentId !== null && !active.some((l) => l.id === currentId) ? <option value={currentId}>{locationName(locations, currentId)}</option> : null}
            {active.map((l) => (
              <option key={l.id} value={l.id}>
                {l.isPrimary ? `${l.name} (primary)` : l.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {chosen ? (
        <Dialog
          title={`Send stock to ${locationName(locations, chosen)}?`}
          testId="location-dialog"
          onClose={() => setChosen(null)}
          onSubmit={() => void change(chosen)}
          submitLabel="Change location"
          busy={busy}
        >
          <p>
            The stock at {currentId ? locationName(locations, currentId) : 'the current location'} on Shopify is <strong>left as it is</strong> — Stockpilot no longer
            changes it.
          </p>
          <p>Then every linked variant’s quantity is pushed to {locationName(locations, chosen)}.</p>
        </Dialog>
      ) : null}
    </>
  );
}
