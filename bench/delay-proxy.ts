import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback proxy that holds each `POST /v1/messages` for `delayMs` before forwarding it, so a
 * fake Messages API answers as slowly as a real model (token counts pass straight through).
 */
export async function startDelayProxy(options: {
  target: string;
  delayMs: number;
}): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0];
      const delay = req.method === 'POST' && path === '/v1/messages' ? options.delayMs : 0;
      setTimeout(() => {
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(
            ([k, v]) => typeof v === 'string' && k !== 'host' && k !== 'content-length',
          ),
        ) as Record<string, string>;
        fetch(`${options.target}${req.url ?? ''}`, {
          method: req.method ?? 'GET',
          headers,
          ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
        })
          .then(async (upstream) => {
            const body = Buffer.from(await upstream.arrayBuffer());
            res.writeHead(
              upstream.status,
              Object.fromEntries(
                [...upstream.headers].filter(
                  ([k]) => k !== 'content-length' && k !== 'content-encoding' && k !== 'transfer-encoding',
                ),
              ),
            );
            res.end(body);
          })
          .catch((err: unknown) => res.writeHead(502).end(String(err)));
      }, delay);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
