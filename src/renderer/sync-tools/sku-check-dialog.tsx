/** Check SKUs: duplicates, blanks and near-duplicates across both catalogs, before any matching. */
import { useEffect, useState } from 'react';
import type { SkuCheck } from '../../shared/product-sync';
import { api, errorMessage } from '../api';
import { Dialog } from '../components/dialog';
import { SkuCheckFindings } from './sku-check-findings';
import './sync-tools.css';

export function SkuCheckDialog({ onClose }: { onClose: () => void }) {
  const [check, setCheck] = useState<SkuCheck | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    setBusy(true);
    setFailure(null);
    api
      .checkSkus({})
      .then(
        (answer) => current && setCheck(answer),
        (error: unknown) => current && setFailure(errorMessage(error)),
      )
      .finally(() => current && setBusy(false));
    return () => {
      current = false;
    };
  }, [round]);

  return (
    <Dialog title="Check SKUs" testId="sku-check-dialog" onClose={onClose} onSubmit={() => setRound((r) => r + 1)} submitLabel="Check again" busy={busy}>
      <div className="wide-dialog">
        {busy && check === null ? <p className="muted">Reading both catalogs…</p> : null}
        {failure !== null ? (
          <p className="notice notice-error" role="alert">
            The SKUs could not be checked: {failure}
          </p>
        ) : null}
        {check !== null ? <SkuCheckFindings check={check} /> : null}
      </div>
    </Dialog>
  );
}
