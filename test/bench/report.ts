// npm run bench:report [-- --out DIR] [-- --langs de,fr,es]
// The full report (embedded fonts, every exercise answered, full appendix)
// for a synthetic full-day workshop with 10 and with 40 people, rendered in
// the worker thread as the app does. Prints, as its last line:
// report: pages_10=P1 pages_40=P2 seconds_10=S1 seconds_40=S2 per_page_ratio=R cold_seconds_40=C stall_ms=T align_pages_40=AP align_seconds_40=AS
//
// align: the built-in alignment day for 40 people, every exercise answered, so
// every chart the report draws is in it (friction heatmap, divergence bars,
// KPI owners, the pay curve and each deal pattern); warm median, like seconds_40.
// seconds: medians of warm renders (data gathered from SQLite + Typst layout
// + PDF), each with Typst's memo cache emptied first so nothing is reused
// from the previous render. cold: the first 40-person render in this fresh
// process (worker start, compiler and fonts loaded). stall: the longest gap
// between ticks of a 1 ms timer on the main thread while reports render
// (gathering the data runs on the main thread in short steps; Typst runs in
// the worker). On a busy 2-core machine the OS alone can pause a thread for
// tens of milliseconds: BENCH_VERBOSE=1 prints every run.
// Languages (#19): then the same reports in German, French and Spanish (3 warm runs each), one
// line per language (report[de]: …) after English's (report[en]: …), before the last line.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openCore } from '../../src/main/core';
import { assembleReportAsync } from '../../src/main/report/data';
import { ReportRenderer } from '../../src/main/report/render';
import { REPORT_SECTIONS, type PaperSize } from '../../src/main/report/types';
import { syntheticFullDay } from '../helpers/workshop-fill';
import { answeredAlignmentDay } from '../main/export/alignment-day-fill';
import { isLocale, type Locale } from '../../src/shared/locale';

const WARM_RUNS = 5;
const args = process.argv.slice(2);
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;

const dir = mkdtempSync(join(tmpdir(), 'cg-bench-report-'));
let t = Date.parse('2026-12-03T09:00:00.000Z');
const core = openCore({ dataDir: dir, mode: 'browser', version: 'bench', now: () => new Date(t) });
const clock = { advance: (ms: number) => (t += ms) };
const ids: Record<10 | 40 | 'align', string> = { 10: syntheticFullDay(core, 10, clock), 40: syntheticFullDay(core, 40, clock, 12), align: '' };
const renderer = new ReportRenderer();

// A full collection before each watched render, so the garbage of building the test workshops
// (46 MB for the 40-person alignment day, a 21 ms mark-compact under --trace-gc) is not charged
// to the report. What the render itself allocates is still collected while it is watched.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Longest main-thread pause while fn runs. */
async function watchStall<T>(fn: () => Promise<T>, settleMs = 20): Promise<{ value: T; stall: number }> {
  collectGarbage();
  await new Promise((r) => setTimeout(r, settleMs));
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  try {
    const value = await fn();
    worst = Math.max(worst, performance.now() - last);
    return { value, stall: worst };
  } finally {
    clearInterval(timer);
  }
}

async function renderOnce(n: 10 | 40 | 'align', paper: PaperSize = 'a4', fresh = true) {
  const start = performance.now();
  const data = await assembleReportAsync(core, ids[n], { paper, sections: REPORT_SECTIONS });
  if (!data.ok) throw new Error(data.error.message);
  const out = await renderer.render(data.value, { fresh });
  return { ...out, seconds: (performance.now() - start) / 1000 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

let stall = 0;
const cold = await watchStall(() => renderOnce(40), 300);
stall = Math.max(stall, cold.stall);
console.log(
  `cold 40: ${cold.value.seconds.toFixed(2)} s (${cold.value.pages} pages, compiler and fonts ${cold.value.loadMs.toFixed(0)} ms, stall ${cold.stall.toFixed(0)} ms)`,
);

const runs: Record<10 | 40, { seconds: number; pages: number; size: number }[]> = { 10: [], 40: [] };
for (let i = 0; i < WARM_RUNS; i++) {
  for (const n of [10, 40] as const) {
    const r = await watchStall(() => renderOnce(n));
    stall = Math.max(stall, r.stall);
    if (process.env.BENCH_VERBOSE) console.log(`  ${n}: ${r.value.seconds.toFixed(2)} s, stall ${r.stall.toFixed(0)} ms`);
    runs[n].push({ seconds: r.value.seconds, pages: r.value.pages, size: r.value.pdf.length });
    if (outDir && i === 0) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, `report-${n}.pdf`), r.value.pdf);
    }
  }
}
// The alignment day is built only now, so the figures above are measured as they always were.
ids.align = answeredAlignmentDay(core, 40, clock);
const align: { seconds: number; pages: number }[] = [];
for (let i = 0; i < WARM_RUNS; i++) {
  const r = await watchStall(() => renderOnce('align'), i === 0 ? 300 : 20);
  stall = Math.max(stall, r.stall);
  if (process.env.BENCH_VERBOSE) console.log(`  align: ${r.value.seconds.toFixed(2)} s, stall ${r.stall.toFixed(0)} ms`);
  align.push({ seconds: r.value.seconds, pages: r.value.pages });
  if (outDir && i === 0) writeFileSync(join(outDir, 'report-align-40.pdf'), r.value.pdf);
}
const letter = await renderOnce(40, 'us-letter');
if (outDir) writeFileSync(join(outDir, 'report-40-letter.pdf'), letter.pdf);

