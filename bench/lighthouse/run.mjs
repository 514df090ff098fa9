// Runs Lighthouse RUNS times per page (default 3) and prints, for each page, the
// run with the median performance score; the full reports are left in a
// temporary folder (named at the end) for a closer look.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const base = process.argv[2];
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ungstemme-lighthouse-'));
const lighthouse = path.join(path.dirname(new URL(import.meta.url).pathname), 'node_modules/.bin/lighthouse');

// A survey to open: started like a phone does, without following the redirect.
const start = await fetch(`${base}/j/SVAR25/start`, { method: 'POST', redirect: 'manual' });
const token = start.headers.get('location').split('/')[2];
const pages = {
  front: '/',
  join: '/j/SVAR25',
  'question (choice)': `/r/${token}/q/1`,
  'question (text)': `/r/${token}/q/4`,
  'about you': `/r/${token}/about`,
  'what we heard': '/heard',
  accessibility: '/tilgjengelighet',
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('| page | performance (median; range) | accessibility | best practices | FCP | LCP | TBT | CLS | transferred | requests |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
const runs = Number(process.env.RUNS ?? 3);
function lighthouseRun(name, p, n) {
  const file = path.join(out, `${name.replace(/\W+/g, '-')}-${n}.json`);
  execFileSync(lighthouse, [
    `${base}${p}`,
    '--quiet',
    '--output=json',
    `--output-path=${file}`,
    '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--extra-headers={"Accept-Language":"nb-NO,nb;q=0.9"}',
  ], { stdio: ['ignore', 'ignore', 'inherit'] });
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
// ONLY=join,about… limits the run to those pages (names start with these words).
const only = (process.env.ONLY || '').split(',').filter(Boolean);
for (const [name, p] of Object.entries(pages)) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const all = Array.from({ length: runs }, (_, n) => lighthouseRun(name, p, n));
  all.sort((x, y) => x.categories.performance.score - y.categories.performance.score);
  const r = all[Math.floor(all.length / 2)];
  const range = `${Math.round(all[0].categories.performance.score * 100)}–${Math.round(all[all.length - 1].categories.performance.score * 100)}`;
  const score = (c) => Math.round(r.categories[c].score * 100);
  const a = r.audits;
  const items = a['network-requests'].details.items;
  const transferred = items.reduce((sum, i) => sum + (i.transferSize || 0), 0);
  console.log(
    `| ${name} | ${score('performance')} (${range}) | ${score('accessibility')} | ${score('best-practices')} | ` +
      `${a['first-contentful-paint'].displayValue} | ${a['largest-contentful-paint'].displayValue} | ` +
      `${a['total-blocking-time'].displayValue} | ${a['cumulative-layout-shift'].displayValue} | ` +
      `${kb(transferred)} | ${items.length} |`,
  );
  const failed = ['accessibility', 'best-practices']
    .flatMap((c) => r.categories[c].auditRefs)
    .filter((ref) => ref.weight > 0 && a[ref.id].score !== null && a[ref.id].score < 1)
    .map((ref) => ref.id);
  if (failed.length) console.log(`|   not passed: ${failed.join(', ')} |`);
}
console.log(`\nReports: ${out}`);
