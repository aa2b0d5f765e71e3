/**
 * Runs a dialog's call: busy while it runs, the contract's field issues kept for inline
 * display (keyed by their path, e.g. "reason"), anything else shown as a toast.
 */
import { useState } from 'react';
import { ContractError } from '../../shared/errors';
import { toastError } from '../stores/toasts';

export function useSubmit<T>(run: () => Promise<T>, onDone: (value: T) => void) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setErrors({});
    try {
      const value = await run();
      setBusy(false);
      onDone(value);
    } catch (error) {
      setBusy(false);
      if (error instanceof ContractError && error.issues.length > 0) {
        setErrors(Object.fromEntries(error.issues.map((i) => [i.path, i.message])));
      } else {
        toastError(error);
      }
    }
  };

  return { submit, busy, errors, setErrors };
}
