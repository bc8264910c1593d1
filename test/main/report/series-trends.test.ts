import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { assembleReport } from '../../../src/main/report/data';
import { ReportRenderer } from '../../../src/main/report/render';
import { REPORT_SECTIONS, type ReportOptions } from '../../../src/main/report/types';
import { call, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { trendSeries, viaCore } from '../../helpers/trend-series';
import { columnDate, longDate } from '../../../src/main/report/series-trends';
import { reportLocale } from '../../../src/main/report/locale';
import { flat, pageTexts, pageWith, savePdf } from './pdf-tools';

// A series workshop's report (issue #18): "Since last time" on the cover and the trends chapter, rendered to a
// real PDF and read back with pdftotext. TREND_PNG_DIR=<dir> also writes its pages as PNGs to look at.

const renderer = new ReportRenderer();
const dir = tempDir();
const FULL: ReportOptions = { paper: 'a4', sections: REPORT_SECTIONS };
afterAll(() => renderer.close());
/** A date as the series' reports write it (the locale follows the workshop's currency: see report/locale.ts). */
let day = (iso: string) => iso;
let column = (iso: string) => iso;
const useLocaleOf = (core: Core, workshopId: string) => {
  const locale = reportLocale(call(core, 'workshop:get', { id: workshopId }).workshop);
  day = (iso) => longDate(locale, iso);
  column = (iso) => columnDate(locale, iso, false);
};

async function pdfPages(core: Core, workshopId: string, name: string) {
  const data = core.transact('report', (ctx) => assembleReport(ctx, workshopId, FULL));
  if (!data.ok) throw new Error(data.error.message);
  const { pdf } = await renderer.render(data.value);
  const file = savePdf(pdf, dir, name);
  const out = process.env.TREND_PNG_DIR;
  if (out) execFileSync('pdftoppm', ['-png', '-r', process.env.TREND_PNG_DPI ?? '70', '-l', '3', file, `${out}/${name.replace('.pdf', '')}`]);
  return { data: data.value, pages: pageTexts(file) };
}

describe('the report of a workshop in a series', () => {
  it('the third workshop: the sentence on the cover, and the gaps and the card per workshop in the trends chapter', async () => {
    const core = testCore();
    const { workshops } = await trendSeries(viaCore(core));
    useLocaleOf(core, workshops[2]!.id);
    const { data, pages } = await pdfPages(core, workshops[2]!.id, 'third.pdf');
    // The date in the report's locale: "17 March 2027" (en-GB) or "March 17, 2027" (en-US).
    const sentence = `Since ${day('2027-03-17')}, the gap on “We agree on what a qualified lead is” narrowed from 1.2 to 0.6; “Downloaded a whitepaper” is still 40 of 100 apart.`;
    expect(data.series?.sinceLastTime).toBe(sentence);
    expect(flat(pages[0]!)).toContain('Since last time');
    expect(flat(pages[0]!)).toContain(sentence);
    const at = pageWith(pages, 'Alignment pulse: the gap between');
    expect(at).toBeGreaterThan(1);
    const chapter = pages.slice(at - 1).join('\n');
    // One row per statement: the statement, then 1.8, 1.2 and 0.6 under the three dates, then the way it went.
    expect(flat(chapter)).toContain(`Statement ${column('2027-03-03')} ${column('2027-03-17')} ${column('2027-03-31')} Last change`);
    expect(flat(chapter)).toContain('the latest on the right (all in 2027).');
    expect(chapter).toMatch(/We agree on what a qualified lead is\.\s+1\.8\s+1\.2\s+0\.6\s+narrowed/);
    expect(chapter).toMatch(/I trust the other team’s numbers\.\s+1\.0\s+1\.0\s+1\.0\s+unchanged/);
    expect(chapter).toMatch(/Downloaded a whitepaper\s+80\s+40\s+40\s+unchanged/);
    // Nothing committed in these three: a line, not a table of zeros.
    expect(flat(chapter)).toContain('No commitments have been made in this series yet, so there is no follow-through to show.');
    expect(flat(chapter)).not.toContain('Commitments made in each workshop');
    core.close();
  }, 60_000);

  it('the first workshop says there is nothing earlier; hidden splits are written as hidden', async () => {
    const core = testCore();
    const { workshops } = await trendSeries(viaCore(core));
    call(core, 'workshop:update', { id: workshops[1]!.id, patch: { anonymityThreshold: 6 } });
    useLocaleOf(core, workshops[1]!.id);
    const first = await pdfPages(core, workshops[0]!.id, 'first.pdf');
    expect(flat(first.pages[0]!)).toContain('This is the first workshop of the series “ACME alignment 2027”: there is nothing earlier to compare with yet.');
    const second = await pdfPages(core, workshops[1]!.id, 'second.pdf');
    expect(flat(second.pages[0]!)).toContain(
      `Since ${day('2027-03-03')}, the pulse gaps cannot be compared, as a team’s answers were too few to show on their own (anonymity threshold).`,
    );
    const chapter = second.pages.slice(pageWith(second.pages, 'Alignment pulse: the gap between') - 1).join('\n');
    expect(chapter).toMatch(/We agree on what a qualified lead is\.\s+1\.8\s+hidden/);
    expect(chapter).toMatch(/Downloaded a whitepaper\s+80\s+hidden/);
    // Never the hidden teams' means: 4.0 and 2.8 appear nowhere in the second report's trends.
    expect(flat(chapter)).not.toMatch(/\b1\.2\b/);
    core.close();
  }, 60_000);

  it('a workshop in no series has neither the sentence nor the chapter', async () => {
    const core = testCore();
    const alone = call(core, 'workshop:create', { title: 'On its own' });
    const { data, pages } = await pdfPages(core, alone.id, 'alone.pdf');
    expect(data.series).toBeNull();
    expect(flat(pages.join('\n'))).not.toMatch(/Since last time|Trends across the series/);
    core.close();
  }, 60_000);
});
