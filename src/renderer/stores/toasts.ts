/** Short messages for the owner: from the core's `toast` event and from failed calls. */
import { create } from 'zustand';
import { errorMessage } from '../api';

export type ToastKind = 'info' | 'success' | 'warning' | 'error';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

interface ToastState {
  toasts: Toast[];
  show(kind: ToastKind, message: string): void;
  dismiss(id: number): void;
}

const LIFETIME_MS: Record<ToastKind, number> = { info: 4000, success: 3000, warning: 6000, error: 8000 };
let nextId = 1;

export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  show(kind, message) {
    const id = nextId++;
    // Keep the pile short: a burst of errors should not bury the page.
    set({ toasts: [...get().toasts.slice(-2), { id, kind, message }] });
    setTimeout(() => get().dismiss(id), LIFETIME_MS[kind]);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export const toast = (kind: ToastKind, message: string) => useToasts.getState().show(kind, message);
export const toastError = (error: unknown) => toast('error', errorMessage(error));
