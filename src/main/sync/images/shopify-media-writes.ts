/**
 * Changing a linked product's images on Shopify, the 2026-04 way: new images added through
 * productUpdate's `media` (their staged uploads as originalSource), alt text and removals
 * through fileUpdate (a removed image is detached from the product and stays in the shop's
 * Files), the order through productReorderMedia (a job, waited for briefly), and a variant's
 * one image through productVariantDetachMedia / productVariantAppendMedia. Shopify's refusals
 * become ShopifyWriteRefused in Shopify's words.
 */
import type { ShopifyClient } from '../../shopify/client';
import { defineOperation } from '../../shopify/shopify-operation';
import { ShopifyWriteRefused } from '../apply/apply-shopify-writes';
import mediaAddDocument from '../operations/sync-media-add.graphql?raw';
import filesUpdateDocument from '../operations/sync-media-files-update.graphql?raw';
import reorderDocument from '../operations/sync-media-reorder.graphql?raw';
import jobDocument from '../operations/sync-media-job.graphql?raw';
import appendDocument from '../operations/sync-variant-media-append.graphql?raw';
import detachDocument from '../operations/sync-variant-media-detach.graphql?raw';
import type { FileSetInput } from './sync-images';

const mediaAdd = defineOperation(mediaAddDocument);
const filesUpdate = defineOperation(filesUpdateDocument);
const mediaReorder = defineOperation(reorderDocument);
const mediaJob = defineOperation(jobDocument);
const variantMediaAppend = defineOperation(appendDocument);
const variantMediaDetach = defineOperation(detachDocument);

type UserErrors = { field: string[] | null; message: string }[];

function refuse(what: string, errors: UserErrors | undefined): void {
  // The review's media ids may be stale (images changed on Shopify since the compare): a new compare reads them again.
  if (errors?.length) throw new ShopifyWriteRefused(`Shopify refused ${what}: ${errors.map((e) => e.message).join('; ')}. Compare again to see the images as they are now, then apply.`);
}

/** Adds images after the product's others; returns the new media's ids, in the order given. */
export async function addProductMedia(client: ShopifyClient, productId: string, before: readonly string[], files: readonly FileSetInput[]): Promise<string[]> {
  if (files.length === 0) return [];
  const media = files.map((f) => ({ originalSource: f.originalSource, mediaContentType: 'IMAGE', alt: f.alt }));
  type Answer = { productUpdate: { product: { media: { nodes: { id: string }[] } } | null; userErrors: UserErrors } | null };
  const { data } = await client.request<Answer>(mediaAdd, { product: { id: productId }, media });
  refuse('the new images', data.productUpdate?.userErrors);
  const had = new Set(before);
  const added = (data.productUpdate?.product?.media.nodes ?? []).map((n) => n.id).filter((id) => !had.has(id));
  if (added.length !== files.length) throw new ShopifyWriteRefused(`Shopify took ${added.length} of ${files.length} new images. Compare again to see where they stand.`);
  return added;
}

export interface FileEdit {
  id: string;
  alt?: string;
  /** Detach it from this product. */
  removeFrom?: string;
}

/** Files of the shop attached to the product again (after its others). */
export async function attachFiles(client: ShopifyClient, productId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  type Answer = { fileUpdate: { userErrors: UserErrors } | null };
  const { data } = await client.request<Answer>(filesUpdate, { files: ids.map((id) => ({ id, referencesToAdd: [productId] })) });
  refuse('the images put back', data.fileUpdate?.userErrors);
}

export async function updateFiles(client: ShopifyClient, edits: readonly FileEdit[]): Promise<void> {
  if (edits.length === 0) return;
  const files = edits.map((e) => ({ id: e.id, ...(e.alt !== undefined && { alt: e.alt }), ...(e.removeFrom !== undefined && { referencesToRemove: [e.removeFrom] }) }));
  type Answer = { fileUpdate: { userErrors: UserErrors } | null };
  const { data } = await client.request<Answer>(filesUpdate, { files });
  refuse('the image changes', data.fileUpdate?.userErrors);
}

const JOB_POLLS = 20;
const JOB_POLL_MS = 250;

/** Puts the media in this order (`current` is the order they are in now). */
export async function reorderMedia(client: ShopifyClient, productId: string, current: readonly string[], wanted: readonly string[]): Promise<void> {
  const first = wanted.findIndex((id, i) => current[i] !== id);
  if (first < 0) return;
  // Moves are evaluated in order: each one after the first that differs goes to its place.
  const moves = wanted.slice(first).map((id, i) => ({ id, newPosition: String(first + i) }));
  type Answer = { productReorderMedia: { job: { id: string; done: boolean } | null; mediaUserErrors: UserErrors } | null };
  const { data } = await client.request<Answer>(mediaReorder, { id: productId, moves });
  refuse('the image order', data.productReorderMedia?.mediaUserErrors);
  let job = data.productReorderMedia?.job ?? null;
  for (let poll = 0; job && !job.done && poll < JOB_POLLS; poll++) {
    await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS));
    job = (await client.request<{ job: { id: string; done: boolean } | null }>(mediaJob, { id: job.id })).data.job;
  }
}

export interface VariantMediaChange {
  variantId: string;
  from: string | null;
  to: string | null;
}

/** A variant shows one image: the old one is detached before the new one is attached. */
export async function setVariantMedia(client: ShopifyClient, productId: string, changes: readonly VariantMediaChange[]): Promise<void> {
  const detach = changes.filter((c) => c.from !== null).map((c) => ({ variantId: c.variantId, mediaIds: [c.from as string] }));
  const append = changes.filter((c) => c.to !== null).map((c) => ({ variantId: c.variantId, mediaIds: [c.to as string] }));
  type Answer<K extends string> = Record<K, { userErrors: UserErrors } | null>;
  if (detach.length) refuse('a variant\u2019s image', (await client.request<Answer<'productVariantDetachMedia'>>(variantMediaDetach, { productId, variantMedia: detach })).data.productVariantDetachMedia?.userErrors);
  if (append.length) refuse('a variant\u2019s image', (await client.request<Answer<'productVariantAppendMedia'>>(variantMediaAppend, { productId, variantMedia: append })).data.productVariantAppendMedia?.userErrors);
}
