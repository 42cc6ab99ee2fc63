// The size cap of a report: a report over REPORT_CAP_MB fails the build, naming the cell whose
// outputs weigh the most (a cell that displays a whole table or an uncapped chart). Pure.
import { text } from '../messages';
import type { Notebook } from '../report/page';

/** The largest report a build publishes, in MB (10⁶ bytes): it must open quickly and travel by e-mail. */
export const REPORT_CAP_MB = 10;

/** The message for an oversized report, or undefined when `html` is within `capMb`. */
export function oversized(report: string, html: string, notebook: string, book: Notebook, capMb = REPORT_CAP_MB): string | undefined {
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes <= capMb * 1e6) return undefined;
  let cell = 0;
  let most = -1;
  book.cells.forEach((c, i) => {
    const size = Buffer.byteLength(JSON.stringify(c.outputs ?? []), 'utf8');
    if (size > most) {
      most = size;
      cell = i + 1;
    }
  });
  return text.reportTooLarge(report, bytes / 1e6, capMb, notebook, cell, most / 1e6);
}
