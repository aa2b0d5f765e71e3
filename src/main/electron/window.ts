/**
 * The app window, locked down: the page gets no Node, runs sandboxed and isolated from the
 * preload, may not open windows, navigate elsewhere or ask for permissions.
 */
import { BrowserWindow, type Session } from 'electron';
import { APP_URL, isAppUrl } from './app-protocol';

export function createAppWindow(options: { preloadPath: string; iconPath?: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Stockpilot',
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });

  const contents = window.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayOnAppPages = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppPages);
  contents.on('will-redirect', stayOnAppPages);
  contents.on('will-attach-webview', (event) => event.preventDefault());

  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_URL);
  return window;
}

/** Denies every permission (camera, notifications, …) and puts the CSP on every response. */
export function lockDownSession(session: Session, csp: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}
