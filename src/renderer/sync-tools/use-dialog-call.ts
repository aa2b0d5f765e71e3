/**
 * A sync dialog's call: busy while it runs, and a failure kept to show inside the dialog, in
 * plain words next to what the owner was doing (not a toast that fades before it is read).
 */
import { useState } from 'react';
import { errorMessage } from '../api';

export function useDialogCall() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (call: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await call();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, setFailure, run };
}
