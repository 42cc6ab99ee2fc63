// The ClaimReview JSON-LD that the build wrote (data/processed/claimreview.jsonld), as a
// <script type="application/ld+json"> data block for report 02. A data block is never run, so
// the reports' Content-Security-Policy (script hashes only) leaves it alone. Reads only.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLAIMREVIEW_FILE } from '../processed/claimreview';
import { jsonForScript } from '../report/html';
import { processedDir } from './data';

export function claimReviewScript(): string {
  const doc = JSON.parse(fs.readFileSync(path.join(processedDir(), CLAIMREVIEW_FILE), 'utf8')) as unknown;
  return `<script type="application/ld+json">${jsonForScript(doc)}</script>`;
}
