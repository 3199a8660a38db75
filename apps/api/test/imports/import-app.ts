// The app of the import tests: harness, the real Express server (createServer mounts the import routes), a
// session cookie per user, and helpers to download a template, upload a file and build real spreadsheets:
// XLSX by filling the downloaded template with exceljs, CSV as bytes in the encoding and separator asked for.
import request from 'supertest';
import ExcelJS from 'exceljs';
import { createServer } from '../../src/server.ts';
import { binary } from '../export-readers.ts';
import { createHarness, type Harness, type UserKey } from '../harness.ts';

type KindSlug = 'units' | 'users' | 'innovations';
/** One row of a file: cell values in column order (the template's columns unless a header is given). */
export type Row = (string | number | Date | null)[];

export interface ImportApp {
  h: Harness;
  app: ReturnType<typeof createServer>;
  cookie(who: UserKey): string;
  template(kind: KindSlug, who: UserKey | null): request.Test;
  upload(kind: KindSlug, bytes: Uint8Array, who: UserKey | null, name?: string): request.Test;
  /** Uploads as the region's admin and returns the stored file's id (fails the test on a refusal). */
  uploadOk(kind: KindSlug, bytes: Uint8Array, name?: string): Promise<string>;
  /** The template of `kind` filled from row 3 on (row 2, the example, stays). */
  xlsx(kind: KindSlug, rows: Row[]): Promise<Buffer>;
  close(): Promise<void>;
}

export function csv(
  rows: (string | number | null)[][],
  options: { delimiter?: string; encoding?: 'utf8-bom' | 'utf8' | 'windows-1252' } = {},
): Buffer {
  const delimiter = options.delimiter ?? ';';
  const quote = (cell: string | number | null) => {
    const text = cell === null ? '' : String(cell);
    return /["\n\r]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const text = rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
  if (options.encoding === 'windows-1252') return encodeWindows1252(text);
  const body = Buffer.from(text, 'utf8');
  return options.encoding === 'utf8' ? body : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]);
}

/** Windows-1252 bytes of a text (what Excel's "CSV (Comma delimited)" writes), for the characters used here. */
function encodeWindows1252(text: string): Buffer {
  const extra: Record<string, number> = {
    '–': 0x96,
    '—': 0x97,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '€': 0x80,
  };
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const mapped = extra[char];
      if (mapped === undefined) throw new Error(`no windows-1252 byte for ${char}`);
      return mapped;
    }),
  );
}

export async function openImportApp(): Promise<ImportApp> {
  const h = await createHarness();
  const cookies = await h.sessionCookies();
  const app = createServer({ prisma: h.prisma, auth: h.auth });
  const withCookie = (req: request.Test, who: UserKey | null) =>
    who ? req.set('Cookie', cookies[who]) : req;
  const template = (kind: KindSlug, who: UserKey | null) =>
    withCookie(
      request(app)
        .get(`/imports/templates/${kind}.xlsx`)
        .buffer(true)
        .parse(binary as unknown as Parameters<request.Test['parse']>[0]),
      who,
    );
  const upload = (kind: KindSlug, bytes: Uint8Array, who: UserKey | null, name = 'impor.xlsx') =>
    withCookie(
      request(app)
        .post(`/imports/files?kind=${kind}`)
        .set('Content-Type', 'application/octet-stream')
        .set('X-File-Name', encodeURIComponent(name))
        .send(Buffer.from(bytes)),
      who,
    );
  const uploadOk = async (kind: KindSlug, bytes: Uint8Array, name?: string) => {
    const res = await upload(kind, bytes, 'admin', name);
    if (res.status !== 201) throw new Error(`upload refused: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { fileId: string }).fileId;
  };
  const xlsx = async (kind: KindSlug, rows: Row[]) => {
    const res = await template(kind, 'admin');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    rows.forEach((row, i) => {
      row.forEach((value, c) => {
        sheet.getCell(i + 3, c + 1).value = value;
      });
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  return { h, app, cookie: (who) => cookies[who], template, upload, uploadOk, xlsx, close: () => h.close() };
}
