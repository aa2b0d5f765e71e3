/**
 * The product sync review on screen: the latest compare's summary and issues, one section's
 * rows paged in blocks as the grid scrolls, the products opened (their differences), the
 * rows ticked, the keyboard cursor, and where the choices stand (the server's tally).
 * A choice shows at once; the server's answer (the tally) follows.
 */
import { create } from 'zustand';
import { ContractError } from '../../shared/errors';
import type { ChoiceTally, RowAction, SyncIssue, SyncReview, SyncReviewProduct, SyncSection, SyncSide, VariantAction } from '../../shared/product-sync';
import { api, errorMessage } from '../api';
import { chosenCount, withChoice } from '../sync-review/conflict-order';
import { locateProduct } from '../sync-review/locate-product';
import { blocksCovering, firstSectionWithRows, patchRows, REVIEW_BLOCK_SIZE, reviewRowAt, sectionCount, type RowBlocks } from '../sync-review/review-rows';
import { toast, toastError } from './toasts';

export type ReviewHeader = Pick<SyncReview, 'reviewId' | 'createdAt' | 'readMode' | 'locationId' | 'summary'>;

/** A product opened in the grid: its differences once they arrive. */
export interface OpenedProduct {
  product: SyncReviewProduct | null;
  failure: string | null;
}

/** The keyboard's place: a row, and a field of it when the product is open. */
export interface ReviewCursor {
  index: number;
  fieldId: string | null;
}

/** What Accept All and the bulk actions act on. */
export type ReviewScope = { kind: 'review' } | { kind: 'section' } | { kind: 'selection' };

interface SyncReviewState {
  /** undefined: not loaded yet; null: there is no compare yet. */
  review: ReviewHeader | null | undefined;
  failure: string | null;
  issues: SyncIssue[];
  issuesTotal: number;
  tally: ChoiceTally | null;
  section: SyncSection;
  total: number | null;
  blocks: RowBlocks;
  generation: number;
  opened: ReadonlyMap<string, OpenedProduct>;
  selected: ReadonlySet<string>;
  cursor: ReviewCursor;
  /** The SKU conflict whose dialog is open, and the side the owner clicked to open it. */
  skuDialog: { rowKey: string; differenceId: string; side: SyncSide } | null;
  /** A product to bring into view (#/sync/<id>) once its row is found. */
  focusProductId: number | null;
  load(): Promise<void>;
  loadMoreIssues(): Promise<void>;
  setSection(section: SyncSection): void;
  ensureRange(first: number, last: number): void;
  toggleOpen(key: string): void;
  open(key: string): Promise<void>;
  choose(rowKey: string, differenceId: string, side: SyncSide): Promise<void>;
  acceptAll(side: SyncSide, scope: ReviewScope): Promise<void>;
  setRowActions(action: RowAction, scope: ReviewScope | { kind: 'rows'; rowKeys: string[] }): Promise<void>;
  /** Create on Shopify, import, delete or leave one variant found on one side only (null takes the choice back). */
  setVariantAction(rowKey: string, variantKey: string, action: VariantAction | null): Promise<void>;
  /** Leave every product and variant found on one side only that has no choice yet. */
  leaveAllOneSided(): Promise<void>;
  toggleSelected(key: string): void;
  clearSelection(): void;
  setCursor(cursor: ReviewCursor): void;
  openSkuDialog(rowKey: string, differenceId: string, side: SyncSide): void;
  closeSkuDialog(): void;
  focusProduct(productId: number): Promise<void>;
}

const inFlight = new Set<string>();
let lastRange: [number, number] = [0, REVIEW_BLOCK_SIZE - 1];

const isNoReview = (error: unknown) => error instanceof ContractError && error.code === 'not_found';

