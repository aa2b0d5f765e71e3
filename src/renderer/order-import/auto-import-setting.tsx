/** The Settings tab's Orders card: order sync (on by default once a shop is connected), and whether other locations' sales lower this stock. */
import { Card } from '../components/card';
import { Checkbox } from '../components/field';
import { saveSettings } from '../integration/save-settings';
import { useSettings } from '../stores/settings';

export function AutoImportSetting() {
  const on = useSettings((s) => s.settings.autoImportOrders);
  const elsewhere = useSettings((s) => s.settings.otherLocationSalesMoveStock);
  return (
    <Card title="Orders" testId="settings-orders-card">
      <Checkbox
        label="Order sync: bring Shopify’s orders in by themselves"
        checked={on}
        onChange={(checked) => void saveSettings({ autoImportOrders: checked })}
        testId="settings-auto-import-orders"
        hint="Every minute, orders placed or changed on Shopify since the shop was connected become sales here: their units leave your stock once; cancellations and returns that restock bring them back. Older orders: Import, on the Overview."
      />
      <Checkbox
        label="Sales fulfilled from other locations lower this stock too"
        checked={elsewhere}
        onChange={(checked) => void saveSettings({ otherLocationSalesMoveStock: checked })}
        testId="settings-other-location-sales"
        hint="Off: a sale fulfilled from another location than the one Stockpilot pushes to is a sale (the Sales page says where), but that location’s stock is kept apart."
      />
    </Card>
  );
}
