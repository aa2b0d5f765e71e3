/** A button that, when it cannot be pressed, says why beside it (and to screen readers). */
import { useId, type ReactNode } from 'react';

interface Props {
  /** Why it cannot be pressed; null when it can. */
  reason: string | null;
  onClick: () => void;
  className: string;
  testId: string;
  children: ReactNode;
}

export function ButtonWithReason({ reason, onClick, className, testId, children }: Props) {
  const reasonId = useId();
  return (
    <>
      {reason ? (
        <span className="muted button-reason" id={reasonId} data-testid={`${testId}-reason`}>
          {reason}
        </span>
      ) : null}
      <button type="button" className={className} disabled={reason !== null} aria-describedby={reason ? reasonId : undefined} onClick={onClick} data-testid={testId}>
        {children}
      </button>
    </>
  );
}
