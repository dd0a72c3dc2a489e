import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

export interface HttpResult {
  status: number;
  body: unknown;
  /** From just before the request is written to the end of the response body. */
  ms: number;
}

/**
 * A minimal JSON client over an undici pool of at most `connections` keep-alive connections, so that the
 * measured latency is the server's answer and not a TCP handshake per request, and the load generator costs
 * as little CPU as it can (on a small machine it shares the cores with the server and the database).
 */
export class HttpClient {
  private readonly pool: Pool;

  constructor(host: string, port: number, connections: number) {
    this.pool = new Pool(`http://${host}:${port}`, { connections, pipelining: 1 });
  }

  post(path: string, body: unknown, token?: string): Promise<HttpResult> {
    return this.request('POST', path, body, token);
  }

  get(path: string, token?: string): Promise<HttpResult> {
    return this.request('GET', path, undefined, token);
  }

  async request(method: 'GET' | 'POST', path: string, body?: unknown, token?: string): Promise<HttpResult> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const started = performance.now();
    const res = await this.pool.request({ method, path, headers, body: payload });
    const text = await res.body.text();
    const ms = performance.now() - started;
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // not JSON: keep the text, the caller reports it
    }
    return { status: res.statusCode, body: parsed, ms };
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

/** Runs `work` for every item with at most `concurrency` of them in progress at once. */
export async function forEachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}
