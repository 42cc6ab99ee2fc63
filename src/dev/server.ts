// The preview server of `npm run dev`: serves reports/ on 127.0.0.1 (HTML with the reload
// script injected, see inject.ts), and an event stream at /__dev/events (server-sent events)
// that tells open pages the build's state and which reports changed. Reads reports/; writes
// nothing.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { CLIENT_SCRIPT } from './client';
import { injectScript, inlineScript } from './inject';

export const EVENTS_PATH = '/__dev/events';

export interface Status {
  readonly state: 'ok' | 'building' | 'failed';
  readonly title: string;
  readonly lines: readonly string[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface DevServer {
  readonly url: string;
  status(s: Status): void;
  reload(files: readonly string[]): void;
  close(): Promise<void>;
}

/** The file under `dir` that a URL path names, or undefined if it names none (or escapes `dir`). */
export function fileFor(dir: string, urlPath: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(dir, `.${path.posix.normalize(`/${rel}`)}`);
  if (!file.startsWith(`${path.resolve(dir)}${path.sep}`)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

export function startServer(reportsDir: string, port: number, initial: Status): Promise<DevServer> {
  const script = inlineScript(CLIENT_SCRIPT);
  const clients = new Set<http.ServerResponse>();
  let current = initial;
  const send = (res: http.ServerResponse, event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === EVENTS_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write('retry: 500\n\n');
      send(res, 'status', current);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(reportsDir, url) : undefined;
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
      return;
    }
    const ext = path.extname(file);
    const body = ext === '.html' ? Buffer.from(injectScript(fs.readFileSync(file, 'utf8'), script), 'utf8') : fs.readFileSync(file);
    res.writeHead(200, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  const heartbeat = setInterval(() => clients.forEach((c) => c.write(': keep-alive\n\n')), 15_000);
  heartbeat.unref();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        status(s) {
          current = s;
          clients.forEach((c) => send(c, 'status', s));
        },
        reload(files) {
          clients.forEach((c) => send(c, 'reload', { files }));
        },
        close() {
          clearInterval(heartbeat);
          clients.forEach((c) => c.end());
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}
