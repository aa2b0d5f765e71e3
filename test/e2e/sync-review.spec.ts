/**
 * The product sync review, as an owner meets it: the demo store and the local catalog differ
 * in every way the review handles (see support/sync-review-app). Compare, read the summary,
 * resolve conflicts one by one (Apply stays disabled until the last), Accept All then
 * override one, the stock, auto-stock, track-inventory and SKU conflicts, create and import,
 * apply with its summary, and undo. Then, with Shopify slowed down: the compare's progress
 * and Cancel, the apply's progress and Cancel.
 */
import { expect, test, type Page } from '@playwright/test';
import { ensureKeyringSession, type KeyringSession } from './support/keyring-session';
import { startSyncReviewApp, type SyncReviewApp, type SyncReviewAppOptions } from './support/sync-review-app';

let app: SyncReviewApp;
let page: Page;
/** One keychain for both apps: a session closed by the first would leave the second without one. */
let keyring: KeyringSession;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  keyring = await ensureKeyringSession();
});

test.afterAll(() => {
  keyring?.close();
});

/** An app of the describe's own, and a page on it, for its tests. */
function withApp(options: SyncReviewAppOptions = {}): void {
  test.beforeAll(async ({ browser }) => {
    app = await startSyncReviewApp(options);
    page = await browser.newPage();
  });
  test.afterAll(async () => {
    await page?.close();
    await app?.close();
  });
}

const row = (name: string) => page.getByTestId('review-grid').locator('[data-testid^="review-row-"]', { hasText: name });
/** A product's line in the grid: its row and, once opened, its differences. */
const line = (name: string) => page.locator('.review-line').filter({ has: page.locator('[data-testid^="review-row-"]', { hasText: name }) });
const field = (name: string, f: string) => line(name).locator(`[data-testid^="diff-"][data-testid$="/${f}"]`);
const pick = (name: string, f: string, side: 'stockpilot' | 'shopify') => line(name).locator(`[data-testid^="pick-"][data-testid$="/${f}-${side}"]`);
const conflictsLeft = () => page.getByTestId('conflicts-left');
const applyButton = () => page.getByTestId('apply-changes');

async function open(name: string): Promise<void> {
  if ((await line(name).locator('[data-testid^="review-detail-"]').count()) === 0) await row(name).click();
  await expect(line(name).locator('[data-testid^="review-detail-"]')).toBeVisible();
}

async function dismissToasts(): Promise<void> {
  const buttons = page.getByTestId('toasts').getByRole('button', { name: 'Dismiss' });
  while ((await buttons.count()) > 0) await buttons.first().click({ timeout: 1000 }).catch(() => {});
}

