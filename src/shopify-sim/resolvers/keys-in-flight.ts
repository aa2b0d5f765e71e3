/**
 * Idempotency keys whose request has arrived but has not been answered yet, per app (token).
 * Shopify refuses a second request with such a key (`IDEMPOTENCY_CONCURRENT_REQUEST`): a
 * request holds its keys from its arrival, before any latency, until it is answered or its
 * connection closes. The keys are read from the document's mutation root fields.
 */
import { Kind, getOperationAST, type DocumentNode, type SelectionSetNode, type ValueNode } from 'graphql';

export interface HeldKeys {
  /** The request's keys another unanswered request already holds. */
  busy: ReadonlySet<string>;
  /** Lets go of the keys this request holds (safe to call more than once). */
  release: () => void;
}

export class KeysInFlight {
  /** `token \0 key` → the request holding it. */
  private readonly holders = new Map<string, symbol>();

  hold(token: string, keys: readonly string[]): HeldKeys {
    const me = Symbol('request');
    const busy = new Set<string>();
    const mine: string[] = [];
    for (const key of new Set(keys)) {
      const id = `${token}\u0000${key}`;
      if (this.holders.has(id)) busy.add(key);
      else {
        this.holders.set(id, me);
        mine.push(id);
      }
    }
    const release = () => {
      for (const id of mine) if (this.holders.get(id) === me) this.holders.delete(id);
      mine.length = 0;
    };
    return { busy, release };
  }

  clear(): void {
    this.holders.clear();
  }
}

/** The `@idempotent(key:)` values (a string literal or a variable) on a mutation's root fields. */
export function idempotencyKeysOf(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): string[] {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return [];
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const defaults = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue] as const));
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.STRING) return node.value;
    if (node.kind !== Kind.VARIABLE) return undefined;
    const given = variables[node.name.value];
    const fallback = defaults.get(node.name.value);
    return given !== undefined ? given : fallback ? valueOf(fallback) : undefined;
  };
  const keys: string[] = [];
  const walk = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet, seen);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) walk(fragment.selectionSet, new Set([...seen, fragment.name.value]));
      } else {
        const directive = selection.directives?.find((d) => d.name.value === 'idempotent');
        const arg = directive?.arguments?.find((a) => a.name.value === 'key');
        const key = arg ? valueOf(arg.value) : undefined;
        if (typeof key === 'string' && key.trim() !== '') keys.push(key);
      }
    }
  };
  walk(operation.selectionSet, new Set());
  return keys;
}
