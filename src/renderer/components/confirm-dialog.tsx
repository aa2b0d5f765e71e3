/** Asks before something that cannot be undone, or that changes much at once. */
import { useState } from 'react';
import { Dialog } from './dialog';

interface Props {
  title: string;
  /** One paragraph, or one per line. */
  message: string | readonly string[];
  confirmLabel: string;
  testId: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  /** A red confirm button (the default), for what destroys something. */
  danger?: boolean;
}

export function ConfirmDialog({ title, message, confirmLabel, testId, onConfirm, onClose, danger = true }: Props) {
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
      danger={danger}
    >
      {(typeof message === 'string' ? [message] : message).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </Dialog>
  );
}
