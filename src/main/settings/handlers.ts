/** The settings' part of the contract. */
import type { CoreDeps } from '../core/deps';
import type { HandlerSlice } from '../core/handlers';
import { loadSettings, saveSettings } from './settings-store';

export function settingsHandlers(deps: CoreDeps): HandlerSlice<'getSettings' | 'setSettings'> {
  return {
    getSettings: () => loadSettings(deps.db, deps.log),
    setSettings: (patch) => {
      saveSettings(deps.db, patch);
      return loadSettings(deps.db, deps.log);
    },
  };
}
