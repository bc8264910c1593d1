import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleReport } from '../../../src/main/report/data';
import { ReportRenderer } from '../../../src/main/report/render';
import { REPORT_SECTIONS, type ReportData } from '../../../src/main/report/types';
import { manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { SKIPPED, TALKED_THROUGH, honestDay, type HonestDay } from './honesty-fixture';
import { colouredShare, filledShapes, flat, pageTexts, pageWith, savePdf } from './pdf-tools';

// The report says what happened, no more: skipped activities in one line and
// counted as skipped, a session nobody answered in one line instead of an
// empty table, a template blank flagged for follow-up, one date style, an
// executive summary that fits one page without cutting a phrase, and charts
// drawn as shapes. Rendered to a real PDF and read back with poppler.

const renderer = new ReportRenderer();
afterAll(() => renderer.close());

describe('an honest report of a day that did not go to plan', () => {
  const dir = tempDir();
  const clock = manualClock('2026-12-15T08:00:00.000Z');
  const core = testCore(tempDir(), clock.now);
  let data: ReportData;
  let day: HonestDay;
  let file = '';
  let pages: string[] = [];
  let all = '';
  const section = (title: string) => {
    const chapter = all.indexOf('What we did and found', all.indexOf('What we did and found') + 1);
    const start = all.indexOf(title, chapter);
    expect(start).toBeGreaterThan(-1);
    const next = all.slice(start + title.length).search(/ \d+\. [A-Z]| Commitments and action items /);
    return all.slice(start, start + title.length + next);
  };

  beforeAll(async () => {
    day = honestDay(core, clock);
    const assembled = core.transact('report', (ctx) => assembleReport(ctx, day.workshopId, { paper: 'a4', sections: REPORT_SECTIONS }));
    if (!assembled.ok) throw new Error(assembled.error.message);
    data = assembled.value;
    file = savePdf((await renderer.render(data)).pdf, dir, 'honest.pdf');
    pages = pageTexts(file);
    all = flat(pages.join(' '));
  }, 60_000);

  it('counts what ran by one stated rule: 7 of 10 activities run; 3 skipped', () => {
    const summary = flat(pages[1]!);
    expect(summary).toContain('7 of 10 activities run; 3 skipped (');
    for (const title of SKIPPED) expect(summary).toContain(title);
    expect(summary).toContain('An activity counts as run when the room spent at least a minute on it or anyone answered; breaks are not counted.');
    expect(data.summary.metrics).toContainEqual({ label: 'activities run', value: '7 of 10' });
    expect(data.summary.metrics).toContainEqual({ label: 'activities skipped', value: '3' });
  });

  it('says in one line that a skipped activity did not run, with no table or chart under it', () => {
    for (const title of SKIPPED) {
      const text = section(title);
      expect(text).toContain('Not run: it was on the screen for less than a minute and nobody answered.');
      expect(text).not.toMatch(/KEY POINTS|Not decided|No cards yet|n=\d/);
    }
    // The agenda says so too.
    expect(flat(pages[2]!)).toContain('Agenda: planned and actual');
    expect(flat(pages[2]!).match(/Skipped/g)).toHaveLength(3);
  });

  it('says in one line that nobody answered in a session that ran, instead of a table of “Not decided”', () => {
    const text = section(`9. ${TALKED_THROUGH}`);
    expect(text).toContain('Ran for 30 minutes; nobody answered');
    expect(text).not.toContain('Not decided');
    expect(text).not.toContain('Our KPIs: owner');
  });

  it('flags the template’s unfilled blank where it stands and lists it to follow up', () => {
    expect(section('6. What makes a quality lead?')).toContain('within ___ TO FILL working hours');
    const followUp = all.slice(all.lastIndexOf('To follow up'));
    // (The table's second column may sit inside the wrapped text.)
    expect(followUp).toContain('Fill in the blank: “Sales follows up a quality lead within ___ TO FILL working');
    expect(followUp).toMatch(/Give “Book the first joint pipeline meeting” an owner and a first (\S+ )*date\./);
    expect(flat(pages[1]!)).toContain('within ___ TO FILL working hours'); // in the summary's list too
    expect(data.followUps.map((u) => u.section)).toContain(6);
  });

  it('prints the definition’s “- ” lines as a list, not as dashes', () => {
    const text = section('6. What makes a quality lead?');
    expect(text).toContain('• Buying timeline is known');
    expect(text).not.toContain('- Buying timeline is known');
  });

  it('writes every date in one style: no ISO date, no long date, the workshop’s locale (US dollars: en-US)', () => {
    const text = pages.join('\n');
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).not.toMatch(
      /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November|December)/,
    );
    const short = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b/g;
    expect(flat(pages[0]!)).toMatch(short); // the cover: "Tue, Dec 15, 2026"
    expect(flat(text).match(short)!.length).toBeGreaterThanOrEqual(5); // cover, commitments, the meeting's first date
    expect(flat(text)).toContain('First on Tue, Jan 19, 2027.');
  });

  it('keeps the executive summary to one page without ending a line on “…”; what does not fit points to its section', () => {
    expect(pageWith(pages, 'Executive summary')).toBe(1); // the cover's contents
    expect(flat(pages[1]!)).toMatch(/^\s*Alignment day, as it went .*Executive summary/);
    expect(flat(pages[2]!)).toContain('Agenda: planned and actual');
    for (const line of pages[1]!.split('\n')) expect(line.trimEnd()).not.toMatch(/…$/);
    // The long definition: whole phrases, then where the rest is.
    expect(flat(pages[1]!)).toMatch(/A quality lead shows one or more of these: Budget is known; .* And \d+ more points: see section 6\./);
  });

  it('shows every deal pattern put on the projector, each with its year, the variable pay and the clawbacks', () => {
    const comp = section('5. Sales compensation 101');
    expect(comp).toContain('The deal patterns shown (2)');
    expect(comp).toContain('Twelve paychecks: “Big deal slips a quarter”');
    expect(comp).toContain('Twelve paychecks: “A customer cancels”');
    // The year, the variable pay as its own figure and the clawbacks, for both patterns (table and figures).
    expect(comp).toContain('Big deal slips a quarter $555,000 $117,000 $57,000 – $99,000');
    expect(comp).toContain('A customer cancels $540,000 $114,000 $54,000 −$6,000 $99,000');
    expect(comp).toContain('Year $540,000 $60,000 −$6,000 $114,000 $99,000');
    expect(comp).toContain('Clawbacks: −$6,000 (May −$6,000).');
    const figures = data.activities.find((a) => a.number === 5)!.blocks.filter((b) => b.type === 'metrics');
    expect(figures.map((b) => (b.type === 'metrics' ? b.items.map((i) => i.value) : []))).toEqual([
      ['$117,000', '$57,000', '$0', '$99,000'],
      ['$114,000', '$54,000', '−$6,000', '$99,000'],
    ]);
  });

  it('draws the friction heatmap and the divergence chart as shapes, not only text', () => {
    const config = (kind: string) =>
      day.activities.find((a) => a.kind === kind)!.config as {
        segments?: { stages: unknown[] }[];
        markers?: unknown[];
        cards?: { text: string }[];
      };
    // The buying map's page: a filled cell per stage and marker at least, and real colour.
    const map = config('buyingmap');
    const mapPage = pageWith(pages, /8\. The buying process, stage by stage Buying-process map/);
    expect(mapPage).toBeGreaterThan(1);
    // Every cell is a filled rectangle, and a marked cell carries a filled pill with the teams' counts.
    expect(filledShapes(file, mapPage, dir)).toBeGreaterThanOrEqual(2 * map.segments![0]!.stages.length * map.markers!.length);
    expect(colouredShare(file, mapPage)).toBeGreaterThan(0.015);
    // The lead sort's "disagree most" page: a bar for how far apart and each team's split, several shapes per card.
    const divPage = pageWith(pages, 'Where Sales and Marketing disagree most');
    const cards = config('leadsort').cards!.filter((c) => flat(pages[divPage - 1]!).includes(c.text.slice(0, 22))).length;
    expect(cards).toBeGreaterThan(3);
    expect(filledShapes(file, divPage, dir)).toBeGreaterThanOrEqual(6 * cards);
    expect(colouredShare(file, divPage)).toBeGreaterThan(0.02);
  });
});
