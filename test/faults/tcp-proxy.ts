import net from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 that can be cut (every open connection destroyed, new ones refused
 * because nothing listens) and restored on the same port: a database outage as the app sees
 * it, without touching the real database server.
 */
export class TcpProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  /** Delay added to every chunk from the database to the app (a slow network), in ms. */
  latencyMs = 0;

  constructor(
    private readonly upstreamHost: string,
    private readonly upstreamPort: number,
  ) {}

  async start(): Promise<this> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.upstreamPort, this.upstreamHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        // A reset on one side ends both; the error itself is what the test provokes.
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      // Timers with equal delays fire in order, so delayed chunks keep their order.
      upstream.on('data', (chunk: Buffer) => {
        if (this.latencyMs === 0) client.write(chunk);
        else setTimeout(() => client.destroyed || client.write(chunk), this.latencyMs);
      });
      upstream.on('end', () => setTimeout(() => client.end(), this.latencyMs));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
    return this;
  }

  /** Destroys every connection and stops listening (new connections get ECONNREFUSED). */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    for (const s of this.sockets) s.destroy();
    await closed;
  }

  /** Listens again on the same port. */
  async restore(): Promise<void> {
    await this.start();
  }

  get connections(): number {
    return this.sockets.size;
  }
}
