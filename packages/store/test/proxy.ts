// A real TCP proxy in front of the test Neo4j's Bolt port, for what a Neo4j restart looks like from the
// loader's side: every open connection is reset at once, new ones are refused for a while (or for good),
// then accepted again. The database itself keeps running, so the test can compare it with a clean load.
import { createServer, connect, type Server, type Socket } from "node:net";

export interface BoltProxy {
  uri: string;
  /** Bytes sent by clients so far (Bolt requests, parameters included). */
  bytesFromClients(): number;
  /** Resets every open connection and refuses new ones for `refuseMs` (Infinity: from now on). */
  interrupt(refuseMs: number): void;
  /** How many connections were reset by interrupt(). */
  resets(): number;
  close(): Promise<void>;
}

export async function startBoltProxy(target: { host: string; port: number }): Promise<BoltProxy> {
  const open = new Set<Socket>();
  let refuseUntil = 0;
  let fromClients = 0;
  let resets = 0;
  const server: Server = createServer((client) => {
    if (Date.now() < refuseUntil) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    open.add(client).add(upstream);
    client.on("data", (chunk: Buffer) => (fromClients += chunk.length));
    client.pipe(upstream).pipe(client);
    const drop = () => {
      open.delete(client);
      open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    bytesFromClients: () => fromClients,
    interrupt(refuseMs) {
      refuseUntil = Date.now() + refuseMs;
      for (const s of open) {
        resets++;
        s.resetAndDestroy();
      }
      open.clear();
    },
    resets: () => resets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
}
