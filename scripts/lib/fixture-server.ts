// A tiny local web server for saved pages. It answers by host name + path, so one server can stand in
// for several real sites: Chromium reaches it through --host-resolver-rules, Firefox through an http
// proxy pref (a proxy request carries the absolute URL, which this server also understands).
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Cert } from './cert';

export interface Route {
  /** Body to send (a saved page's HTML). */
  body: string | Buffer;
  contentType?: string;
  /** HTTP status, 200 unless given. */
  status?: number;
}

export interface FixtureServer {
  port: number;
  protocol: 'http' | 'https';
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** "host/path" → response; the host is matched without port. */
  routes: Record<string, Route>;
  cert?: Cert | null;
  host?: string;
}

/** Starts the server on an ephemeral port of 127.0.0.1. */
export async function startFixtureServer(opts: FixtureServerOptions): Promise<FixtureServer> {
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    // Proxy requests carry an absolute URL; direct ones a path plus a Host header.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const route = opts.routes[`${url.hostname}${url.pathname}`];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': route.contentType ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(route.body);
  };

  const server: Server = opts.cert
    ? createHttpsServer({ key: opts.cert.key, cert: opts.cert.cert }, handler)
    : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, opts.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    protocol: opts.cert ? 'https' : 'http',
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
