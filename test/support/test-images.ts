/** Small, valid images built in code, so no test depends on a binary fixture. */
import { solidPng } from '../../src/shopify-sim/store/placeholder-image';

/** A PNG of one colour; different colours give different bytes (and so different stored files). */
export const pngImage = (rgb: [number, number, number] = [200, 60, 40], size = 4): Buffer => solidPng(rgb, size);

/** The first bytes of a JPEG, a WebP and a GIF: enough for a format to be recognised. */
export const jpegStart = () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
export const webpStart = () => Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
export const gifStart = () => Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');

export const base64 = (bytes: Buffer) => bytes.toString('base64');
