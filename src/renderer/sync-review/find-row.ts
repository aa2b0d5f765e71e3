/**
 * Where a product's name sits in a section, without reading the whole section: the review
 * keeps each section's rows sorted by lower-cased name (then key; see compare-catalogs), so
 * a binary search over one-row reads narrows 20,000 rows to one page in ~6 reads. Pure:
 * the reads are given.
 */
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The review's display order of names within a section. */
export const nameOrder = (a: string, b: string): number => text(a.toLowerCase(), b.toLowerCase());

/** The name of the row at a place in the section, read from the server (undefined: it could not be read). */
export type ReadName = (index: number) => Promise<string | undefined>;

/**
 * A window of at most `window` places, starting at `low`, that holds the first row whose
 * name sorts at or after `name`; null when a read failed.
 */
export async function narrowToName(total: number, name: string, readName: ReadName, window: number): Promise<{ low: number; high: number } | null> {
  let low = 0;
  let high = total;
  while (high - low > window) {
    const middle = Math.floor((low + high) / 2);
    const found = await readName(middle);
    if (found === undefined) return null;
    if (nameOrder(found, name) < 0) low = middle + 1;
    else high = middle;
  }
  return { low, high };
}
