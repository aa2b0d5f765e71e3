/**
 * The products the owner ticked in the products list, for the bulk tools (Unlink). Kept by id
 * with the name and whether it is linked, so scrolling, sorting or filtering the list never
 * loses a ticked product that is out of view.
 */
import { create } from 'zustand';
import type { ProductRow } from '../../shared/catalog';

export interface ChosenProduct {
  id: number;
  name: string;
  linked: boolean;
}

interface ProductSelectionState {
  chosen: ReadonlyMap<number, ChosenProduct>;
  toggle(row: ProductRow): void;
  /** Ticks (or unticks) all these rows at once. */
  setMany(rows: readonly ProductRow[], on: boolean): void;
  /** Forgets these products (unlinked, deleted), or every one. */
  drop(ids?: readonly number[]): void;
  /** Takes the names and links of ticked products from fresher rows (renamed, or linked or unlinked elsewhere). */
  refresh(rows: readonly ProductRow[]): void;
}

const chosenOf = (row: ProductRow): ChosenProduct => ({ id: row.id, name: row.name, linked: row.syncState !== 'unlinked' });

export const useProductSelection = create<ProductSelectionState>()((set, get) => ({
  chosen: new Map(),
  toggle(row) {
    const chosen = new Map(get().chosen);
    if (chosen.has(row.id)) chosen.delete(row.id);
    else chosen.set(row.id, chosenOf(row));
    set({ chosen });
  },
  setMany(rows, on) {
    const chosen = new Map(get().chosen);
    for (const row of rows) {
      if (on) chosen.set(row.id, chosenOf(row));
      else chosen.delete(row.id);
    }
    set({ chosen });
  },
  drop(ids) {
    if (ids === undefined) return set({ chosen: new Map() });
    const chosen = new Map(get().chosen);
    for (const id of ids) chosen.delete(id);
    set({ chosen });
  },
  refresh(rows) {
    const before = get().chosen;
    const changed = rows.filter((r) => {
      const had = before.get(r.id);
      return had !== undefined && (had.name !== r.name || had.linked !== chosenOf(r).linked);
    });
    if (changed.length === 0) return;
    const chosen = new Map(before);
    for (const row of changed) chosen.set(row.id, chosenOf(row));
    set({ chosen });
  },
}));
