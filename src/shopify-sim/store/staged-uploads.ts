/**
 * Staged upload targets, as `stagedUploadsCreate` hands them out: a signed place to send a
 * file (Shopify's is a Google Cloud Storage bucket; ours is this server's `/staged-uploads/`)
 * and the resourceUrl a product's media then name as their originalSource. Side state: like
 * Shopify's, the targets expire and are not part of the shop's data.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';

export const STAGED_UPLOADS_PATH = '/staged-uploads/';
/** Shopify's signed targets are good for a week. */
export const STAGED_TARGET_LIFETIME_MS = 7 * 24 * 3600 * 1000;
/** The largest file a target takes (Shopify's limit for an image). */
export const MAX_STAGED_FILE_BYTES = 20 * 1024 * 1024;

export type StagedUploadMethod = 'POST' | 'PUT';

export interface StagedUploadRequest {
  resource: string;
  filename: string;
  mimeType: string;
  httpMethod: StagedUploadMethod;
  fileSize: number | null;
}

export interface StagedUpload extends StagedUploadRequest {
  key: string;
  signature: string;
  /** The POST form's policy document, base64 (PUT targets have none). */
  policy: string;
  expiresMs: number;
  /** What was sent to the target; null until then. */
  bytes: Buffer | null;
}

export interface StagedTarget {
  url: string;
  resourceUrl: string;
  parameters: { name: string; value: string }[];
}

const ALGORITHM = 'GOOG4-HMAC-SHA256';
const encodeKey = (key: string) => key.split('/').map(encodeURIComponent).join('/');
const compactDate = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');

export class StagedUploads {
  /** This server's origin, set once it listens. */
  baseUrl = 'http://127.0.0.1';
  private readonly secret = randomBytes(16);
  private readonly uploads = new Map<string, StagedUpload>();

  constructor(private readonly now: () => number = Date.now) {}

  create(request: StagedUploadRequest): StagedTarget {
    const key = `tmp/1/products/${randomUUID()}/${request.filename}`;
    const expiresMs = this.now() + STAGED_TARGET_LIFETIME_MS;
    const signature = createHmac('sha256', this.secret).update(`${request.httpMethod}\n${key}\n${request.mimeType}\n${expiresMs}`).digest('hex');
    const maxBytes = Math.min(request.fileSize ?? MAX_STAGED_FILE_BYTES, MAX_STAGED_FILE_BYTES);
    const policy = Buffer.from(
      JSON.stringify({ expiration: new Date(expiresMs).toISOString(), conditions: [{ key }, { 'Content-Type': request.mimeType }, ['content-length-range', 1, maxBytes]] }),
    ).toString('base64');
    const upload: StagedUpload = { ...request, key, signature, policy: request.httpMethod === 'POST' ? policy : '', expiresMs, bytes: null };
    this.uploads.set(key, upload);
    const objectUrl = `${this.baseUrl}${STAGED_UPLOADS_PATH}${encodeKey(key)}`;
    const credential = `sim-staged-uploads/${compactDate(this.now()).slice(0, 8)}/auto/storage/goog4_request`;
    if (request.httpMethod === 'PUT') {
      const query = new URLSearchParams({
        'X-Goog-Algorithm': ALGORITHM,
        'X-Goog-Credential': credential,
        'X-Goog-Date': compactDate(this.now()),
        'X-Goog-Expires': String(STAGED_TARGET_LIFETIME_MS / 1000),
        'X-Goog-SignedHeaders': 'content-type;host;x-goog-acl',
        'X-Goog-Signature': signature,
      });
      const url = `${objectUrl}?${query}`;
      return { url, resourceUrl: url, parameters: [{ name: 'content_type', value: request.mimeType }, { name: 'acl', value: 'private' }] };
    }
    return {
      url: `${this.baseUrl}${STAGED_UPLOADS_PATH}`,
      resourceUrl: objectUrl,
      parameters: [
        { name: 'Content-Type', value: request.mimeType },
        { name: 'success_action_status', value: '201' },
        { name: 'acl', value: 'private' },
        { name: 'key', value: key },
        { name: 'x-goog-date', value: compactDate(this.now()) },
        { name: 'x-goog-credential', value: credential },
        { name: 'x-goog-algorithm', value: ALGORITHM },
        { name: 'x-goog-signature', value: signature },
        { name: 'policy', value: policy },
      ],
    };
  }

  find(key: string): StagedUpload | undefined {
    return this.uploads.get(key);
  }

  expired(upload: StagedUpload): boolean {
    return this.now() > upload.expiresMs;
  }

  /** The key an address on this server's `/staged-uploads/` names, or null for any other address. */
  keyOf(address: URL): string | null {
    if (address.origin !== new URL(this.baseUrl).origin || !address.pathname.startsWith(STAGED_UPLOADS_PATH)) return null;
    try {
      return address.pathname.slice(STAGED_UPLOADS_PATH.length).split('/').map(decodeURIComponent).join('/');
    } catch {
      return null;
    }
  }

  clear(): void {
    this.uploads.clear();
  }
}
