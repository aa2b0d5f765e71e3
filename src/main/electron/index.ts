/**
 * The desktop app's main process: one instance per data folder, the core over that folder,
 * one locked-down window, the IPC bridge, the tray and (when installed) the updater.
 */
import { join } from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { contentSecurityPolicy } from '../content-security-policy';
import { createCore, type Core } from '../core';
import { consoleLogger } from '../core/logger';
import { dataDirFlag, resolveDataDir } from '../data-dir';
import { localDemoStore } from '../demo-store';
import { registerAppScheme, serveRendererOverAppScheme } from './app-protocol';
import { registerIpcBridge } from './ipc-bridge';
import { electronKeytarBinding, electronSqliteBinding, MISSING_SQLITE_BINDING_HELP } from './native-bindings';
import { AppTray } from './tray';
import { showStockPushInTray } from './tray-stock-push';
import { checkForUpdates } from './updater';
import { createAppWindow, lockDownSession } from './window';

const log = consoleLogger;
const dataDir = resolveDataDir({ flag: dataDirFlag(process.argv), appDataBase: app.getPath('appData') });
const demoStore = localDemoStore(dataDir);
// Electron's own files live beside the catalog, and the single-instance lock is per folder,
// so two data folders (tests, a second shop) can each have their own app.
app.setPath('userData', dataDir);
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  runApp();
}

function runApp(): void {
  const outDir = join(import.meta.dirname, '..');
  const resourcesDir = join(app.getAppPath(), 'resources');
  let window: BrowserWindow | null = null;
  let core: Core | null = null;
  let tray: AppTray | null = null;
  let stopBridge: (() => void) | null = null;
  let quitting = false;

  const showWindow = () => {
    if (!core) return;
    if (!window || window.isDestroyed()) {
      window = createAppWindow({ preloadPath: join(outDir, 'preload', 'index.cjs'), iconPath: join(resourcesDir, 'icon.png') });
      window.on('closed', () => (window = null));
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };

  const quit = () => {
    quitting = true;
    app.quit();
  };

  app.on('second-instance', showWindow);
  app.on('activate', showWindow);
  // With a tray icon the app keeps running when its window closes (stock pushes continue);
  // without one (some Linux desktops) closing the window quits.
  app.on('window-all-closed', () => {
    if (!tray || quitting) app.quit();
  });
  app.on('before-quit', () => (quitting = true));
  app.on('will-quit', (event) => {
    stopBridge?.();
    stopBridge = null;
    tray?.destroy();
    tray = null;
    const closing = core;
    core = null;
    if (closing) {
      // ---- stock push: a batch in flight finishes (at most 5 s); the rest stays pending.
      event.preventDefault();
      void closing.shutdown(5_000).finally(() => app.quit());
      return;
    }
    void demoStore.close();
  });

  void app.whenReady().then(() => {
    try {
      core = createCore({
        dataDir,
        log,
        sqliteBinding: electronSqliteBinding(),
        keytarBinding: electronKeytarBinding(),
        demoStore: demoStore.start,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const hint = electronSqliteBinding() ? '' : `\n\n${MISSING_SQLITE_BINDING_HELP}`;
      dialog.showErrorBox('Stockpilot cannot open its catalog', `${reason}\n\nData folder: ${dataDir}${hint}`);
      app.exit(1);
      return;
    }
    const csp = contentSecurityPolicy();
    lockDownSession(session.defaultSession, csp);
    serveRendererOverAppScheme(join(outDir, 'renderer'), core.paths.imagesDir, csp);
    stopBridge = registerIpcBridge(core, () => window, log);
    try {
      tray = new AppTray(join(resourcesDir, process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'), { open: showWindow, quit });
      showStockPushInTray(tray, core, log);
    } catch (error) {
      log.warn('no tray icon on this desktop', { error: error instanceof Error ? error.message : String(error) });
    }
    showWindow();
    void checkForUpdates(app.isPackaged, log);
  });
}
