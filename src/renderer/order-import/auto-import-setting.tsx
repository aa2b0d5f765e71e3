/** The Settings tab's switch for order sync (on by default once a shop is connected). */
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
        label="Order sync: bring Shopify\u2019s orders in by themselves"
        checked={on}
        onChange={(checked) => void setAutoImport(checked)}
        testId="settings-auto-import-orders"
        hint="Every minute, orders placed or changed on Shopify since the shop was connected become sales here: their units leave your stock once; cancellations and returns that restock bring them back. Older orders are for Import below."
      />
    </Card>
  );
}
