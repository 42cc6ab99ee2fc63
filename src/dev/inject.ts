// Adds the live-reload script to a report as `npm run dev` serves it, and widens the report's
// Content-Security-Policy just enough for it: the script's sha256 joins script-src, and
// connect-src allows the page's own origin (the event stream). Pure: the files in reports/
// are never changed, and every other directive of the policy stays as the report has it.
import { createHash } from 'node:crypto';
import { esc } from '../report/html';

export interface InlineScript {
  readonly code: string;
  readonly hash: string; // 'sha256-…'
}

export function inlineScript(code: string): InlineScript {
  return { code, hash: `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'` };
}

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The policy with `hash` allowed in script-src and 'self' in connect-src. */
export function widenPolicy(policy: string, hash: string): string {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const set = (name: string, add: string) => {
    const i = directives.findIndex((d) => d.split(/\s+/)[0] === name);
    if (i < 0) return directives.push(`${name} ${add}`);
    const sources = directives[i]!.split(/\s+/).slice(1).filter((s) => s !== "'none'");
    directives[i] = [name, ...sources, add].join(' ');
    return i;
  };
  set('script-src', hash);
  set('connect-src', "'self'");
  return directives.join('; ');
}

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i;

/** The page with the script before </body> and its policy widened for that script only. */
export function injectScript(html: string, script: InlineScript): string {
  const withPolicy = html.replace(META, (_all, content: string) => {
    const policy = content.replace(/&(amp|lt|gt|quot|#39);/g, (e) => UNESCAPE[e] ?? e);
    return `<meta http-equiv="Content-Security-Policy" content="${esc(widenPolicy(policy, script.hash))}">`;
  });
  const tag = `<script>${script.code}</script>\n`;
  const end = withPolicy.lastIndexOf('</body>');
  return end < 0 ? withPolicy + tag : withPolicy.slice(0, end) + tag + withPolicy.slice(end);
}
