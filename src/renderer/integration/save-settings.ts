/** Saving a setting from a switch: it moves at once (a controlled checkbox would otherwise spring back until the core answers); a refusal puts it back. */
import type { SettingsPatch } from '../../shared/settings';
import { api } from '../api';
import { useSettings } from '../stores/settings';
import { useStockPush } from '../stores/stock-push';
import { toastError } from '../stores/toasts';

export async function saveSettings(patch: SettingsPatch): Promise<void> {
  const before = useSettings.getState().settings;
  useSettings.setState({ settings: { ...before, ...patch } });
  try {
    useSettings.setState({ settings: await api.setSettings(patch) });
    void useStockPush.getState().load();
  } catch (error) {
    useSettings.setState({ settings: before });
    toastError(error);
  }
}
