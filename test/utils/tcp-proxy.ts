import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * How the proxy fails while cut:
 * - `refuse`: a stopped server. Open connections are reset, the listening socket is closed, so a new
 *   connection is refused at once (ECONNREFUSED).
 * - `hang`: a dead network. Open connections stay open but no byte crosses in either direction, and a new
 *   connection is accepted and then never answered. Nothing tells the client: only its own timeouts can.
 */
export type CutMode = 'refuse' | 'hang';

interface Pair {
  client: Socket;
  server: Socket | null;
}

/**
 * An in-process TCP proxy to a database server that a test can cut and restore, so that "PostgreSQL stops"
 * can be played without touching the shared server: the app's DATABASE_URL points here instead.
 */
export class TcpProxy {
  readonly stats = { accepted: 0, reset: 0, frozen: 0, blackholed: 0 };
  private readonly pairs = new Set<Pair>();
  private readonly blackholed = new Set<Socket>();
  private mode: CutMode | null = null;
  private server: Server = createServer((socket) => this.accept(socket));
  private boundPort = 0;

  private constructor(private readonly target: { host: string; port: number }) {}

  /** Listens on 127.0.0.1 (on a free port unless one is given) and forwards to the target. */
  static async start(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
    const proxy = new TcpProxy(target);
    proxy.boundPort = await proxy.listen(port);
    return proxy;
  }

  get port(): number {
    return this.boundPort;
  }

  /** The same database URL, through this proxy. */
  url(databaseUrl: string): string {
    const u = new URL(databaseUrl);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  cut(mode: CutMode): void {
    if (this.mode) throw new Error(`the proxy is already cut (${this.mode})`);
    this.mode = mode;
    if (mode === 'refuse') {
      this.server.close();
      for (const pair of this.pairs) this.reset(pair);
      return;
    }
    for (const pair of this.pairs) {
      pair.client.pause();
      pair.server?.pause();
      this.stats.frozen++;
    }
  }

  /** The server is back: new connections go through, and connections frozen by a hang carry on. */
  async restore(): Promise<void> {
    const mode = this.mode;
    if (!mode) return;
    if (mode === 'refuse') {
      // Listening again on the same port, as a restarted server would.
      this.server = createServer((socket) => this.accept(socket));
      await this.listen(this.port);
    }
    for (const socket of this.blackholed) socket.destroy();
    this.blackholed.clear();
    this.mode = null;
    for (const pair of this.pairs) {
      pair.client.resume();
      pair.server?.resume();
    }
  }

  async close(): Promise<void> {
    for (const pair of this.pairs) this.reset(pair);
    for (const socket of this.blackholed) socket.destroy();
    this.blackholed.clear();
    await new Promise<void>((resolve) => {
      if (!this.server.listening) return resolve();
      this.server.close(() => resolve());
    });
  }

  private listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        const address = this.server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  }

  private accept(client: Socket): void {
    this.stats.accepted++;
    client.on('error', () => undefined);
    if (this.mode === 'refuse') {
      // Accepted just before the listener closed: a stopped server resets it.
      client.resetAndDestroy();
      this.stats.reset++;
      return;
    }
    if (this.mode === 'hang') {
      // Accepted by the kernel, never answered.
      client.pause();
      this.blackholed.add(client);
      this.stats.blackholed++;
      client.on('close', () => this.blackholed.delete(client));
      return;
    }
    const pair: Pair = { client, server: null };
    this.pairs.add(pair);
    const server = connect(this.target.port, this.target.host);
    pair.server = server;
    server.on('error', () => undefined);
    // Both directions by hand, not pipe(): a frozen pair must stay paused whatever drains.
    const forward = (from: Socket, to: Socket): void => {
      from.on('data', (chunk: Buffer) => {
        if (!to.write(chunk)) from.pause();
      });
      to.on('drain', () => {
        if (!this.mode) from.resume();
      });
    };
    forward(client, server);
    forward(server, client);
    const end = (): void => {
      if (!this.pairs.delete(pair)) return;
      client.destroy();
      server.destroy();
    };
    client.on('close', end);
    server.on('close', end);
  }

  private reset(pair: Pair): void {
    this.pairs.delete(pair);
    pair.client.resetAndDestroy();
    pair.server?.destroy();
    this.stats.reset++;
  }
}
