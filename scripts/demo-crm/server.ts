import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DEMO_REPS } from './data';
import { addDays, localToday } from './dates';
import { generateDemoDeals, type DemoDeal } from './generate';
import { boardPage, landingPage, listPage, notFoundPage, recordPage, type PageContext } from './pages';

export const DEFAULT_DEMO_PORT = 5178;

export interface DemoServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Anchor date of the data; defaults to the machine's date so the current quarter always has deals. */
  today?: string;
  seed?: number;
  /** The "signed in as" rep; defaults to the first rep (a zh-TW name). */
  user?: string;
}

export interface DemoServer {
  url: string;
  port: number;
  deals: readonly DemoDeal[];
  today: string;
  user: string;
  close(): Promise<void>;
}

const site = (name: string): string => readFileSync(fileURLToPath(new URL(`./site/${name}`, import.meta.url)), 'utf8');

// No external resources, no inline scripts: the demo must work offline and never phone home.
const HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...HEADERS, 'content-type': `${type}; charset=utf-8` });
  res.end(body);
}

export function createDemoHandler(deals: readonly DemoDeal[], ctx: PageContext) {
  const byId = new Map(deals.map((d) => [d.id, d]));
  const css = site('app.css');
  const js = site('app.js');
  const recentSince = addDays(ctx.today, -90);
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.replace(/\/+$/, '') || '/';
    if (path === '/') return send(res, 200, 'text/html', landingPage(ctx, deals));
    if (path === '/deals') return send(res, 200, 'text/html', listPage(ctx, deals));
    if (path === '/board') return send(res, 200, 'text/html', boardPage(ctx, deals, recentSince));
    if (path === '/static/app.css') return send(res, 200, 'text/css', css);
    if (path === '/static/app.js') return send(res, 200, 'text/javascript', js);
    const record = /^\/deals\/([A-Za-z0-9-]+)$/.exec(path);
    const deal = record ? byId.get(record[1] as string) : undefined;
    if (deal) return send(res, 200, 'text/html', recordPage(ctx, deal, deals));
    return send(res, 404, 'text/html', notFoundPage(ctx));
  };
}

/** Starts the demo CRM on 127.0.0.1 (only loopback: it is for this machine's browser). */
export function startDemoServer(o: DemoServerOptions = {}): Promise<DemoServer> {
  const today = o.today ?? localToday();
  const user = o.user ?? (DEMO_REPS[0]?.name as string);
  const deals = generateDemoDeals({ today, ...(o.seed === undefined ? {} : { seed: o.seed }) });
  const server = createServer(createDemoHandler(deals, { today, user }));
  const host = o.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? DEFAULT_DEMO_PORT, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}`,
        port,
        deals,
        today,
        user,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
