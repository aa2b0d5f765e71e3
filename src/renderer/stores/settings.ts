/** The settings the screens need (the shop currency for prices), read once at start. */
import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { api } from '../api';

export const useSettings = create<{ settings: Settings }>()(() => ({ settings: DEFAULT_SETTINGS }));

export function loadSettings(): void {
  api.getSettings({}).then(
    (settings) => useSettings.setState({ settings }),
    () => {}, // defaults are fine until the core answers
  );
}

export const useCurrency = () => useSettings((s) => s.settings.currency);
