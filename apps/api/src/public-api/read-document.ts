// Reads the JSON body of a public API request: the media type must be JSON, the size within the limit, and
// the text is parsed by the library's parseJsonStrict (repeated keys and syntax errors with line and column).
import { parseJsonStrict } from '@inovda/domain';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { requestIssue, sendIssues } from './public-errors.ts';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/** Express's raw body reader with our limit and JSON media types, answering 413/415 in our error format. */
export function readJsonBody(maxBytes: number): (RequestHandler | ErrorRequestHandler)[] {
  const raw = express.raw({ type: () => true, limit: maxBytes });
  const tooLarge: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    if ((error as { type?: unknown }).type !== 'entity.too.large') return next(error);
    sendIssues(res, 413, [
      requestIssue(
        'REQUEST.TOO_LARGE',
        '',
        `Dokumen lebih besar dari batas ${maxBytes} byte.`,
        `The document is larger than the limit of ${maxBytes} bytes.`,
      ),
    ]);
  };
  const mediaType: RequestHandler = (req, res, next) => {
    const type = (req.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (JSON_TYPE.test(type)) return next();
    sendIssues(res, 415, [
      requestIssue(
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
        '',
        `Kirim dokumen sebagai JSON dengan header Content-Type: application/json (diterima: "${type || 'tidak ada'}").`,
        `Send the document as JSON with the header Content-Type: application/json (received: "${type || 'none'}").`,
      ),
    ]);
  };
  return [mediaType, raw, tooLarge];
}

/** The parsed document, or `undefined` after answering 400 with the JSON issues. */
export function parseBody(req: Request, res: Response): { value: unknown } | undefined {
  const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
  const parsed = parseJsonStrict(body);
  if (parsed.ok) return { value: parsed.value };
  sendIssues(res, 400, parsed.issues);
  return undefined;
}
