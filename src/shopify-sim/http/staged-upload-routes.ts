/**
 * The storage side of staged uploads, answering as Shopify's (Google Cloud Storage) does:
 * a POST of a multipart form (the target's parameters, the file last) or a PUT of the bytes
 * with the signed headers. Refusals are the storage's XML errors. Also serves the files the
 * store holds at their CDN addresses.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostedFileAt } from '../store/media-sources';
import type { ShopStore } from '../store/shop-store';
import { MAX_STAGED_FILE_BYTES, STAGED_UPLOADS_PATH, type StagedUpload, type StagedUploads } from '../store/staged-uploads';

/** Room for the form's fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const SIGNATURE_MISMATCH = 'The request signature we calculated does not match the signature you provided. Check your Google secret key and signing method.';
const TOO_LARGE = 'Your proposed upload is larger than the maximum object size specified in your Policy Document.';

function sendXml(res: ServerResponse, status: number, xml: string): void {
  const body = `<?xml version='1.0' encoding='UTF-8'?>${xml}`;
  res.writeHead(status, { 'Content-Type': 'application/xml; charset=UTF-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const escapeXml = (text: string) => text.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The whole body, or null when it is over `max` (read to its end all the same, so the answer reaches the sender). */
async function readUpTo(req: IncomingMessage, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= max) chunks.push(chunk as Buffer);
  }
  return size > max ? null : Buffer.concat(chunks);
}

function checkFile(upload: StagedUpload, bytes: Buffer | null): Buffer {
  const limit = Math.min(upload.fileSize ?? MAX_STAGED_FILE_BYTES, MAX_STAGED_FILE_BYTES);
  if (bytes === null || bytes.length > limit) throw new StorageError(400, 'EntityTooLarge', TOO_LARGE);
  if (bytes.length === 0) throw new StorageError(400, 'InvalidArgument', 'The file is empty: nothing to store.');
  return bytes;
}

function usable(uploads: StagedUploads, upload: StagedUpload | undefined, method: StagedUpload['httpMethod'], signature: string | null): StagedUpload {
  if (signature === null) throw new StorageError(403, 'AccessDenied', 'Anonymous caller does not have storage.objects.create access to the Google Cloud Storage object.');
  if (!upload || upload.httpMethod !== method || upload.signature !== signature) throw new StorageError(403, 'SignatureDoesNotMatch', SIGNATURE_MISMATCH);
  if (uploads.expired(upload)) throw new StorageError(400, 'ExpiredToken', 'The provided token has expired. Request a new staged upload target.');
  return upload;
}

async function acceptPut(req: IncomingMessage, url: URL, uploads: StagedUploads): Promise<void> {
  const key = uploads.keyOf(url);
  const upload = usable(uploads, key === null ? undefined : uploads.find(key), 'PUT', url.searchParams.get('X-Goog-Signature'));
  // Signed headers: a different content type or ACL is a different request.
  if (req.headers['content-type'] !== upload.mimeType || req.headers['x-goog-acl'] !== 'private') {
    throw new StorageError(403, 'SignatureDoesNotMatch', `${SIGNATURE_MISMATCH} The signed headers are Content-Type: ${upload.mimeType} and x-goog-acl: private.`);
  }
  upload.bytes = checkFile(upload, await readUpTo(req, MAX_STAGED_FILE_BYTES));
}

async function acceptPost(req: IncomingMessage, uploads: StagedUploads): Promise<{ upload: StagedUpload; status: number }> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) throw new StorageError(400, 'InvalidArgument', 'A POST upload must be a multipart/form-data form.');
  const body = await readUpTo(req, MAX_STAGED_FILE_BYTES + FORM_OVERHEAD_BYTES);
  if (body === null) throw new StorageError(400, 'EntityTooLarge', TOO_LARGE);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    throw new StorageError(400, 'InvalidArgument', 'The form could not be read as multipart/form-data.');
  }
  const fields = [...form.entries()];
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : null;
  };
  const key = text('key');
  if (key === null) throw new StorageError(400, 'InvalidArgument', 'The form has no key field: send every parameter of the staged target.');
  const upload = usable(uploads, uploads.find(key), 'POST', text('x-goog-signature'));
  if (text('policy') !== upload.policy) throw new StorageError(403, 'SignatureDoesNotMatch', SIGNATURE_MISMATCH);
  if (text('Content-Type') !== upload.mimeType) {
    throw new StorageError(403, 'AccessDenied', `Invalid according to Policy: Policy Condition failed: ["eq", "$Content-Type", "${upload.mimeType}"]`);
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) throw new StorageError(400, 'InvalidArgument', 'The form has no file field: send the file as the last field.');
  if (fields.at(-1)?.[0] !== 'file') throw new StorageError(400, 'InvalidArgument', 'The file must be the last field of the form.');
  upload.bytes = checkFile(upload, Buffer.from(await file.arrayBuffer()));
  return { upload, status: Number(text('success_action_status') ?? 204) };
}

const etag = (bytes: Buffer) => `"${createHash('md5').update(bytes).digest('hex')}"`;

/** Answers a request under `/staged-uploads/`. */
export async function answerStagedUpload(req: IncomingMessage, res: ServerResponse, url: URL, uploads: StagedUploads): Promise<void> {
  try {
    if (req.method === 'PUT' && url.pathname !== STAGED_UPLOADS_PATH) {
      await acceptPut(req, url, uploads);
      res.writeHead(200, { ETag: etag(uploads.find(uploads.keyOf(url) ?? '')?.bytes ?? Buffer.alloc(0)), 'Content-Length': 0 });
      res.end();
      return;
    }
    if (req.method === 'POST' && url.pathname === STAGED_UPLOADS_PATH) {
      const { upload, status } = await acceptPost(req, uploads);
      const bytes = upload.bytes ?? Buffer.alloc(0);
      if (status === 201) {
        const location = `${uploads.baseUrl}${STAGED_UPLOADS_PATH}${upload.key.split('/').map(encodeURIComponent).join('/')}`;
        return sendXml(res, 201, `<PostResponse><Location>${escapeXml(location)}</Location><Bucket>staged-uploads</Bucket><Key>${escapeXml(upload.key)}</Key><ETag>${etag(bytes)}</ETag></PostResponse>`);
      }
      res.writeHead(status === 200 ? 200 : 204, { ETag: etag(bytes) });
      res.end();
      return;
    }
    req.resume();
    // Staged files are private: only Shopify reads them, through the media made from them.
    if (req.method === 'GET' || req.method === 'HEAD') throw new StorageError(403, 'AccessDenied', 'Anonymous caller does not have storage.objects.get access to the Google Cloud Storage object.');
    throw new StorageError(405, 'MethodNotAllowed', 'Send a staged file with POST (to the target URL) or PUT (to the signed URL), as its target says.');
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    req.resume();
    sendXml(res, error.status, `<Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message></Error>`);
  }
}

/** Serves a file the store holds at its CDN address (`/cdn/shop/files/<key>/<name>`). */
export function answerHostedFile(req: IncomingMessage, res: ServerResponse, url: URL, store: ShopStore): void {
  const file = req.method === 'GET' || req.method === 'HEAD' ? hostedFileAt(store, url.pathname) : undefined;
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not Found');
    return;
  }
  res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.bytes.length, 'Cache-Control': 'public, max-age=31536000, immutable' });
  res.end(req.method === 'HEAD' ? undefined : file.bytes);
}
