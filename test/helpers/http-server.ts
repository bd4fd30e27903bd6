import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** A canned response: status (default 200), headers, body. */
export interface CannedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A route answers with a canned response or handles the request itself. */
export type Route = CannedResponse | ((req: IncomingMessage, res: ServerResponse) => void);

/** A running local server. */
export interface TestHttpServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  port: number;
  /** Paths requested so far (with query), in order. */
  requests: string[];
  /** Adds or replaces a route while the server runs. */
  route(path: string, route: Route): void;
  /** Stops the server and drops open connections (a hanging response does not block the test). */
  close(): Promise<void>;
}

/**
 * Starts an HTTP server on 127.0.0.1 on a free port, answering by exact path (query ignored);
 * unknown paths get 404. For tests of fetching: pages, feeds, redirects, slow or huge bodies.
 */
export async function startHttpServer(routes: Record<string, Route> = {}): Promise<TestHttpServer> {
  const table = new Map(Object.entries(routes));
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(req.url ?? '/');
    const route = table.get(path);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } else if (typeof route === 'function') {
      route(req, res);
    } else {
      res.writeHead(route.status ?? 200, route.headers ?? { 'content-type': 'text/html; charset=utf-8' });
      res.end(route.body ?? '');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${String(address.port)}`,
    port: address.port,
    requests,
    route: (path, route) => table.set(path, route),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
