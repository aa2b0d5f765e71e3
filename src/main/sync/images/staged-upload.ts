/**
 * Shopify's staged uploads: ask for a target per file (stagedUploadsCreate), send the bytes
 * to it exactly as the target describes — a multipart form of its parameters with the file
 * last (POST), or the bytes with its parameters as headers (PUT) — then name its resourceUrl
 * as a file's originalSource.
 */
import { ContractError } from '../../../shared/errors';
import type { ShopifyClient } from '../../shopify/client';
import { defineOperation } from '../../shopify/shopify-operation';
import stagedUploadsDocument from '../operations/staged-uploads-create.graphql?raw';

const stagedUploadsCreate = defineOperation(stagedUploadsDocument);

export type StagedUploadMethod = 'POST' | 'PUT';

/** What Shopify is told of a file before it is sent. */
export interface StagedFileInfo {
  filename: string;
  mimeType: string;
  size: number;
}

export interface StagedFile extends StagedFileInfo {
  bytes: Buffer;
}

export interface StagedTarget {
  url: string;
  resourceUrl: string;
  parameters: { name: string; value: string }[];
}

export const STAGED_UPLOAD_TIMEOUT_MS = 120_000;

interface StagedUploadsAnswer {
  stagedUploadsCreate: {
    stagedTargets: { url: string | null; resourceUrl: string | null; parameters: { name: string; value: string }[] }[] | null;
    userErrors: { field: string[] | null; message: string }[];
  } | null;
}

/** One target per file, in the files' order. */
export async function createStagedTargets(client: ShopifyClient, files: readonly StagedFileInfo[], httpMethod: StagedUploadMethod): Promise<StagedTarget[]> {
  if (files.length === 0) return [];
  const input = files.map((f) => ({ resource: 'IMAGE', filename: f.filename, mimeType: f.mimeType, httpMethod, fileSize: String(f.size) }));
  const { data } = await client.request<StagedUploadsAnswer>(stagedUploadsCreate, { input });
  const answer = data.stagedUploadsCreate;
  if (answer?.userErrors.length) throw new ContractError('shopify', `Shopify refused the image upload: ${answer.userErrors.map((e) => e.message).join('; ')}`);
  const targets = answer?.stagedTargets ?? [];
  if (targets.length !== files.length || targets.some((t) => !t.url || !t.resourceUrl)) {
    throw new ContractError('shopify', `Shopify gave ${targets.length} upload targets for ${files.length} images. Try again.`);
  }
  return targets.map((t) => ({ url: t.url as string, resourceUrl: t.resourceUrl as string, parameters: t.parameters }));
}

/** A PUT target's parameters are headers: Shopify names two of them by their meaning, not their header. */
const headerNames: Record<string, string> = { content_type: 'Content-Type', acl: 'x-goog-acl' };

/** The storage service's own words from its XML error, when it sent one. */
const storageMessage = (body: string) => /<Message>([^<]*)<\/Message>/.exec(body)?.[1] ?? body.slice(0, 200);

/** Sends one file to its target; throws an Error saying what the storage answered. */
export async function sendToStagedTarget(target: StagedTarget, httpMethod: StagedUploadMethod, file: StagedFile, signal?: AbortSignal): Promise<void> {
  const timeout = AbortSignal.timeout(STAGED_UPLOAD_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  if (httpMethod === 'POST') {
    const form = new FormData();
    for (const p of target.parameters) form.append(p.name, p.value);
    // The storage takes the file only as the last field.
    form.append('file', new Blob([file.bytes], { type: file.mimeType }), file.filename);
    response = await fetch(target.url, { method: 'POST', body: form, signal: combined });
  } else {
    const headers = Object.fromEntries(target.parameters.map((p) => [headerNames[p.name] ?? p.name, p.value]));
    response = await fetch(target.url, { method: 'PUT', headers, body: file.bytes, signal: combined });
  }
  if (!response.ok) {
    const body = await response.text().catch(() => '');
    throw new Error(`Uploading ${file.filename} to Shopify failed (HTTP ${response.status}: ${storageMessage(body)})`);
  }
  await response.body?.cancel();
}