// Every language (#19): the same workshops with their language switched, warm medians of the
// 10- and 40-person days and the alignment day, next to English. --langs de,fr picks some.
const LANG_RUNS = 3;
const langs = (args.includes('--langs') ? args[args.indexOf('--langs') + 1]!.split(',') : ['de', 'fr', 'es']).filter(
  (l): l is Locale => isLocale(l) && l !== 'en',
);
const perLanguage: string[] = [];
for (const language of langs) {
  for (const id of Object.values(ids)) core.dispatch('workshop:update', { id, patch: { language } });
  const figures: Record<10 | 40 | 'align', { seconds: number[]; pages: number }> = {
    10: { seconds: [], pages: 0 },
    40: { seconds: [], pages: 0 },
    align: { seconds: [], pages: 0 },
  };
  for (let i = 0; i < LANG_RUNS; i++) {
    for (const n of [10, 40, 'align'] as const) {
      const r = await watchStall(() => renderOnce(n));
      stall = Math.max(stall, r.stall);
      figures[n].seconds.push(r.value.seconds);
      figures[n].pages = r.value.pages;
      if (outDir && i === 0) writeFileSync(join(outDir, `report-${n}-${language}.pdf`), r.value.pdf);
    }
  }
  perLanguage.push(
    `report[${language}]: pages_10=${figures[10].pages} pages_40=${figures[40].pages} seconds_10=${median(figures[10].seconds).toFixed(2)} seconds_40=${median(figures[40].seconds).toFixed(2)} align_pages_40=${figures.align.pages} align_seconds_40=${median(figures.align.seconds).toFixed(2)}`,
  );
}
for (const id of Object.values(ids)) core.dispatch('workshop:update', { id, patch: { language: 'en' } });

const p10 = runs[10][0]!.pages;
const p40 = runs[40][0]!.pages;
const s10 = median(runs[10].map((r) => r.seconds));
const s40 = median(runs[40].map((r) => r.seconds));
const ratio = s40 / p40 / (s10 / p10);
console.log(`10 people: ${p10} pages, ${(runs[10][0]!.size / 1024).toFixed(0)} KiB, runs ${runs[10].map((r) => r.seconds.toFixed(2)).join(' ')}`);
console.log(`alignment day, 40 people: ${align[0]!.pages} pages, runs ${align.map((r) => r.seconds.toFixed(2)).join(' ')}`);
console.log(
  `40 people: ${p40} pages, ${(runs[40][0]!.size / 1024).toFixed(0)} KiB, runs ${runs[40].map((r) => r.seconds.toFixed(2)).join(' ')}; US Letter ${letter.pages} pages`,
);

await renderer.close();
core.close();
console.log(
  `report[en]: pages_10=${runs[10][0]!.pages} pages_40=${runs[40][0]!.pages} seconds_10=${median(runs[10].map((r) => r.seconds)).toFixed(2)} seconds_40=${median(runs[40].map((r) => r.seconds)).toFixed(2)} align_pages_40=${align[0]!.pages} align_seconds_40=${median(align.map((r) => r.seconds)).toFixed(2)}`,
);
for (const line of perLanguage) console.log(line);
rmSync(dir, { recursive: true, force: true });
console.log(
  `report: pages_10=${p10} pages_40=${p40} seconds_10=${s10.toFixed(2)} seconds_40=${s40.toFixed(2)} per_page_ratio=${ratio.toFixed(2)} cold_seconds_40=${cold.value.seconds.toFixed(2)} stall_ms=${Math.round(stall)} align_pages_40=${align[0]!.pages} align_seconds_40=${median(align.map((r) => r.seconds)).toFixed(2)}`,
);
