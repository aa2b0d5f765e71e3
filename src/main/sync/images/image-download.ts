/**
 * Downloading one image from a web address Shopify gave (its CDN, or the local store's):
 * https, or plain http from this computer only (the local store); an image content type;
 * never more than an image may weigh; bounded in time. The bytes are judged afterwards by
 * the image store's own checks.
 */
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIZE_TEXT } from '../../../shared/product-images';

export const IMAGE_DOWNLOAD_TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 5;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export class ImageDownloadFailed extends Error {
  override readonly name = 'ImageDownloadFailed';
}

function webAddress(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ImageDownloadFailed(`"${text}" is not a web address`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ImageDownloadFailed(`${url.protocol} addresses are not downloaded (only http and https)`);
  // Shopify's images are always https; plain http is the local store's, on this computer.
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) throw new ImageDownloadFailed(`${url.host} offers it over plain http; images are downloaded over https only`);
  return url;
}

const reason = (error: unknown) => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
};

/** The image's bytes, or an ImageDownloadFailed saying why in a person's words. An abort of `signal` is rethrown as it is. */
export async function downloadImage(address: string, signal?: AbortSignal, timeoutMs = IMAGE_DOWNLOAD_TIMEOUT_MS): Promise<Buffer> {
  let url = webAddress(address);
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  // Redirects are followed by hand, so every address on the way passes the same checks.
  for (let hops = 0; ; hops++) {
    try {
      response = await fetch(url, { signal: combined, redirect: 'manual' });
    } catch (error) {
      if (signal?.aborted) throw error;
      if (timeout.aborted) throw new ImageDownloadFailed(`no answer from ${url.host} within ${Math.round(timeoutMs / 1000)} s`);
      throw new ImageDownloadFailed(`${url.host} could not be reached (${reason(error)})`);
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null) break;
    await response.body?.cancel();
    if (hops === MAX_REDIRECTS) throw new ImageDownloadFailed(`${url.host} redirected more than ${MAX_REDIRECTS} times`);
    url = webAddress(new URL(location, url).href);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ImageDownloadFailed(`${url.host} answered HTTP ${response.status}`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('image/')) {
    await response.body?.cancel();
    throw new ImageDownloadFailed(`${url.host} sent ${type ? `"${type.split(';')[0]}"` : 'something without a content type'}, not an image`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const tooBig = () => new ImageDownloadFailed(`the image is larger than ${MAX_IMAGE_SIZE_TEXT}, the most an image can be`);
  if (declared > MAX_IMAGE_BYTES) {
    await response.body?.cancel();
    throw tooBig();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > MAX_IMAGE_BYTES) {
        await response.body?.cancel().catch(() => undefined);
        throw tooBig();
      }
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    if (error instanceof ImageDownloadFailed || signal?.aborted) throw error;
    throw new ImageDownloadFailed(timeout.aborted ? `${url.host} took longer than ${Math.round(timeoutMs / 1000)} s` : `the download from ${url.host} broke off (${reason(error)})`);
  }
  return Buffer.concat(chunks);
}
