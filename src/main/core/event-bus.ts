/** The core's outgoing events: validated against src/shared/events.ts, fanned out to every shell. */
import { events, type AnyEvent, type EventName, type EventPayload } from '../../shared/events';

export type EventListener = (event: AnyEvent) => void;

export class EventBus {
  readonly #listeners = new Set<EventListener>();

  emit<K extends EventName>(name: K, payload: EventPayload<K>): void {
    const parsed = events[name].parse(payload) as EventPayload<K>;
    const event = { name, payload: parsed } as AnyEvent;
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        // A broken listener (a closed socket, say) must not stop the others or the caller.
        console.error(`event listener failed on ${name}:`, error);
      }
    }
  }

  /** Returns the function that unsubscribes. */
  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

export type Emit = EventBus['emit'];
