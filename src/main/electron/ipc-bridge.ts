/**
 * The contract over Electron IPC: one handler per call name, generated from the contract.
 * The sender is checked before anything else; the core validates the input.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { callNames } from '../../shared/contract';
import { ipcChannel, type Envelope } from '../../shared/wire';
import { callAsEnvelope } from '../call-envelope';
import type { Core } from '../core';
import type { Logger } from '../core/logger';
import { isAppUrl } from './app-protocol';

const refusedSender: Envelope = {
  ok: false,
  error: { code: 'rejected', message: 'Refused: this call did not come from the Stockpilot window.', issues: [] },
};

/** Only our window's top frame, showing our own page, may call the core. */
function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed() || event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  return frame !== null && frame === window.webContents.mainFrame && isAppUrl(frame.url);
}

/** Returns the function that unregisters everything (for a clean shutdown). */
export function registerIpcBridge(core: Core, currentWindow: () => BrowserWindow | null, log: Logger): () => void {
  for (const name of callNames) {
    ipcMain.handle(ipcChannel.call(name), (event, input: unknown) => {
      if (!isTrustedSender(event, currentWindow())) {
        log.warn('IPC call refused: unknown sender', { call: name, url: event.senderFrame?.url ?? '(none)' });
        return refusedSender;
      }
      return callAsEnvelope(core, name, input, { actor: 'you' }, log);
    });
  }

  const unsubscribe = core.subscribe((event) => {
    const window = currentWindow();
    if (window && !window.isDestroyed()) window.webContents.send(ipcChannel.events, event);
  });

  return () => {
    unsubscribe();
    for (const name of callNames) ipcMain.removeHandler(ipcChannel.call(name));
  };
}
