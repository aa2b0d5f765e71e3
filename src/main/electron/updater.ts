/**
 * Updates for installed copies only: never in development or under tests, and an update
 * problem is logged, never shown as a crash (the owner's work matters more than the update).
 */
import type { Logger } from '../core/logger';

export function updaterWanted(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return isPackaged && !env.STOCKPILOT_DISABLE_UPDATER;
}

export async function checkForUpdates(isPackaged: boolean, log: Logger): Promise<void> {
  if (!updaterWanted(isPackaged)) return;
  try {
    // Loaded only when wanted; electron-updater is CommonJS, hence the default-export dance.
    const updaterModule = await import('electron-updater');
    const autoUpdater = updaterModule.autoUpdater ?? (updaterModule as unknown as { default: typeof updaterModule }).default.autoUpdater;
    autoUpdater.on('error', (error: Error) => log.warn('update check failed', { error: error.message }));
    await autoUpdater.checkForUpdatesAndNotify();
  } catch (error) {
    log.warn('update check failed', { error: error instanceof Error ? error.message : String(error) });
  }
}
