/**
 * A scripted fetch: each handler answers one "METHOD /path" with a Response. Unscripted calls fail the test
 * loudly rather than hanging. Records every call for assertions.
 */
import { vi } from 'vitest';

export type Handler = (request: Request) => Response | Promise<Response>;

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function mockFetch(handlers: Record<string, Handler | Handler[]>) {
  const calls: Request[] = [];
  const queues = new Map(Object.entries(handlers).map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]));
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(new URL(String(input), 'http://localhost'), init);
    calls.push(request);
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const entry = queues.get(key);
    // An array scripts successive answers; the last one repeats.
    const handler = Array.isArray(entry) ? (entry.length > 1 ? entry.shift() : entry[0]) : entry;
    if (!handler) throw new Error(`Unexpected fetch: ${key}`);
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    callsTo: (key: string) => calls.filter((request) => `${request.method} ${new URL(request.url).pathname}` === key),
  };
}
