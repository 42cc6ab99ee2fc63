// The preview server: serves only files under reports/, adds the reload script to HTML as it
// sends it (the file on disk is unchanged), and streams the build's status and reloads.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_PATH, fileFor, startServer, type DevServer } from '../../src/dev/server';

let dir: string;
let server: DevServer;
const PAGE = '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;none&#39;; connect-src &#39;none&#39;"></head><body><p>report</p></body></html>';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-dev-server-'));
  fs.mkdirSync(path.join(dir, 'reports'));
  fs.writeFileSync(path.join(dir, 'reports', 'index.html'), PAGE);
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  server = await startServer(path.join(dir, 'reports'), 0, { state: 'ok', title: '', lines: [] });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (p: string) => fetch(new URL(p, server.url));

describe('fileFor', () => {
  it('maps / to index.html and refuses paths outside the folder', () => {
    const reports = path.join(dir, 'reports');
    expect(fileFor(reports, '/')).toBe(path.join(reports, 'index.html'));
    expect(fileFor(reports, '/index.html?x=1')).toBe(path.join(reports, 'index.html'));
    expect(fileFor(reports, '/../secret.txt')).toBeUndefined();
    expect(fileFor(reports, '/%2e%2e/secret.txt')).toBeUndefined();
    expect(fileFor(reports, '/%E0%A4%A')).toBeUndefined();
    expect(fileFor(reports, '/missing.html')).toBeUndefined();
  });
});

describe('startServer', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('sends HTML with the reload script and a widened policy; the file is unchanged', async () => {
    const res = await get('/');
    const body = await res.text();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body).toContain("new EventSource('/__dev/events')");
    expect(body).toMatch(/script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; connect-src &#39;self&#39;/);
    expect(fs.readFileSync(path.join(dir, 'reports', 'index.html'), 'utf8')).toBe(PAGE);
  });

  it('answers 404 outside reports/', async () => {
    expect((await get('/../secret.txt')).status).toBe(404);
    expect((await get('/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('streams the current status on connect, then status and reload events', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      http.get(new URL(EVENTS_PATH, server.url), (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
          if (text.includes('event: status\n') && !text.includes('event: reload')) {
            server.status({ state: 'failed', title: 'bad', lines: ['data/raw/claims.csv:4:7'] });
            server.reload(['index.html']);
          }
          if (text.includes('event: reload')) {
            res.destroy();
            resolve(text);
          }
        });
      }).on('error', reject);
    });
    expect(received).toContain('event: status\ndata: {"state":"ok","title":"","lines":[]}\n\n');
    expect(received).toContain('event: status\ndata: {"state":"failed","title":"bad","lines":["data/raw/claims.csv:4:7"]}\n\n');
    expect(received).toContain('event: reload\ndata: {"files":["index.html"]}\n\n');
  });
});
