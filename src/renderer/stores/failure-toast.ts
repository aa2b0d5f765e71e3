/** A failed call, told to the owner. "Busy" (a push is already running) is news, not a failure: it is told calmly. */
import { ContractError } from '../../shared/errors';
import { toast, toastError } from './toasts';

export function toastFailure(error: unknown): void {
  if (error instanceof ContractError && error.code === 'busy') toast('info', error.message);
  else toastError(error);
}