test.describe('from compare to undo, on the demo store', () => {
  withApp();

  test('Full Sync & Compare from the Integration Overview sorts every product and explains what it found', async () => {
    await page.goto(app.url);
    await page.getByTestId('nav-integration').click();
    await page.getByTestId('setup-use-demo').click();
    await expect(page.getByTestId('overview-tab')).toBeVisible();

    await page.getByTestId('overview-full-sync').click();
    await expect(page).toHaveURL(/#\/sync$/);
    await expect(page.getByTestId('syncing-information')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('compared.png'), fullPage: true });

    await expect(page.getByTestId('sync-count-different')).toHaveText('5');
    await expect(page.getByTestId('sync-count-identical')).toHaveText('1');
    await expect(page.getByTestId('sync-count-only-stockpilot')).toHaveText('1');
    await expect(page.getByTestId('sync-count-only-shopify')).toHaveText('1');
    await expect(page.getByTestId('section-different')).toHaveAttribute('aria-selected', 'true');
    await expect(row('Linen apron')).toBeVisible();

    // The issue that holds the plant pot back, in a person's words with its fix.
    await expect(page.getByTestId('sync-count-issues')).toHaveText('1');
    const issue = page.getByTestId('sync-issue-duplicate_sku');
    await expect(issue).toContainText('POT-1 is used by 2 variants on Shopify');
    await expect(issue).toContainText('How to fix');
    await page.getByTestId('section-issues').click();
    await expect(page.locator('[data-testid^="review-row-"]')).toHaveCount(3);
    await expect(row('Plant pot').first()).toContainText('Held until fixed: duplicate SKU');
    await page.getByTestId('section-different').click();
  });

  test('#/sync/<product> opens the review with that product in view, and the keyboard moves, picks and finds the next conflict', async () => {
    const apron = app.local<{ id: number }>('SELECT id FROM products WHERE name = ?', 'Linen apron');
    await page.goto(`${new URL(app.url).origin}/#/sync/${apron?.id}`);
    await expect(line('Linen apron').locator('[data-testid^="review-detail-"]')).toBeVisible();
    await expect(line('Linen apron')).toHaveClass(/cursor/);

    // Nothing is chosen for the owner; the recommended side only carries a label.
    await expect(page.locator('[data-testid^="pick-"][aria-pressed="true"]')).toHaveCount(0);
    await expect(pick('Linen apron', 'price', 'stockpilot').getByTestId('recommended')).toBeVisible();
    await expect(applyButton()).toBeDisabled();
    await expect(page.getByTestId('apply-changes-reason')).toContainText('8 more conflicts');

    const grid = page.getByTestId('review-grid');
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    await expect(field('Linen apron', 'price')).toHaveClass(/cursor/);
    await page.keyboard.press('ArrowRight');
    await expect(pick('Linen apron', 'price', 'shopify')).toHaveAttribute('aria-pressed', 'true');
    await expect(conflictsLeft()).toContainText('7 conflicts left');
    // Changing one's mind: the other side.
    await page.keyboard.press('ArrowLeft');
    await expect(pick('Linen apron', 'price', 'stockpilot')).toHaveAttribute('aria-pressed', 'true');
    await expect(pick('Linen apron', 'price', 'shopify')).toHaveAttribute('aria-pressed', 'false');
    await expect(conflictsLeft()).toContainText('7 conflicts left');

    // n: the next conflict without a choice (the apron's stock), then on to the next product.
    await page.keyboard.press('n');
    await expect(field('Linen apron', 'stock')).toHaveClass(/cursor/);
    await page.keyboard.press('ArrowRight');
    await expect(pick('Linen apron', 'stock', 'shopify')).toHaveAttribute('aria-pressed', 'true');
    await expect(conflictsLeft()).toContainText('6 conflicts left');
    await page.keyboard.press('n');
    await expect(field('Moth tee', 'name')).toHaveClass(/cursor/);
    await expect(field('Moth tee', 'name')).toHaveAttribute('data-chosen', '');

    // Enter closes the product in hand; ↑ goes back to the product above, ↓ into its open fields;
    // n opens the closed product again at its first undecided field.
    await page.keyboard.press('Enter');
    await expect(line('Moth tee').locator('[data-testid^="review-detail-"]')).toHaveCount(0);
    await page.keyboard.press('ArrowUp');
    await expect(line('Linen apron')).toHaveClass(/cursor/);
    await page.keyboard.press('ArrowDown');
    await expect(field('Linen apron', 'price')).toHaveClass(/cursor/);
    await page.keyboard.press('n');
    await expect(field('Moth tee', 'name')).toHaveClass(/cursor/);
  });

  test('each remaining conflict is decided by clicking the value to keep, and Apply waits for the last one', async () => {
    // Moth tee: the name, the description (rendered safely, with what changed), the vendor.
    await open('Moth tee');
    await pick('Moth tee', 'name', 'stockpilot').click();
    await expect(line('Moth tee').getByTestId('description-stockpilot')).toContainText('Soft cotton tee');
    await expect(line('Moth tee').getByTestId('description-shopify').locator('strong')).toHaveText('moth');
    await expect(line('Moth tee').getByTestId('description-diff').locator('ins')).toContainText('organic');
    await pick('Moth tee', 'description', 'shopify').click();
    await pick('Moth tee', 'vendor', 'shopify').click();
    await expect(row('Moth tee')).toContainText('All chosen');
    await expect(conflictsLeft()).toContainText('3 conflicts left');

    // Gift set: an auto-stock bundle cannot take Shopify's number, and says why.
    await open('Gift set');
    await expect(pick('Gift set', 'stock', 'shopify')).toBeDisabled();
    await expect(field('Gift set', 'stock').getByTestId('shopify-choice-disabled')).toContainText('auto-stock');
    await expect(page.getByTestId('apply-changes-reason')).toContainText('can only keep Stockpilot');
    await pick('Gift set', 'stock', 'stockpilot').click();

    // Enamel mug: Shopify tracks per variant, Stockpilot per product.
    await open('Enamel mug');
    await expect(pick('Enamel mug', 'trackInventory', 'shopify')).toContainText('mixed (1/2 tracked)');
    await expect(field('Enamel mug', 'trackInventory').getByTestId('diff-note')).toContainText('next compare flags it again');
    await pick('Enamel mug', 'trackInventory', 'stockpilot').click();
    await expect(conflictsLeft()).toContainText('1 conflict left');
    await expect(applyButton()).toBeDisabled();

    // Wax wrap: a SKU is decided in its own dialog, because it changes future matching.
    await open('Wax wrap');
    await pick('Wax wrap', 'sku', 'shopify').click();
    const dialog = page.getByTestId('sku-dialog');
    await expect(dialog).toContainText('changes how this variant is matched');
    // The side clicked is ticked for the owner to confirm; on second thought they keep Stockpilot's.
    await expect(dialog.getByTestId('sku-keep-shopify')).toBeChecked();
    await expect(pick('Wax wrap', 'sku', 'shopify')).toHaveAttribute('aria-pressed', 'false');
    await dialog.getByTestId('sku-keep-stockpilot').check();
    await page.getByTestId('sku-dialog-submit').click();
    await expect(dialog).toHaveCount(0);
    await expect(pick('Wax wrap', 'sku', 'stockpilot')).toHaveAttribute('aria-pressed', 'true');

    await expect(conflictsLeft()).toContainText('No conflicts left');
    // The products found on one side only wait for a choice too: nothing is chosen for the owner.
    await expect(applyButton()).toBeDisabled();
    await expect(page.getByTestId('apply-changes-reason')).toContainText('2 more products or variants found on one side only');
    await page.screenshot({ path: test.info().outputPath('all-chosen.png') });
  });

  test('Accept All takes one side for everything, and any single field can still be overridden', async () => {
    await page.getByTestId('accept-all-shopify').click();
    // The bundle's stock cannot take Shopify's number: it stays as chosen, the rest follow Shopify.
    await expect(pick('Linen apron', 'price', 'shopify')).toHaveAttribute('aria-pressed', 'true');
    await expect(pick('Moth tee', 'name', 'shopify')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('accept-all-local').click();
    await expect(pick('Linen apron', 'price', 'stockpilot')).toHaveAttribute('aria-pressed', 'true');
    await expect(pick('Moth tee', 'description', 'stockpilot')).toHaveAttribute('aria-pressed', 'true');
    await expect(conflictsLeft()).toContainText('No conflicts left');

    // For the ticked products only: the tee takes Shopify's, the apron keeps what it had.
    await line('Moth tee').locator('[data-testid^="select-"]').check();
    await page.getByTestId('accept-scope').selectOption('selection');
    await page.getByTestId('accept-all-shopify').click();
    await expect(pick('Moth tee', 'vendor', 'shopify')).toHaveAttribute('aria-pressed', 'true');
    await expect(pick('Moth tee', 'name', 'shopify')).toHaveAttribute('aria-pressed', 'true');
    await expect(pick('Linen apron', 'price', 'stockpilot')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('clear-selection').click();

    // The owner overrides single fields: the tee keeps its own name, and Shopify's apron price is the right one after all.
    await pick('Moth tee', 'name', 'stockpilot').click();
    await expect(pick('Moth tee', 'name', 'stockpilot')).toHaveAttribute('aria-pressed', 'true');
    await pick('Linen apron', 'price', 'shopify').click();
    await expect(pick('Linen apron', 'price', 'shopify')).toHaveAttribute('aria-pressed', 'true');
    await expect(pick('Linen apron', 'price', 'stockpilot')).toHaveAttribute('aria-pressed', 'false');
    await expect(conflictsLeft()).toContainText('No conflicts left');
  });

  test('a product only in Stockpilot can be created on Shopify, one only on Shopify imported', async () => {
    await page.getByTestId('section-only_stockpilot').click();
    await expect(row('Large candle')).toBeVisible();
    // Nothing is highlighted until the owner chooses.
    await expect(row('Large candle').getByRole('button', { name: 'Leave' })).toHaveAttribute('aria-pressed', 'false');
    await expect(row('Large candle').getByRole('button', { name: 'Create on Shopify' })).toHaveAttribute('aria-pressed', 'false');
    await row('Large candle').getByRole('button', { name: 'Create on Shopify' }).click();
    await expect(row('Large candle').getByRole('button', { name: 'Create on Shopify' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByTestId('section-only_shopify').click();
    await expect(row('Tote bag')).toBeVisible();
    await page.getByTestId('bulk-import').click();
    await expect(row('Tote bag').getByRole('button', { name: 'Import' })).toHaveAttribute('aria-pressed', 'true');
    await expect(applyButton()).toBeEnabled();

    await page.getByTestId('section-identical').click();
    await expect(row('Candle')).toContainText('matched by SKU');
  });

  test('Apply Changes asks first, then ends with a summary; both sides have what was chosen', async () => {
    await dismissToasts();
    await applyButton().click();
    await expect(page.getByTestId('apply-confirm')).toContainText('1 product created on Shopify');
    await expect(page.getByTestId('apply-confirm')).toContainText('1 product imported');
    await page.getByTestId('apply-confirm-submit').click();
    await expect(page.getByTestId('apply-summary')).toContainText('Apply finished', { timeout: 30_000 });
    await expect(page.getByTestId('apply-created')).toHaveText('1');
    await expect(page.getByTestId('apply-imported')).toHaveText('1');
    await expect(page.getByTestId('apply-failed')).toHaveText('0');
    await page.screenshot({ path: test.info().outputPath('applied.png') });

    expect(app.local<{ price_cents: number }>('SELECT price_cents FROM variants WHERE sku = ?', 'APRON-1')?.price_cents).toBe(3200);
    expect(app.local<{ n: number }>('SELECT count(*) AS n FROM variants WHERE sku = ?', 'TOTE-1')?.n).toBe(1);
    await expect.poll(async () => (await app.shopifyVariant('CANDLE-L'))?.productTitle, { timeout: 5_000 }).toBe('Large candle');
    await expect.poll(async () => (await app.shopifyVariant('TEE-MOTH-S'))?.productTitle, { timeout: 5_000 }).toBe('Moth tee');
    await expect.poll(async () => (await app.shopifyVariant('WRAP-OLD'))?.productTitle, { timeout: 5_000 }).toBe('Wax wrap');
  });

  test('Undo last sync asks first, puts the values back and says what it did', async () => {
    await page.getByTestId('undo-last-sync').click();
    await page.getByTestId('undo-confirm-submit').click();
    await expect(page.getByTestId('undo-result')).toContainText('Last sync undone');
    expect(app.local<{ price_cents: number }>('SELECT price_cents FROM variants WHERE sku = ?', 'APRON-1')?.price_cents).toBe(3000);
    await expect.poll(async () => (await app.shopifyVariant('TEE-MOTH-S'))?.productTitle, { timeout: 5_000 }).toBe('Moth T-shirt');
    await expect(page.getByTestId('undo-last-sync')).toBeDisabled();
    await expect(page.getByTestId('undo-last-sync-reason')).not.toBeEmpty();
    await page.screenshot({ path: test.info().outputPath('undone.png') });
  });
});

test.describe('on a slow day at Shopify', () => {
  withApp({ shop: 'own' });

  test('the compare shows how far it got and can be cancelled, saving nothing', async () => {
    await page.goto(app.url);
    await page.getByTestId('nav-sync').click();
    await expect(page.getByTestId('compare-start')).toContainText('Nothing changes on either side until you choose and apply');

    app.addFault({ kind: 'latency', ms: 1500, count: 8 });
    await page.getByTestId('full-sync').click();
    await expect(page.getByTestId('compare-progress-words')).not.toBeEmpty();
    await page.screenshot({ path: test.info().outputPath('comparing.png') });
    await page.getByTestId('compare-cancel').click();
    await expect(page.getByTestId('compare-start')).toContainText('The compare was cancelled; nothing was saved.');
    await expect(page.getByTestId('syncing-information')).toHaveCount(0);

    app.clearFaults();
    await page.getByTestId('full-sync').click();
    await expect(page.getByTestId('syncing-information')).toBeVisible();
    await expect(page.getByTestId('sync-count-different')).toHaveText('5');
  });

  test('Apply says which product it is on, and Cancel stops after that product', async () => {
    await page.getByTestId('accept-all-local').click();
    await expect(conflictsLeft()).toContainText('No conflicts left');
    await page.getByTestId('leave-all-one-sided').click();
    await expect(page.getByTestId('leave-all-one-sided')).toHaveCount(0);
    app.addFault({ kind: 'latency', ms: 700, probability: 1 });
    await applyButton().click();
    await page.getByTestId('apply-confirm-submit').click();
    await expect(page.getByTestId('apply-progress-words')).toContainText(/Applying \d+ of \d+: \S/);
    await page.screenshot({ path: test.info().outputPath('applying.png') });
    await page.getByTestId('apply-cancel').click();
    await expect(page.getByTestId('apply-summary')).toContainText('Apply cancelled', { timeout: 30_000 });
    await expect(page.getByTestId('apply-skipped')).not.toHaveText('0');
    app.clearFaults();
  });
});
