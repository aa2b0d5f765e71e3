/**
 * Undo last sync: puts the local side back and, where Shopify allows, Shopify's values.
 * Disabled with the reason when there is nothing to undo; asks first; tells what it did.
 */
import { useState } from 'react';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useApplyRun } from './apply-run';
import { OutcomeActions } from './apply-panel';
import { ButtonWithReason } from './button-with-reason';
import { plural } from '../plural';

export function UndoLastSync() {
  const last = useApplyRun((s) => s.last);
  const lastFailure = useApplyRun((s) => s.lastFailure);
  const running = useApplyRun((s) => s.running);
  const [asking, setAsking] = useState(false);
  const reason = running
    ? 'An apply is running.'
    : last === undefined
      ? lastFailure && `The last sync could not be read: ${lastFailure}`
      : last === null
        ? 'Nothing has been applied yet.'
        : last.cannotUndo;
  // Still reading the last sync: nothing to say yet, nothing to press.
  const shown = reason ?? (last ? null : '');
  return (
    <span className="undo-action">
      {/* In the page's header: the short reasons that say nothing new go on hover, so the title keeps its line. */}
      <ButtonWithReason reason={shown} quiet={running || last === null} className="button" onClick={() => setAsking(true)} testId="undo-last-sync">
        Undo last sync
      </ButtonWithReason>
      {asking && last ? (
        <ConfirmDialog
          title="Undo the last sync?"
          message={`The sync of ${new Date(last.at).toLocaleString()} changed ${plural(last.summary.total - last.summary.skipped, 'product')}. Stockpilot's side is put back as it was; on Shopify, values are put back and products it created are deleted where Shopify allows.`}
          confirmLabel="Undo last sync"
          testId="undo-confirm"
          onConfirm={async () => {
            await useApplyRun.getState().undo();
            setAsking(false);
          }}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </span>
  );
}

export function UndoOutcome() {
  const result = useApplyRun((s) => s.undoResult);
  if (!result) return null;
  return (
    <section className="apply-outcome" aria-label="Undo result" data-testid="undo-result">
      <p>
        <strong>Last sync undone</strong>: {plural(result.restoredLocal, 'product')} restored in Stockpilot, {plural(result.restoredOnShopify, 'product')} put back on Shopify.
      </p>
      {result.notRestored.length > 0 ? (
        <ul className="apply-failures" aria-label="Not put back">
          {result.notRestored.map((n, i) => (
            <li key={i}>
              <strong>{n.name}</strong>: {n.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <OutcomeActions />
    </section>
  );
}
