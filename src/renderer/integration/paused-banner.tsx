/**
 * Why pushing waits, when it does: the owner's pause, an automatic pause (Shopify keeps
 * refusing: its reason and how to resume), or no connection to Shopify right now.
 */
import { api } from '../api';
import { useBusyAction } from '../components/use-busy-action';
import { useStockPush } from '../stores/stock-push';
import { fullTime } from './time-words';

function ResumeButton({ label }: { label: string }) {
  const { busy, run } = useBusyAction();
  const resume = () => run(async () => useStockPush.getState().accept(await api.setStockSyncPaused({ paused: false })));
  return (
    <button type="button" className="button small" disabled={busy} onClick={() => void resume()} data-testid="resume-sync">
      {label}
    </button>
  );
}

export function PausedBanner() {
  const status = useStockPush((s) => s.status);
  if (!status) return null;
  if (status.autoPaused) {
    const pause = status.autoPaused;
    return (
      <div className="notice notice-error notice-row" role="alert" data-testid="auto-paused-banner">
        <div>
          <strong>Stock push paused itself</strong> <span className="muted">since {fullTime(pause.since)}</span>
          <p>{pause.reason}</p>
          <p className="muted">
            {pause.liftsItself
              ? 'Stockpilot keeps checking and resumes by itself once Shopify accepts pushes again. Your changes wait and are not lost.'
              : 'Fix the cause, then resume. Your changes wait and are not lost.'}
          </p>
        </div>
        <ResumeButton label="Try again now" />
      </div>
    );
  }
  if (status.paused) {
    return (
      <div className="notice notice-warning notice-row" role="status" data-testid="paused-banner">
        <div>
          <strong>Stock sync is paused.</strong> Stock changes are kept and go out to Shopify when you resume.
        </div>
        <ResumeButton label="Resume" />
      </div>
    );
  }
  if (status.waitingForConnection) {
    return (
      <div className="notice notice-warning" role="status" data-testid="waiting-banner">
        Shopify cannot be reached right now. Pending changes wait and go out when the connection is back — nothing has failed.
      </div>
    );
  }
  return null;
}
