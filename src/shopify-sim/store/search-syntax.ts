/**
 * Shopify's search syntax for the `query:` argument: `sku:ABC status:active
 * updated_at:>'2026-01-01T00:00:00Z'`, terms joined by AND (default) or OR, negated with
 * `-` or NOT, values quoted with ' or ", a trailing `*` for a prefix match. A bare word
 * matches the default field (the title).
 */
export interface SearchTerm {
  field: string | null;
  op: ':' | '>' | '>=' | '<' | '<=';
  value: string;
  negate: boolean;
}

/** Any of the groups matches; within a group, every term must. */
export type SearchQuery = SearchTerm[][];

const TOKEN = /\s*(-?)([A-Za-z_.]+:)?(>=|<=|>|<)?("([^"]*)"|'([^']*)'|[^\s()]+)/y;

export function parseSearch(query: string | null | undefined): SearchQuery {
  const groups: SearchQuery = [[]];
  if (!query) return [];
  TOKEN.lastIndex = 0;
  let negateNext = false;
  for (;;) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(query);
    if (!m || m.index !== start) break;
    const [, minus, fieldPart, cmp, raw, dq, sq] = m;
    const value = dq ?? sq ?? raw ?? '';
    if (!fieldPart && !cmp && (value === 'AND' || value === 'and')) continue;
    if (!fieldPart && !cmp && value === 'OR') {
      groups.push([]);
      continue;
    }
    if (!fieldPart && !cmp && value === 'NOT') {
      negateNext = true;
      continue;
    }
    const term: SearchTerm = {
      field: fieldPart ? fieldPart.slice(0, -1).toLowerCase() : null,
      op: (cmp as SearchTerm['op']) ?? ':',
      value,
      negate: minus === '-' || negateNext,
    };
    negateNext = false;
    groups[groups.length - 1]?.push(term);
  }
  return groups.filter((g) => g.length > 0);
}

/** What a field of a record is, for matching: a value or list of values (any may match). */
export type FieldReader<T> = (record: T, field: string | null) => string | number | boolean | null | (string | null)[] | undefined;

export function matchesSearch<T>(record: T, query: SearchQuery, read: FieldReader<T>): boolean {
  if (query.length === 0) return true;
  return query.some((group) => group.every((term) => matchesTerm(record, term, read) !== term.negate));
}

function matchesTerm<T>(record: T, term: SearchTerm, read: FieldReader<T>): boolean {
  const actual = read(record, term.field);
  if (actual === undefined) return true; // Shopify ignores fields it does not filter on.
  const values = Array.isArray(actual) ? actual : [actual];
  return values.some((v) => compare(v, term));
}

function compare(actual: string | number | boolean | null, term: SearchTerm): boolean {
  if (actual === null) return false;
  if (term.op === ':') {
    const want = term.value.toLowerCase();
    const have = String(actual).toLowerCase();
    if (want.endsWith('*')) return have.startsWith(want.slice(0, -1));
    return term.field === null ? have.includes(want) : have === want;
  }
  const [a, b] = comparable(actual, term.value);
  if (term.op === '>') return a > b;
  if (term.op === '>=') return a >= b;
  if (term.op === '<') return a < b;
  return a <= b;
}

function comparable(actual: string | number | boolean, wanted: string): [number, number] | [string, string] {
  if (typeof actual === 'number') return [actual, Number(wanted)];
  const a = Date.parse(String(actual));
  const b = Date.parse(wanted);
  if (!Number.isNaN(a) && !Number.isNaN(b)) return [a, b];
  return [String(actual), wanted];
}
