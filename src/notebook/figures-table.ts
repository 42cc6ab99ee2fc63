// Report 02's table of every figure: grouped by what each figure counts, in columns that leave
// the explanation most of an 800 px page. Rows carry their sort and filter keys as data
// attributes for the table script (src/report/table-script.ts); without scripts the table is
// complete as it stands. Returns HTML; every data string is escaped.
import { partialDate } from '../dates';
import { range } from '../analysis/words';
import { VERDICTS, VERDICT_LABELS, type Verdict } from '../analysis/verdicts';
import { esc, link } from '../report/html';
import { METRICS, METRIC_LABELS, type Metric } from '../schema/vocab';
import * as data from './data';
import { badge } from './prose';

const COLUMNS = [
  { title: 'As of', key: 'asof', width: '10%' },
  { title: 'Figure', key: 'value', width: '17%' },
  { title: 'Record', key: 'residual', width: '10%' },
  { title: 'Verdict and why', key: 'verdict', width: '49%' },
  { title: 'Source', key: '', width: '14%' },
] as const;

function row(r: data.ReconRow): string {
  const first = r.as_of ? partialDate(r.as_of).first : '';
  const qualifier = r.qualifier === 'exact' ? '' : `${r.qualifier.replace('_', ' ')} `;
  const record = r.metric === 'other' ? '—' : esc(range(r.record_low, r.record_high));
  const residual = r.residual && r.metric !== 'other' ? `<br><small>residual ${esc(r.residual > 0 ? `+${r.residual}` : r.residual)}</small>` : '';
  const verdictRank = (VERDICTS as readonly string[]).indexOf(r.verdict);
  return `<tr data-verdict="${esc(r.verdict)}" data-asof="${esc(first)}" data-value="${esc(r.value)}" data-residual="${esc(Math.abs(r.residual) || 0)}" data-verdict-rank="${verdictRank}">`
    + `<td>${esc(r.as_of)}</td>`
    + `<td><b>${esc(qualifier)}${esc(r.value)}</b> ${esc(r.wording)}</td>`
    + `<td class="num">${record}${residual}</td>`
    + `<td>${badge(r.verdict)} ${esc(r.explanation)}</td>`
    + `<td>${link(r.url, r.publisher)}</td></tr>`;
}

/** Every figure that passes `filter`, one group per metric (in vocabulary order), by date within it. */
export function everyFigureTable(filter: (r: data.ReconRow) => boolean = () => true): string {
  const rows = data.reconciliation().filter(filter);
  const byDate = (a: data.ReconRow, b: data.ReconRow) => {
    const x = a.as_of ? partialDate(a.as_of).first : '';
    const y = b.as_of ? partialDate(b.as_of).first : '';
    return x < y ? -1 : x > y ? 1 : a.claim_id < b.claim_id ? -1 : 1;
  };
  const groups = [...METRICS, ...new Set(rows.map((r) => r.metric).filter((m) => !(METRICS as readonly string[]).includes(m)))]
    .map((m) => ({ metric: m, rows: rows.filter((r) => r.metric === m).sort(byDate) }))
    .filter((g) => g.rows.length > 0);
  const tally = VERDICTS.filter((v) => rows.some((r) => r.verdict === v))
    .map((v) => `${rows.filter((r) => r.verdict === v).length} ${esc(VERDICT_LABELS[v as Verdict])}`).join(', ');
  const head = COLUMNS.map((c) => `<th scope="col"${c.key ? ` data-sort="${c.key}"` : ''}>${esc(c.title)}</th>`).join('');
  const bodies = groups.map((g) => `<tbody data-group="${esc(g.metric)}"><tr class="group"><th colspan="${COLUMNS.length}" scope="rowgroup">${esc(METRIC_LABELS[g.metric as Metric] ?? g.metric)} <span class="n">(${g.rows.length})</span></th></tr>\n${g.rows.map(row).join('\n')}\n</tbody>`);
  return `<table class="figures-table"><caption>${rows.length} figures, grouped by what each counts: ${tally}.</caption>`
    + `<colgroup>${COLUMNS.map((c) => `<col style="width:${c.width}">`).join('')}</colgroup>`
    + `<thead><tr>${head}</tr></thead>\n${bodies.join('\n')}</table>`;
}
