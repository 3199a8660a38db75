// One access-log line per request (pino-http) with the request id every other line of that request carries.
// The id comes from the proxy's X-Request-Id only when the proxy is trusted (TRUST_PROXY); otherwise a client
// could choose it, so a new one is made. It is returned in the X-Request-Id response header either way.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from './logger.ts';

const REQUEST_ID = /^[\w.-]{8,100}$/;

/** Express request with the fields pino-http's serializer may read. */
type LoggedRequest = IncomingMessage & { id?: unknown; ip?: string; originalUrl?: string };

function pickRequestId(incoming: string | string[] | undefined, trustProxy: boolean): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return trustProxy && value && REQUEST_ID.test(value) ? value : randomUUID();
}

export function createHttpLogger(logger: Logger, trustProxy: boolean): RequestHandler {
  const middleware = pinoHttp({
    logger,
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = pickRequestId(req.headers['x-request-id'], trustProxy);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // Health checks come every few seconds from a load balancer: keep them out of the normal log.
    customLogLevel: (req, res, error) =>
      error || res.statusCode >= 500 ? 'warn' : req.url === '/healthz' ? 'debug' : 'info',
    // A 5xx is an access line like any other: its error, with the stack, is logged once by logInternalError.
    customErrorObject: (_req, _res, _error, value: Record<string, unknown>) => ({
      res: value.res,
      responseTime: value.responseTime,
    }),
    customErrorMessage: () => 'request completed',
    // No headers (cookies, tokens) and no query string: only what an operator needs to find a request.
    serializers: {
      req: (req: LoggedRequest) => ({
        method: req.method,
        url: (req.originalUrl ?? req.url ?? '').split('?')[0],
        ip: req.ip,
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    wrapSerializers: false,
  });
  return (req, res, next) => {
    middleware(req, res);
    res.locals.requestId = req.id as string;
    next();
  };
}
