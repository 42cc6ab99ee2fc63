// What every chart shares: the font stack (with Hangul fallbacks, for Korean wording), the
// verdict colours, and a config under which no label is ever cut with an ellipsis (vega's default
// limits cut legend labels at 160 px and axis labels at 180 px).
import { VERDICTS, VERDICT_LABELS } from '../analysis/verdicts';

/** Latin faces first; then Noto CJK (Debian's fonts-noto-cjk), macOS and Windows Korean faces. */
export const FONT = "Helvetica, Arial, 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

/** Width of a chart's plotting area, in px: the reports' text column is 720 px wide. */
export const WIDTH = 600;

export const config = {
  font: FONT,
  view: { stroke: null },
  axis: { labelFont: FONT, titleFont: FONT, labelLimit: 0, titleLimit: 0 },
  legend: { labelFont: FONT, titleFont: FONT, orient: 'bottom', direction: 'vertical', columns: 1, labelLimit: 0, titleLimit: 0 },
  title: { font: FONT, limit: 0, subtitleFont: FONT },
  header: { labelFont: FONT, titleFont: FONT, labelLimit: 0, titleLimit: 0 },
};

export const VERDICT_COLORS = {
  domain: VERDICTS.map((v) => VERDICT_LABELS[v]),
  range: ['#1a7f37', '#0969da', '#8250df', '#cf222e', '#6e7781'],
};

/** A tooltip from [field, title] pairs, after the three lines every published figure shows. */
export function figureTooltip(...more: [field: string, title: string][]): { field: string; title: string }[] {
  return ([['figure', 'Figure'], ['wording', 'Wording'], ['asOf', 'As of'], ...more] as const).map(([field, title]) => ({ field, title }));
}
