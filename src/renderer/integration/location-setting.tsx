/**
 * The Shopify location that receives stock. Changing it asks first, with the core's preview:
 * how many variants Shopify must first stock there, that every linked variant is then pushed
 * there, and that the old location's stock on Shopify is left as it is.
 */
import { useEffect, useState } from 'react';
import type { LocationChangePreview } from '../../shared/stock-push';
import { api } from '../api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { Field } from '../components/field';
import { useShopConnection } from '../stores/shop-connection';
import { locationName, useShopLocations } from '../stores/shop-locations';
import { useStockPush } from '../stores/stock-push';
import { toast, toastError } from '../stores/toasts';
import { locationChangeLines } from '../shopify-stock/location-change-words';

export function LocationSetting({ currentId }: { currentId: string | null }) {
  const shop = useShopConnection((s) => s.status?.shop?.domain ?? null);
  const locations = useShopLocations((s) => s.locations);
  const failure = useShopLocations((s) => s.failure);
  const [preview, setPreview] = useState<LocationChangePreview | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (shop) void useShopLocations.getState().load(shop);
  }, [shop]);

  /** Asks the core what the change would do; the dialog opens with its answer. */
  const choose = async (locationId: string) => {
    setBusy(true);
    try {
      setPreview(await api.previewStockLocationChange({ locationId }));
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  };

  const change = async ({ locationId, locationName: name }: LocationChangePreview) => {
    try {
      useStockPush.getState().accept(await api.changeStockLocation({ locationId }));
      void useShopConnection.getState().load();
      toast('success', `Stock now goes to ${name}. Every linked variant is being pushed there.`);
      setPreview(null);
    } catch (error) {
      toastError(error);
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
            onChange={(e) => e.target.value && e.target.value !== currentId && void choose(e.target.value)}
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
      {preview ? (
        <ConfirmDialog
          title={`Send stock to ${preview.locationName}?`}
          message={locationChangeLines(preview, currentId ? locationName(locations, currentId) : null)}
          confirmLabel="Change location"
          testId="location-dialog"
          danger={false}
          onClose={() => setPreview(null)}
          onConfirm={() => change(preview)}
        />
      ) : null}
    </>
  );
}
