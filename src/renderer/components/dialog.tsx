/** A modal dialog: labelled, focus moves in and comes back, Esc and the backdrop close it. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  /** The dialog's test id; its submit button is `${testId}-submit`. */
  testId: string;
  onClose: () => void;
  children: ReactNode;
  onSubmit: () => void;
  submitLabel: string;
  busy?: boolean;
  /** The submit button stays disabled (say why inside the dialog). */
  submitDisabled?: boolean;
  danger?: boolean;
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]';

/** Tab from the last control goes to the first, and Shift+Tab back: focus stays in the modal. */
function keepFocusInside(panel: HTMLElement, e: { shiftKey: boolean; preventDefault(): void }) {
  const controls = Array.from(panel.querySelectorAll<HTMLElement>(FOCUSABLE));
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

export function Dialog({ title, testId, onClose, children, onSubmit, submitLabel, busy = false, submitDisabled = false, danger = false }: DialogProps) {
  const titleId = useId();
  const panel = useRef<HTMLFormElement>(null);
  // Read while rendering, before any autoFocus field inside takes the focus.
  const opener = useRef(document.activeElement as HTMLElement | null);

  useEffect(() => {
    const previous = opener.current;
    // A field marked autoFocus already has focus; otherwise start at the first control.
    if (!panel.current?.contains(document.activeElement)) {
      panel.current?.querySelector<HTMLElement>('input, select, textarea, button:not([data-close])')?.focus();
    }
    return () => previous?.focus();
  }, []);

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form
        ref={panel}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          } else if (e.key === 'Tab') {
            keepFocusInside(e.currentTarget, e);
          }
        }}
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy && !submitDisabled) onSubmit();
        }}
      >
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button" aria-label="Close" data-close onClick={onClose}>
            ×
          </button>
        </header>
        <div className="dialog-body">{children}</div>
        <footer className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={`button ${danger ? 'danger' : 'primary'}`} disabled={busy || submitDisabled} data-testid={`${testId}-submit`}>
            {busy ? 'Working…' : submitLabel}
          </button>
        </footer>
      </form>
    </div>
  );
}
