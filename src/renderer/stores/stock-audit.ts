/**
 * The stock audit: the last one's result, and "Check now". An audit reads Shopify and may
 * take a few seconds; one that finishes anywhere (here, after a push) arrives as stockAudited.
 */
import { create } from 'zustand';
import type { StockAudit } from '../../shared/stock-push';
import { api, errorMessage } from '../api';
import { toastFailure } from './failure-toast';

interface StockAuditState {
  audit: StockAudit | null;
  /** The last audit has been asked for (null before the first is an answer too). */
  loaded: boolean;
  failure: string | null;
  checking: boolean;
  load(): Promise<void>;
  accept(audit: StockAudit): void;
  check(): Promise<void>;
}

export const useStockAudit = create<StockAuditState>()((set, get) => ({
  audit: null,
  loaded: false,
  failure: null,
  checking: false,
  async load() {
    try {
      const audit = await api.getStockAudit({});
      // An audit that arrived by event while this was out is as new or newer.
      const shown = get().audit;
      if (!shown || !audit || audit.checkedAt >= shown.checkedAt) set({ audit });
      set({ loaded: true, failure: null });
    } catch (error) {
      set({ loaded: true, failure: errorMessage(error) });
    }
  },
  accept(audit) {
    set({ audit, loaded: true, failure: null });
  },
  async check() {
    if (get().checking) return;
    set({ checking: true });
    try {
      get().accept(await api.auditStock({}));
    } catch (error) {
      toastFailure(error);
    } finally {
      set({ checking: false });
    }
  },
}));
