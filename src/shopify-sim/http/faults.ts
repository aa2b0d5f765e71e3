/**
 * Faults injected into the Admin API on request (`POST /__sim/faults`): for the next N
 * requests or with a probability, so tests can prove the client copes with a bad day.
 */
/** `drop` destroys the connection without running the request; `lost-answer` runs it, then destroys the connection. */
export const FAULT_KINDS = ['latency', 'http500', 'http502', 'http503', 'http429', 'throttled', 'drop', 'hang', 'lost-answer'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  kind: FaultKind;
  /** Applies to the next `count` requests … */
  count?: number;
  /** … or to each request with this probability (0–1) until cleared. */
  probability?: number;
  /** For `latency`: added delay (default 1000 ms). */
  ms?: number;
  /** For `http429`: the Retry-After header in seconds (default 2). */
  retryAfterSeconds?: number;
}

export class FaultPlan {
  private faults: (FaultSpec & { left: number })[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  /** Adds a fault; returns a readable problem instead when the spec is not one. */
  add(spec: unknown): string | null {
    const s = (spec ?? {}) as Partial<FaultSpec>;
    if (!FAULT_KINDS.includes(s.kind as FaultKind)) return `"kind" must be one of: ${FAULT_KINDS.join(', ')}`;
    if (s.count === undefined && s.probability === undefined) return 'Give "count" (next N requests) or "probability" (0 to 1)';
    if (s.count !== undefined && !(Number.isInteger(s.count) && s.count > 0)) return '"count" must be a whole number above 0';
    if (s.probability !== undefined && !(s.probability >= 0 && s.probability <= 1)) return '"probability" must be between 0 and 1';
    this.faults.push({ ...(s as FaultSpec), left: s.count ?? Infinity });
    return null;
  }

  clear(): void {
    this.faults = [];
  }

  list(): FaultSpec[] {
    return this.faults.map(({ left, ...spec }) => ({ ...spec, ...(spec.count !== undefined ? { count: left } : {}) }));
  }

  /** The faults that hit this request (latency may combine with one other). */
  draw(): FaultSpec[] {
    const hits: FaultSpec[] = [];
    for (const fault of this.faults) {
      const hit = fault.probability !== undefined ? this.random() < fault.probability : fault.left > 0;
      if (!hit) continue;
      if (fault.probability === undefined) fault.left--;
      hits.push(fault);
    }
    this.faults = this.faults.filter((f) => f.left > 0);
    return hits;
  }
}
