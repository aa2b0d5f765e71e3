/**
 * The Shopify connection as the core last described it (getConnection, then every
 * connectionChanged event). null until the first answer: the Integration page waits for it
 * before choosing between Setup and Overview.
 */
import { create } from 'zustand';
import type { ConnectionStatus } from '../../shared/connection';
import { api, errorMessage } from '../api';

interface ShopConnectionState {
  status: ConnectionStatus | null;
  /** Why the status could not be read, if it could not. */
  failure: string | null;
  load(): Promise<void>;
  accept(status: ConnectionStatus): void;
}

export const useShopConnection = create<ShopConnectionState>()((set) => ({
  status: null,
  failure: null,
  async load() {
    try {
      set({ status: await api.getConnection({}), failure: null });
    } catch (error) {
      set({ failure: errorMessage(error) });
    }
  },
  accept(status) {
    set({ status, failure: null });
  },
}));

export const isConnected = (status: ConnectionStatus | null) => status !== null && status.state !== 'not_connected';
