import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

/**
 * Serves a built site folder on 127.0.0.1 at a free port, as a static host would: text compressed
 * (gzip) for clients that accept it, 404.html for misses. Byte and timing measurements over this server
 * therefore see what a reader's browser downloads from a real host, not the raw files.
 */
export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const compress = compression();
  const server: Server = createServer((req, res) =>
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () =>
      handler(req, res, () => {
        res.statusCode = 404;
        res.end('not found');
      }),
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
