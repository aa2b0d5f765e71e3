import type { StockpilotBridge } from '../shared/wire';

declare global {
  interface Window {
    /** Present only in the desktop app, where the preload exposes the contract. */
    stockpilot?: StockpilotBridge;
  }
}

export {};
