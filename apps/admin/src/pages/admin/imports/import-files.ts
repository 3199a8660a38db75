// The HTTP side of the import page: the template address, and the upload of the chosen file with its progress
// (XMLHttpRequest reports upload progress; fetch does not). The API checks the file's content and size and
// answers with the stored file's id, or a refusal `{ appCode, messages: { id, en } }` in both languages.
import type { TLanguage } from '../../../i18n/languages';

export const IMPORT_KINDS = ['UNITS', 'USERS', 'INNOVATIONS'] as const;
export type TImportKind = (typeof IMPORT_KINDS)[number];

const SLUG: Record<TImportKind, string> = { UNITS: 'units', USERS: 'users', INNOVATIONS: 'innovations' };

/** The XLSX template of a kind (a same-origin GET: the session cookie goes along, the browser saves it). */
export function templateUrl(kind: TImportKind): string {
  return `/imports/templates/${SLUG[kind]}.xlsx`;
}

export interface TStoredImportFile {
  fileId: string;
  kind: TImportKind;
  format: 'XLSX' | 'CSV';
  fileName: string;
  size: number;
}

/** An upload the server refused (or that never arrived), in words for the UI language. */
export class ImportUploadError extends Error {
  constructor(
    message: string,
    readonly appCode: string | undefined,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ImportUploadError';
  }
}

/** The refusal's message in `lng` from the API's JSON answer, or null when the body is not ours. */
export function readRefusal(body: string, lng: TLanguage): { appCode: string; message: string } | null {
  try {
    const parsed = JSON.parse(body) as {
      appCode?: unknown;
      message?: unknown;
      messages?: Record<string, unknown>;
    };
    if (typeof parsed.appCode !== 'string') return null;
    const localized = parsed.messages?.[lng];
    const message =
      typeof localized === 'string' ? localized : typeof parsed.message === 'string' ? parsed.message : '';
    return { appCode: parsed.appCode, message };
  } catch {
    return null;
  }
}

export interface TUploadOptions {
  kind: TImportKind;
  lng: TLanguage;
  onProgress: (sent: number, total: number) => void;
  /** Messages for failures without an answer from the API. */
  fallback: { network: string; unknown: string };
}

/** Sends the file as the request body; resolves with the stored file, rejects with an ImportUploadError. */
export function uploadImportFile(file: File, options: TUploadOptions): Promise<TStoredImportFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/imports/files?kind=${SLUG[options.kind]}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Accept-Language', options.lng);
    xhr.upload.onprogress = (event) => {
      options.onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        resolve(JSON.parse(xhr.responseText) as TStoredImportFile);
        return;
      }
      const refusal = readRefusal(xhr.responseText, options.lng);
      reject(
        new ImportUploadError(refusal?.message || options.fallback.unknown, refusal?.appCode, xhr.status),
      );
    };
    xhr.onerror = () => reject(new ImportUploadError(options.fallback.network, undefined, 0));
    xhr.send(file);
  });
}
