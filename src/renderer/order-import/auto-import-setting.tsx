/** The Settings tab's switch for the automatic order import (off by default). */
import type { Settings } from '../../shared/settings';
import { api } from '../api';
import { Card } from '../components/card';
import { Checkbox } from '../components/field';
import { useSettings } from '../stores/settings';
import { toastError } from '../stores/toasts';

/** The switch moves at once; a refusal puts it back. */
async function setAutoImport(on: boolean): Promise<void> {
  const before: Settings = useSettings.getState().settings;
  useSettings.setState({ settings: { ...before, autoImportOrders: on } });
  try {
    useSettings.setState({ settings: await api.setSettings({ autoImportOrders: on }) });
  } catch (error) {
    useSettings.setState({ settings: before });
    toastError(error);
  }
}

export function AutoImportSetting() {
  const on = useSettings((s) => s.settings.autoImportOrders);
  return (
    <Card title="Orders" testId="settings-orders-card">
      <Checkbox
        label="Import Shopify orders automatically"
        checked={on}
        onChange={(checked) => void setAutoImport(checked)}
        testId="settings-auto-import-orders"
        hint="Every 10 minutes, orders created or changed on Shopify since the last import become sales. Test orders and orders cancelled before import are skipped."
      />
    </Card>
  );
}
