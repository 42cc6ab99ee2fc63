// Text widths for rendering charts in Node, where vega has no canvas to measure text and guesses
// 0.8 em per character: that makes a 50-character label 400 px wide instead of about 250, and
// pushes every chart far wider than its page. Helvetica's advance widths (from its AFM metrics,
// which Arial and Liberation Sans share) give the static SVG the layout a browser would give it.
// The live chart in the browser measures with its own canvas and does not use this.

// Advance widths in 1/1000 em of the printable ASCII characters, from ' ' (32) to '~' (126).
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];
const OTHER: Record<string, number> = { '·': 278, '–': 556, '—': 1000, '’': 222, '‘': 222, '“': 333, '”': 333, '…': 1000, 'é': 556, 'ü': 556 };

/** Room for a fallback font a little wider than Helvetica, so that no label runs off the chart. */
const SAFETY = 1.06;

/** CJK ideographs, kana and Hangul are a full em wide. */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** Width in px of a line of text at a font size, in Helvetica (bold is about 8% wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code <= 126) units += ASCII[code - 32]!;
    else units += OTHER[ch] ?? (WIDE.test(ch) ? 1000 : 600);
  }
  return (units / 1000) * fontSize * (bold ? 1.08 : 1) * SAFETY;
}

interface TextItem { readonly fontSize?: number | string; readonly fontWeight?: number | string }

/** A replacement for vega's textMetrics.width(item, text). */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && Number(weight) >= 600);
  const line = text == null ? '' : String(text).trim();
  return textWidth(line, size, bold);
}
