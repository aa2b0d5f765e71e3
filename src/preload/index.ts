/**
 * Exposes the contract to the page as `window.stockpilot`: one named function per call,
 * generated from the contract, plus an event subscription. The page never gets
 * ipcRenderer itself, nor the IPC event (which carries the sender).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { callNames } from '../shared/contract';
import { ipcChannel, type Envelope, type StockpilotBridge } from '../shared/wire';

type RawEvent = { name: string; payload: unknown };

const calls = Object.fromEntries(
  callNames.map((name) => [name, (input: unknown): Promise<Envelope> => ipcRenderer.invoke(ipcChannel.call(name), input)]),
);

const bridge = {
  ...calls,
  onEvent(listener: (event: RawEvent) => void): () => void {
    const forward = (_event: IpcRendererEvent, event: RawEvent) => listener({ name: event.name, payload: event.payload });
    ipcRenderer.on(ipcChannel.events, forward);
    return () => ipcRenderer.removeListener(ipcChannel.events, forward);
  },
} as StockpilotBridge;

contextBridge.exposeInMainWorld('stockpilot', bridge);
