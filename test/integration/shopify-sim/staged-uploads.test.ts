import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pngImage } from '../../support/test-images';
import { openLocalStore, type LocalStore } from './local-store';

const STAGE = `mutation Stage($input: [StagedUploadInput!]!) {
  stagedUploadsCreate(input: $input) { stagedTargets { url resourceUrl parameters { name value } } userErrors { field message } }
}`;
const CREATE_MEDIA = `mutation Attach($productId: ID!, $media: [CreateMediaInput!]!) {
  productCreateMedia(productId: $productId, media: $media) {
    media { id alt status mediaContentType preview { image { url } } ... on MediaImage { image { url } } }
    mediaUserErrors { field message code }
  }
}`;
const PRODUCT_SET = `mutation Make($input: ProductSetInput!) {
  productSet(input: $input, synchronous: true) { product { id } userErrors { field message code } }
}`;
const MEDIA = `query Media($id: ID!) {
  product(id: $id) { media(first: 10) { nodes { id alt status mediaErrors { code message } ... on MediaImage { mimeType image { url } } } } }
}`;

interface Target {
  url: string;
  resourceUrl: string;
  parameters: { name: string; value: string }[];
}

let store: LocalStore;
beforeEach(async () => {
  store = await openLocalStore({ seed: 'empty' });
});
afterEach(() => store.close());

async function stage(input: Record<string, unknown>): Promise<Target> {
  const answer = await store.gql(STAGE, { input: [{ resource: 'IMAGE', filename: 'moth.png', mimeType: 'image/png', ...input }] });
  expect(answer.body.data?.stagedUploadsCreate.userErrors).toEqual([]);
  return answer.body.data?.stagedUploadsCreate.stagedTargets[0] as Target;
}

const param = (t: Target, name: string) => t.parameters.find((p) => p.name === name)?.value;

function putTo(target: Target, bytes: Buffer, headers: Record<string, string> = { 'Content-Type': 'image/png', 'x-goog-acl': 'private' }) {
  return fetch(target.url, { method: 'PUT', headers, body: bytes });
}

function postTo(target: Target, bytes: Buffer | null, options: { omit?: string; fileFirst?: boolean; override?: Record<string, string> } = {}) {
  const form = new FormData();
  const file = () => bytes && form.append('file', new Blob([bytes], { type: 'image/png' }), 'moth.png');
  if (options.fileFirst) file();
  for (const p of target.parameters) if (p.name !== options.omit) form.append(p.name, options.override?.[p.name] ?? p.value);
  if (!options.fileFirst) file();
  return fetch(target.url, { method: 'POST', body: form });
}

async function newProduct(files: { originalSource: string; alt?: string }[] = []): Promise<{ id: string; errors: unknown[] }> {
  const answer = await store.gql(PRODUCT_SET, { input: { title: 'Moth tee', files: files.map((f) => ({ contentType: 'IMAGE', alt: '', ...f })) } });
  return { id: answer.body.data?.productSet.product?.id, errors: answer.body.data?.productSet.userErrors };
}

async function mediaOf(productId: string) {
  return (await store.gql(MEDIA, { id: productId })).body.data?.product.media.nodes as { id: string; alt: string; status: string; mimeType: string | null; image: { url: string } | null; mediaErrors: { code: string; message: string }[] }[];
}

const download = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());

