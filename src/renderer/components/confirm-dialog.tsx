/** Asks before something that cannot be undone. */
import { useState } from 'react';
import { Dialog } from './dialog';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  testId: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

export function ConfirmDialog({ title, message, confirmLabel, testId, onConfirm, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={title}
      testId={testId}
      onClose={onClose}
      onSubmit={() => void confirm()}
      submitLabel={confirmLabel}
      busy={busy}
      danger
    >
      <p>{message}</p>
    </Dialog>
  );
}
