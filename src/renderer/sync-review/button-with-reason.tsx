/** A button that, when it cannot be pressed, says why beside it (and to screen readers). */
import { useId, type ReactNode } from 'react';

interface Props {
  /** Why it cannot be pressed; null when it can. */
  reason: string | null;
  onClick: () => void;
  className: string;
  testId: string;
  children: ReactNode;
  /** The reason is already on screen nearby (e.g. "3 conflicts left"): said to screen readers and on hover only. */
  quiet?: boolean;
}

export function ButtonWithReason({ reason, onClick, className, testId, children, quiet = false }: Props) {
  const reasonId = useId();
  return (
    <>
      {reason ? (
        <span className={quiet ? 'visually-hidden' : 'muted button-reason'} id={reasonId} data-testid={`${testId}-reason`}>
          {reason}
        </span>
      ) : null}
      <button type="button" className={className} disabled={reason !== null} aria-describedby={reason ? reasonId : undefined} title={quiet && reason ? reason : undefined} onClick={onClick} data-testid={testId}>
        {children}
      </button>
    </>
  );
}