describe('staged uploads on the local store', () => {
  it('takes a PUT to its signed URL, and the media made from it serve the same bytes once READY', async () => {
    const bytes = pngImage([10, 120, 200]);
    const target = await stage({ httpMethod: 'PUT', fileSize: String(bytes.length) });
    expect(target.resourceUrl).toBe(target.url);
    expect(param(target, 'content_type')).toBe('image/png');
    expect(param(target, 'acl')).toBe('private');
    expect((await putTo(target, bytes)).status).toBe(200);

    const { id } = await newProduct();
    const attached = await store.gql(CREATE_MEDIA, { productId: id, media: [{ originalSource: target.resourceUrl, alt: 'Front', mediaContentType: 'IMAGE' }] });
    // As Shopify answers (recorded): just uploaded, not processed yet.
    expect(attached.body.data?.productCreateMedia).toMatchObject({ media: [{ alt: 'Front', status: 'UPLOADED', image: null, preview: { image: null } }], mediaUserErrors: [] });

    const [media] = await mediaOf(id);
    expect(media).toMatchObject({ alt: 'Front', status: 'READY', mimeType: 'image/png', mediaErrors: [] });
    expect(media?.image?.url.startsWith(`${store.url}/cdn/shop/files/`)).toBe(true);
    expect((await download(media?.image?.url ?? '')).equals(bytes)).toBe(true);
  });

  it('takes a POST form with the file last, answers 201 as Shopify asks, and productSet files become its media in order', async () => {
    const first = pngImage([1, 2, 3]);
    const second = pngImage([200, 100, 50]);
    const targets = [await stage({ httpMethod: 'POST' }), await stage({ httpMethod: 'POST', filename: 'back.png' })];
    expect(targets[0]?.url).toBe(`${store.url}/staged-uploads/`);
    expect(targets[0]?.parameters.map((p) => p.name)).toEqual(['Content-Type', 'success_action_status', 'acl', 'key', 'x-goog-date', 'x-goog-credential', 'x-goog-algorithm', 'x-goog-signature', 'policy']);
    const answer = await postTo(targets[0] as Target, first);
    expect(answer.status).toBe(201);
    expect(await answer.text()).toContain(`<Key>${param(targets[0] as Target, 'key')}</Key>`);
    expect((await postTo(targets[1] as Target, second)).status).toBe(201);

    const { id, errors } = await newProduct([
      { originalSource: targets[0]?.resourceUrl ?? '', alt: 'Front' },
      { originalSource: targets[1]?.resourceUrl ?? '', alt: 'Back' },
    ]);
    expect(errors).toEqual([]);
    const media = await mediaOf(id);
    expect(media.map((m) => [m.alt, m.status])).toEqual([['Front', 'READY'], ['Back', 'READY']]);
    expect((await download(media[0]?.image?.url ?? '')).equals(first)).toBe(true);
    expect((await download(media[1]?.image?.url ?? '')).equals(second)).toBe(true);
  });

  it('refuses uploads that do not follow the target, in the storage service’s words, and keeps nothing', async () => {
    const bytes = pngImage();
    const put = await stage({ httpMethod: 'PUT' });
    const unsigned = await fetch(put.url.split('?')[0] ?? '', { method: 'PUT', headers: { 'Content-Type': 'image/png', 'x-goog-acl': 'private' }, body: bytes });
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toContain('<Code>AccessDenied</Code>');
    const wrongType = await putTo(put, bytes, { 'Content-Type': 'image/jpeg', 'x-goog-acl': 'private' });
    expect(wrongType.status).toBe(403);
    expect(await wrongType.text()).toContain('The signed headers are Content-Type: image/png and x-goog-acl: private');
    const empty = await putTo(put, Buffer.alloc(0));
    expect([empty.status, await empty.text()]).toEqual([400, expect.stringContaining('The file is empty')]);

    const post = await stage({ httpMethod: 'POST', fileSize: '10' });
    const noFile = await postTo(post, null);
    expect([noFile.status, await noFile.text()]).toEqual([400, expect.stringContaining('no file field')]);
    const fileFirst = await postTo(post, bytes, { fileFirst: true });
    expect([fileFirst.status, await fileFirst.text()]).toEqual([400, expect.stringContaining('The file must be the last field')]);
    const otherType = await postTo(post, bytes, { override: { 'Content-Type': 'image/gif' } });
    expect([otherType.status, await otherType.text()]).toEqual([403, expect.stringContaining('Policy Condition failed: ["eq", "$Content-Type", "image/png"]')]);
    const forged = await postTo(post, bytes, { override: { 'x-goog-signature': 'f'.repeat(64) } });
    expect([forged.status, await forged.text()]).toEqual([403, expect.stringContaining('<Code>SignatureDoesNotMatch</Code>')]);
    const tooBig = await postTo(post, bytes);
    expect([tooBig.status, await tooBig.text()]).toEqual([400, expect.stringContaining('<Code>EntityTooLarge</Code>')]);
    const notForm = await fetch(post.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect([notForm.status, await notForm.text()]).toEqual([400, expect.stringContaining('multipart/form-data')]);
    // Staged files are private: nobody reads them back from the bucket.
    expect((await fetch(post.resourceUrl)).status).toBe(403);

    // None of those left a file: media made from either target fail.
    const { id } = await newProduct([{ originalSource: put.resourceUrl }, { originalSource: post.resourceUrl }]);
    const media = await mediaOf(id);
    expect(media.map((m) => [m.status, m.image, m.mediaErrors[0]?.code])).toEqual([
      ['FAILED', null, 'IMAGE_DOWNLOAD_FAILURE'],
      ['FAILED', null, 'IMAGE_DOWNLOAD_FAILURE'],
    ]);
  });

  it('answers bad stagedUploadsCreate input with user errors, and a bad originalSource with Shopify’s media error', async () => {
    const answer = await store.gql(STAGE, {
      input: [
        { resource: 'IMAGE', filename: ' ', mimeType: 'image/png' },
        { resource: 'IMAGE', filename: 'notes.txt', mimeType: 'text/plain' },
        { resource: 'VIDEO', filename: 'clip.mp4', mimeType: 'video/mp4' },
      ],
    });
    expect(answer.body.data?.stagedUploadsCreate).toEqual({
      stagedTargets: null,
      userErrors: [
        { field: ['input', '0', 'filename'], message: "Filename can't be blank" },
        { field: ['input', '1', 'mimeType'], message: 'Mime type text/plain is not an image type' },
        { field: ['input', '2', 'fileSize'], message: 'File size is required for videos and 3D models' },
      ],
    });

    const { id } = await newProduct();
    const bad = await store.gql(CREATE_MEDIA, { productId: id, media: [{ originalSource: 'not a web address', mediaContentType: 'IMAGE' }] });
    expect(bad.body.data?.productCreateMedia).toEqual({ media: null, mediaUserErrors: [{ field: ['media', '0', 'originalSource'], message: 'Image URL is invalid', code: 'INVALID' }] });
    expect(await mediaOf(id)).toEqual([]);
    const set = await newProduct([{ originalSource: 'ftp://example.com/a.png' }]);
    expect(set.errors).toEqual([{ field: ['input', 'files', '0', 'originalSource'], message: 'Image URL is invalid', code: 'INVALID_INPUT' }]);
  });

  it('keeps uploaded images across a restart with a state file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-state-'));
    const stateFile = join(dir, 'store.json');
    const bytes = pngImage([90, 90, 9]);
    const before = store;
    try {
      await before.close();
      store = await openLocalStore({ seed: 'empty', stateFile });
      const target = await stage({ httpMethod: 'PUT' });
      await putTo(target, bytes);
      const { id } = await newProduct([{ originalSource: target.resourceUrl, alt: 'Kept' }]);
      await store.close();
      store = await openLocalStore({ seed: 'empty', stateFile });
      const [media] = await mediaOf(id);
      expect(media).toMatchObject({ alt: 'Kept', status: 'READY' });
      expect((await download(media?.image?.url ?? '')).equals(bytes)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
