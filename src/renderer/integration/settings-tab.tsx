/** Settings of the stock push: the "Sync stock to Shopify" switch, the location, Sold-Out Override, the interval, and bulk sync. */
import { useEffect, useState } from 'react';
import { ContractError } from '../../shared/errors';
import { api } from '../api';
import { Card } from '../components/card';
import { Checkbox, TextField } from '../components/field';
import { ConfirmDialog } from '../components/confirm-dialog';
import { toastFailure } from '../stores/failure-toast';
import { useSettings } from '../stores/settings';
import { toastRunSummary, useStockPush } from '../stores/stock-push';
import { toast, toastError } from '../stores/toasts';
import { LocationSetting } from './location-setting';
import { AutoImportSetting } from '../order-import/auto-import-setting';
import { saveSettings } from './save-settings';

function IntervalSetting({ minutes }: { minutes: number }) {
  const [text, setText] = useState(String(minutes));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => setText(String(minutes)), [minutes]);
  const save = async () => {
    const value = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(value) || value < 1 || value > 1440) return setError('Enter whole minutes from 1 to 1440');
    setError(undefined);
    try {
      useSettings.setState({ settings: await api.setSettings({ pushIntervalMinutes: value }) });
      void useStockPush.getState().load();
      toast('success', `Stock is pushed every ${value} minute${value === 1 ? '' : 's'}`);
    } catch (e) {
      if (e instanceof ContractError && e.issues[0]) setError(e.issues[0].message);
      else toastError(e);
    }
  };
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField label="Push every (minutes)" value={text} onChange={setText} error={error} inputMode="numeric" testId="settings-interval" />
      <button type="submit" className="button" disabled={text.trim() === String(minutes)} data-testid="settings-interval-save">
        Save
      </button>
    </form>
  );
}

function BulkSync() {
  const [confirming, setConfirming] = useState(false);
  const run = async () => {
    try {
      toastRunSummary(await api.bulkSyncStock({ all: true }));
      setConfirming(false);
    } catch (error) {
      toastFailure(error);
    } finally {
      void useStockPush.getState().load();
    }
  };
  return (
    <Card title="Bulk sync" testId="settings-bulk-card">
      <p className="muted">Sets every linked variant on Shopify to the quantity Stockpilot would send now, whatever Shopify shows — use it after a stocktake or a mix-up.</p>
      <button type="button" className="button" onClick={() => setConfirming(true)} data-testid="settings-bulk-sync">
        Set Shopify to Stockpilot’s quantities now…
      </button>
      {confirming ? (
        <ConfirmDialog
          title="Set Shopify to Stockpilot’s quantities?"
          message="Every linked variant’s available quantity on Shopify is replaced by Stockpilot’s. Sales Shopify made that Stockpilot has not imported yet are overwritten."
          confirmLabel="Set quantities now"
          testId="bulk-sync-dialog"
          onClose={() => setConfirming(false)}
          onConfirm={run}
        />
      ) : null}
    </Card>
  );
}

export function SettingsTab() {
  const settings = useSettings((s) => s.settings);
  const status = useStockPush((s) => s.status);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    api.getSettings({}).then(
      (fresh) => {
        useSettings.setState({ settings: fresh });
        setLoaded(true);
      },
      toastError,
    );
  }, []);

  const setPaused = async (paused: boolean) => {
    const before = useStockPush.getState().status;
    if (before) useStockPush.getState().accept({ ...before, paused });
    useSettings.setState({ settings: { ...useSettings.getState().settings, stockSyncPaused: paused } });
    try {
      useStockPush.getState().accept(await api.setStockSyncPaused({ paused }));
    } catch (error) {
      if (before) useStockPush.getState().accept(before);
      useSettings.setState({ settings: { ...useSettings.getState().settings, stockSyncPaused: !paused } });
      toastError(error);
    }
  };

  if (!loaded) return <p className="muted">Loading…</p>;
  return (
    <div className="integration-tab" data-testid="settings-tab">
      <Card title="Stock push" className="settings-fields" testId="settings-push-card">
        <Checkbox
          label="Sync stock to Shopify"
          checked={!(status?.paused ?? settings.stockSyncPaused)}
          onChange={(on) => void setPaused(!on)}
          testId="settings-sync-switch"
          hint="Off: changes are kept and wait; they go out when you turn it back on."
        />
        <LocationSetting currentId={status?.locationId ?? settings.locationId} />
        <Checkbox
          label="Sold-Out Override"
          checked={settings.soldOutOverride}
          onChange={(on) => void saveSettings({ soldOutOverride: on })}
          testId="settings-sold-out-override"
          hint="Products with Track Inventory off are pushed as 0, so Shopify shows them sold out."
        />
        <Checkbox
          label="Take Shopify Admin corrections as stocktakes"
          checked={settings.takeShopifyCorrections}
          onChange={(on) => void saveSettings({ takeShopifyCorrections: on })}
          testId="settings-take-shopify-corrections"
          hint="A change to available in Shopify Admin that no order explains goes into Stockpilot’s stock by itself. Off: it is listed under Changed on Shopify for you to decide."
        />
        <IntervalSetting minutes={settings.pushIntervalMinutes} />
      </Card>
      <BulkSync />
      <AutoImportSetting />
    </div>
  );
}
