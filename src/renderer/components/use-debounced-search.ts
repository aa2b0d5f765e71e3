/**
 * A search box's text, handed to its list after a pause in typing. A reset from elsewhere
 * ("Clear filters") shows up in the box; the box's own searches are told apart from it by
 * remembering what the box last sent.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useDebouncedSearch(applied: string, apply: (search: string) => void, delayMs: number) {
  const [text, setText] = useState(applied);
  const sent = useRef(applied);

  useEffect(() => {
    if (applied === sent.current) return;
    sent.current = applied;
    setText(applied);
  }, [applied]);

  /** Sends `value` at once (Enter, Escape), without waiting for the pause. */
  const sendNow = useCallback(
    (value: string) => {
      const wanted = value.trim();
      if (wanted === sent.current) return;
      sent.current = wanted;
      apply(wanted);
    },
    [apply],
  );

  useEffect(() => {
    if (text.trim() === sent.current) return;
    const timer = setTimeout(() => sendNow(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, sendNow, delayMs]);

  return { text, setText, sendNow };
}
