/**
 * A button's call: busy while it runs (so the button can disable itself), and a failure
 * shown as a toast (see toastFailure).
 */
import { useState } from 'react';
import { toastFailure } from '../stores/failure-toast';

export function useBusyAction() {
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      toastFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
