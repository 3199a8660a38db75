import type { Page } from 'playwright-core';
import superjson from 'superjson';

/**
 * One tRPC call over HTTP with the page's session cookie, for a test's own setup (data a person would have
 * entered on another screen). Input and result travel in superjson's envelope, so Dates survive both ways.
 */
export async function callTrpc<T>(
  page: Page,
  path: string,
  input: unknown,
  kind: 'query' | 'mutation' = 'mutation',
): Promise<T> {
  const body = JSON.stringify(superjson.serialize(input));
  const response =
    kind === 'query'
      ? await page.request.get(`/trpc/${path}?input=${encodeURIComponent(body)}`)
      : await page.request.post(`/trpc/${path}`, {
          data: body,
          headers: { 'content-type': 'application/json' },
        });
  const payload = (await response.json()) as {
    result?: { data: Parameters<typeof superjson.deserialize>[0] };
    error?: unknown;
  };
  if (!payload.result) throw new Error(`${path} failed: ${JSON.stringify(payload.error)}`);
  return superjson.deserialize<T>(payload.result.data);
}
