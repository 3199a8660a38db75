// Small real files of each evidence kind (and a few impostors) for upload tests. Padded to a chosen size so a
// test can cut an upload in the middle of a file that still has valid magic bytes at its start.
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const JPEG_1X1 =
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////' +
  '////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';

function padTo(head: Uint8Array, size: number, fill = 0x20): Buffer {
  const out = Buffer.alloc(Math.max(size, head.length), fill);
  out.set(head, 0);
  return out;
}

export function samplePng(size = 0): Buffer {
  return padTo(Buffer.from(PNG_1X1, 'base64'), size, 0);
}

export function sampleJpeg(size = 0): Buffer {
  return padTo(Buffer.from(JPEG_1X1, 'base64'), size, 0);
}

export function samplePdf(size = 0, marker = ''): Buffer {
  const body = `%PDF-1.4\n% ${marker}\n1 0 obj <<>> endobj\ntrailer <<>>\n`;
  const pdf = padTo(Buffer.from(body), Math.max(size - 6, 0));
  return Buffer.concat([pdf, Buffer.from('%%EOF\n')]);
}

export function sampleMp4(size = 0): Buffer {
  // An ISO base media `ftyp` box with the `isom` major brand, as written by common encoders.
  const ftyp = Buffer.concat([
    Buffer.from([0, 0, 0, 0x20]),
    Buffer.from('ftypisom'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2avc1mp41'),
  ]);
  return padTo(ftyp, size, 0);
}

/** Deterministic bytes that match no known file signature. */
export function sampleNoise(size: number, seed = 7): Buffer {
  const out = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i += 1) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = (x >> 16) & 0xff;
  }
  // A leading 0x00 0x01 pair is no format's magic number: keeps the noise from matching by chance.
  out[0] = 0;
  out[1] = 1;
  return out;
}
