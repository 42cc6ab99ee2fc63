// Checks of a raw file's bytes and layout before it is parsed as CSV: the encoding (UTF-16 and
// Windows-1252 named when detected), line endings that change within the file, a delimiter other
// than the comma, and stray double quotes (with line and character). Each problem here makes the
// whole file unreadable as a table, so it is reported once, with no follow-on issues. Pure.
import { expect } from '../messages';
import { issue, type Issue } from '../issues';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
// Bytes that Windows-1252 leaves undefined: text holding them is not Windows-1252 either.
const NOT_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** UTF-16 by its byte-order mark, or by the NUL bytes that ASCII text in UTF-16 is full of. */
function utf16(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
  const n = Math.min(bytes.length, 200) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (n >= 8 && odd > n / 4) return 'LE';
  if (n >= 8 && even > n / 4) return 'BE';
  return undefined;
}

/** Lines whose bytes are not valid UTF-8, as issues (value: the line with bad bytes replaced). */
export function encodingIssues(path: string, bytes: Uint8Array): Issue[] {
  const wide = utf16(bytes);
  if (wide) return [issue(path, 0, 0, '', '', expect.utf16(wide))];
  const found: Issue[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const chunk = bytes.subarray(start, i);
      try {
        UTF8.decode(chunk);
      } catch {
        const shown = new TextDecoder('utf-8').decode(chunk);
        const col = [...shown].indexOf('\uFFFD') + 1;
        const is1252 = !chunk.some((b) => NOT_1252.has(b));
        const as1252 = is1252 ? new TextDecoder('windows-1252').decode(chunk).replace(/\r$/, '') : undefined;
        found.push(issue(path, line, col, '', shown, as1252 === undefined ? expect.utf8 : expect.utf8From1252(as1252)));
      }
      start = i + 1;
      line += 1;
    }
  }
  return found;
}

/**
 * Scans the decoded text as RFC 4180 does (quotes open only at the start of a field, a closing
 * quote is followed by a comma or the end of the line) and reports: a header with no comma but
 * another separator; line endings that differ between records (\r\n inside a quoted field is
 * allowed: spreadsheets write \n in cells and \r\n between rows); every stray quote.
 */
export function layoutIssues(path: string, text: string): Issue[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  if (!firstLine.includes(',')) {
    const sep = [';', '\t', '|'].find((s) => firstLine.includes(s));
    if (sep) return [issue(path, 1, 0, '', firstLine, expect.delimiter(sep))];
  }
  const stray: Issue[] = [];
  let ending: string | undefined;
  let endingLine = 0;
  let mixed: Issue | undefined;
  let line = 1;
  let lineStart = 0;
  let field = 1;
  let fieldStart = 0;
  let state: 'start' | 'plain' | 'quoted' | 'closed' = 'start';
  const strayAt = (i: number) => {
    // The value shown is the field as written, up to the next comma or the end of the line.
    const end = body.slice(fieldStart).search(/,|\r?\n|$/);
    if (!stray.some((s) => s.line === line)) stray.push(issue(path, line, field, '', body.slice(fieldStart, fieldStart + end), expect.strayQuote(i - lineStart + 1)));
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (state === 'quoted') {
      if (ch === '"') {
        if (body[i + 1] === '"') i++;
        else state = 'closed';
      } else if (ch === '\n') {
        line++;
        lineStart = i + 1;
      }
      continue;
    }
    if (ch === ',') {
      field++;
      fieldStart = i + 1;
      state = 'start';
    } else if (ch === '\n' || (ch === '\r' && body[i + 1] === '\n')) {
      const end = ch === '\r' ? '\r\n' : '\n';
      if (ending === undefined) {
        ending = end;
        endingLine = line;
      } else if (end !== ending && !mixed) mixed = issue(path, line, 0, '', '', expect.sameLineEndings(endingLine, ending, end));
      if (ch === '\r') i++;
      line++;
      lineStart = i + 1;
      field = 1;
      fieldStart = i + 1;
      state = 'start';
    } else if (ch === '"') {
      if (state === 'start') state = 'quoted';
      else strayAt(i);
    } else if (state === 'closed') {
      strayAt(i - 1);
      state = 'plain';
    } else state = 'plain';
  }
  // A quote still open at the end is an unclosed field (reported by the parser, with the line it
  // opened on); the quotes it swallowed are not stray.
  return [...(mixed ? [mixed] : []), ...(state === 'quoted' ? [] : stray)];
}