export const useSyncReview = create<SyncReviewState>()((set, get) => {
  const reviewId = () => get().review?.reviewId;

  const fetchBlock = (block: number) => {
    const { section, generation } = get();
    const id = reviewId();
    const key = `${id}:${section}:${generation}:${block}`;
    if (id === undefined || inFlight.has(key)) return;
    inFlight.add(key);
    api
      .getSyncReview({ reviewId: id, section, offset: block * REVIEW_BLOCK_SIZE, limit: REVIEW_BLOCK_SIZE, issuesLimit: 0 })
      .then(
        (page) => {
          const state = get();
          if (state.section !== section || reviewId() !== id || (state.blocks.get(block)?.generation ?? -1) > generation) return;
          set({ blocks: new Map(state.blocks).set(block, { rows: page.rows.rows, generation }), total: page.rows.total, tally: page.tally ?? state.tally });
        },
        (error: unknown) => {
          if (get().section === section) set({ failure: errorMessage(error) });
        },
      )
      .finally(() => inFlight.delete(key));
  };

  /** Rows and opened products read again (after Accept All or bulk actions); the old ones stay until then. */
  const refreshRows = () => {
    set({ generation: get().generation + 1 });
    get().ensureRange(...lastRange);
    for (const key of get().opened.keys()) void loadProduct(key);
  };

  const loadProduct = async (key: string): Promise<void> => {
    const id = reviewId();
    if (id === undefined) return;
    await api.getSyncReviewProduct({ reviewId: id, key }).then(
      (product) => {
        if (reviewId() !== id || !get().opened.has(key)) return;
        set({ opened: new Map(get().opened).set(key, { product, failure: null }) });
      },
      (error: unknown) => {
        if (!get().opened.has(key)) return;
        set({ opened: new Map(get().opened).set(key, { product: get().opened.get(key)?.product ?? null, failure: errorMessage(error) }) });
      },
    );
  };

  const scopeInput = (scope: ReviewScope) => {
    if (scope.kind === 'section') return { section: get().section };
    if (scope.kind === 'selection') return { rowKeys: [...get().selected] };
    return {};
  };

  return {
    review: undefined,
    failure: null,
    issues: [],
    issuesTotal: 0,
    tally: null,
    section: 'different',
    total: null,
    blocks: new Map(),
    generation: 0,
    opened: new Map(),
    selected: new Set(),
    cursor: { index: 0, fieldId: null },
    skuDialog: null,
    focusProductId: null,

    async load() {
      try {
        const review = await api.getSyncReview({ limit: 1, issuesLimit: 100 });
        const { reviewId: id, createdAt, readMode, locationId, summary } = review;
        const same = get().review?.reviewId === id;
        set({
          review: { reviewId: id, createdAt, readMode, locationId, summary },
          failure: null,
          issues: review.issues.rows,
          issuesTotal: review.issues.total,
          tally: review.tally ?? null,
          ...(same
            ? {}
            : { section: firstSectionWithRows(summary), total: null, blocks: new Map(), opened: new Map(), selected: new Set(), cursor: { index: 0, fieldId: null } }),
        });
        if (same) refreshRows();
        else get().ensureRange(0, REVIEW_BLOCK_SIZE - 1);
        const focus = get().focusProductId;
        if (focus !== null) await get().focusProduct(focus);
      } catch (error) {
        if (isNoReview(error)) set({ review: null, failure: null });
        else set({ failure: errorMessage(error) });
      }
    },

    async loadMoreIssues() {
      const id = reviewId();
      if (id === undefined) return;
      try {
        const page = await api.getSyncReview({ reviewId: id, limit: 1, issuesOffset: get().issues.length, issuesLimit: 100 });
        if (reviewId() === id) set({ issues: [...get().issues, ...page.issues.rows], issuesTotal: page.issues.total });
      } catch (error) {
        toastError(error);
      }
    },

    setSection(section) {
      if (section === get().section) return;
      set({ section, total: null, blocks: new Map(), generation: get().generation + 1, opened: new Map(), selected: new Set(), cursor: { index: 0, fieldId: null } });
      get().ensureRange(0, REVIEW_BLOCK_SIZE - 1);
    },

    ensureRange(first, last) {
      lastRange = [first, last];
      const { blocks, generation, total } = get();
      for (const b of blocksCovering(first, last, total)) {
        if ((blocks.get(b)?.generation ?? -1) < generation) fetchBlock(b);
      }
    },

    toggleOpen(key) {
      if (get().opened.has(key)) {
        const opened = new Map(get().opened);
        opened.delete(key);
        const { cursor, blocks } = get();
        // A cursor on one of its fields goes back to the product's line.
        set({ opened, cursor: reviewRowAt(blocks, cursor.index)?.key === key ? { ...cursor, fieldId: null } : cursor });
      } else {
        void get().open(key);
      }
    },

    async open(key) {
      if (get().opened.has(key)) return;
      set({ opened: new Map(get().opened).set(key, { product: null, failure: null }) });
      await loadProduct(key);
    },

    async choose(rowKey, differenceId, side) {
      const entry = get().opened.get(rowKey);
      const before = entry?.product;
      if (before) {
        const after = withChoice(before, differenceId, side);
        const chosen = chosenCount(after);
        set({
          opened: new Map(get().opened).set(rowKey, { product: after, failure: null }),
          blocks: patchRows(get().blocks, new Set([rowKey]), (row) => ({ ...row, chosenCount: chosen })),
        });
      }
      try {
        const tally = await api.setSyncChoices({ reviewId: reviewId(), choices: [{ differenceId, side }] });
        set({ tally });
      } catch (error) {
        toastError(error);
        // Back to what the server has.
        if (before) set({ opened: new Map(get().opened).set(rowKey, { product: before, failure: null }), blocks: patchRows(get().blocks, new Set([rowKey]), (row) => ({ ...row, chosenCount: chosenCount(before) })) });
      }
    },

    async acceptAll(side, scope) {
      try {
        const tally = await api.acceptAllSync({ reviewId: reviewId(), side, ...scopeInput(scope) });
        set({ tally });
        refreshRows();
      } catch (error) {
        toastError(error);
      }
    },

    async setRowActions(action, scope) {
      const keys = scope.kind === 'rows' ? scope.rowKeys : scope.kind === 'selection' ? [...get().selected] : null;
      const section = get().section;
      if (section !== 'only_stockpilot' && section !== 'only_shopify') return;
      if (keys !== null) set({ blocks: patchRows(get().blocks, new Set(keys), (row) => ({ ...row, action })) });
      try {
        const tally = await api.setSyncRowActions(keys !== null ? { reviewId: reviewId(), action, rowKeys: keys } : { reviewId: reviewId(), action, section });
        set({ tally });
        refreshRows();
      } catch (error) {
        toastError(error);
        refreshRows();
      }
    },

    async setVariantAction(rowKey, variantKey, action) {
      const before = get().opened.get(rowKey)?.product;
      if (before) {
        const after = { ...before, variants: before.variants.map((v) => (v.key === variantKey ? { ...v, action } : v)) };
        set({ opened: new Map(get().opened).set(rowKey, { product: after, failure: null }) });
      }
      try {
        const tally = await api.setSyncVariantActions({ reviewId: reviewId(), choices: [{ rowKey, variantKey, action }] });
        set({ tally });
        refreshRows();
      } catch (error) {
        toastError(error);
        if (before) set({ opened: new Map(get().opened).set(rowKey, { product: before, failure: null }) });
      }
    },

    async leaveAllOneSided() {
      try {
        const tally = await api.leaveAllOneSided({ reviewId: reviewId() });
        set({ tally });
        refreshRows();
      } catch (error) {
        toastError(error);
      }
    },

    toggleSelected(key) {
      const selected = new Set(get().selected);
      if (!selected.delete(key)) selected.add(key);
      set({ selected });
    },

    clearSelection() {
      set({ selected: new Set() });
    },

    setCursor(cursor) {
      set({ cursor });
    },

    openSkuDialog(rowKey, differenceId, side) {
      set({ skuDialog: { rowKey, differenceId, side } });
    },

    closeSkuDialog() {
      set({ skuDialog: null });
    },

    /** Finds the product's row (any section), shows that section, opens the product and puts the cursor on it. */
    async focusProduct(productId) {
      set({ focusProductId: productId });
      const id = reviewId();
      if (id === undefined) return;
      const summary = get().review?.summary;
      const place = summary ? await locateProduct(id, productId, get().section, (section) => sectionCount(summary, section)) : null;
      if (reviewId() !== id || get().focusProductId !== productId) return;
      set({ focusProductId: null });
      if (!place) {
        toast('warning', 'That product is not in the latest compare. Run Full Sync & Compare to include it.');
        return;
      }
      get().setSection(place.section);
      set({ cursor: { index: place.index, fieldId: null } });
      await get().open(place.key);
    },
  };
});

export const selectedRowAt = (state: Pick<SyncReviewState, 'blocks' | 'cursor'>) => reviewRowAt(state.blocks, state.cursor.index);
