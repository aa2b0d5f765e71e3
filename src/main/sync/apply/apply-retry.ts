/**
 * Shopify having a bad moment during an apply: a product whose writes failed for a reason
 * that passes (5xx, a dropped connection, no answer, throttling — after the client's own
 * retries) is tried again within the run, after a backoff that honours Retry-After, a bounded
 * number of times, and a cancel ends the wait. What still fails says what the owner can do.
 */
import { backoffDelayMs } from '../../shopify/retry-policy';
import type { ShopifyClient } from '../../shopify/client';
import { ShopifyFailure } from '../../shopify/shopify-errors';

/** Tries of one product in a run, the first included (each is itself a few requests' worth of tries). */
export const PRODUCT_ATTEMPTS = 3;
/** Products in a row Shopify did not answer for: the run stops, since the next ones would wait as long for nothing. */
export const UNANSWERED_PRODUCTS_STOP = 3;

/** A product Shopify did not answer for, however often it was tried. */
export class ShopifyUnanswered extends Error {
  override readonly name = 'ShopifyUnanswered';
  constructor(
    readonly failure: ShopifyFailure,
    readonly tries: number,
    /** Shopify had already taken a write of this product that sending again would repeat. */
    readonly partlyWritten = false,
  ) {
    super(unansweredMessage(failure, tries, partlyWritten));
  }
}

const WHAT_HAPPENED: Record<string, string> = {
  throttled: 'Shopify kept asking Stockpilot to slow down',
  server_error: 'Shopify kept answering with an error of its own',
  network: 'Shopify could not be reached',
  timeout: 'Shopify did not answer in time',
};

function unansweredMessage(failure: ShopifyFailure, tries: number, partlyWritten: boolean): string {
  const what = WHAT_HAPPENED[failure.kind] ?? 'Shopify did not answer';
  const status = failure.details.httpStatus ? ` (last: HTTP ${failure.details.httpStatus})` : '';
  if (partlyWritten) {
    return `${what} after ${tries} tries${status}, after part of this product was already written there, so it was not sent again. Nothing was changed in Stockpilot for it; when Shopify answers, Full Sync & Compare and apply what is left.`;
  }
  return `${what} after ${tries} tries${status}. Nothing was changed in Stockpilot for this product; apply again (or Full Sync & Compare first) when Shopify answers.`;
}

const transient = (error: unknown): error is ShopifyFailure => error instanceof ShopifyFailure && error.retryable && !error.permanent;

/** Waits `ms`, looking at the cancel every 100 ms; true when cancelled. */
async function waitUnlessCancelled(client: ShopifyClient, ms: number, cancelled: () => boolean): Promise<boolean> {
  const until = client.timing.now() + ms;
  for (;;) {
    if (cancelled()) return true;
    const left = until - client.timing.now();
    if (left <= 0) return false;
    await client.timing.sleep(Math.min(100, left));
  }
}

export interface ProductTry {
  /** An earlier try sent a create whose answer was lost: look at Shopify before sending it again. */
  afterLostAnswer: boolean;
  /** Shopify took a write of this try that sending again would repeat (a create, a delete, media added): no new try after it. */
  wroteOnce: boolean;
}

/** Called by a writer once Shopify has taken a write that must not be sent twice. */
export function wroteOnce(ctx: { retry?: ProductTry }): void {
  if (ctx.retry) ctx.retry.wroteOnce = true;
}

/**
 * Runs one product's work until it succeeds, fails for a reason a retry cannot help, is
 * cancelled (the last failure is thrown), or has been tried PRODUCT_ATTEMPTS times (a
 * ShopifyUnanswered is thrown). A try runs the product's work from the start: writes that set
 * values are simply sent again; a create looks at Shopify before it sends again
 * (`afterLostAnswer`, created-product-lookup); and once a write that must not be repeated was
 * taken (`wroteOnce`), a failure after it is not tried again.
 */
export async function withProductRetries<T>(client: ShopifyClient, cancelled: () => boolean, work: (retry: ProductTry) => Promise<T>): Promise<T> {
  let tries = 0;
  let afterLostAnswer = false;
  for (let attempt = 1; ; attempt++) {
    const thisTry: ProductTry = { afterLostAnswer, wroteOnce: false };
    try {
      return await work(thisTry);
    } catch (error) {
      if (!transient(error)) throw error;
      afterLostAnswer ||= error.details.mayHaveApplied === true;
      tries += error.details.attempts ?? 1;
      if (thisTry.wroteOnce) throw new ShopifyUnanswered(error, tries, true);
      if (attempt >= PRODUCT_ATTEMPTS) throw new ShopifyUnanswered(error, tries);
      // Past the client's own steps: the product waits longer each time, or as long as Shopify asked.
      const policy = client.retryPolicy;
      const delay = backoffDelayMs(policy.maxAttempts + attempt, policy, client.timing, error.details.retryAfterMs);
      if (await waitUnlessCancelled(client, delay, cancelled)) throw new ShopifyUnanswered(error, tries);
    }
  }
}
