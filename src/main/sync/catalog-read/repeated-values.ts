/**
 * One copy of each value a catalog repeats across its products and variants (a vendor, a
 * product type, a size list, the same option values on every product of a range): a large
 * snapshot otherwise holds the same text and lists hundreds of thousands of times. The
 * snapshots are read-only, so sharing a list between variants is safe; values that are
 * rarely repeated (titles, descriptions, SKUs, ids) are not worth a lookup and stay as read.
 */
export class RepeatedValues {
  readonly #texts = new Map<string, string>();
  readonly #lists = new Map<string, string[]>();
  readonly #empty: string[] = [];

  text(value: string): string {
    const known = this.#texts.get(value);
    if (known !== undefined) return known;
    this.#texts.set(value, value);
    return value;
  }

  /** The one shared copy of a list of these values (never changed in place by its readers). */
  list(values: string[]): string[] {
    if (values.length === 0) return this.#empty;
    const key = JSON.stringify(values);
    const known = this.#lists.get(key);
    if (known !== undefined) return known;
    this.#lists.set(key, values);
    return values;
  }
}
