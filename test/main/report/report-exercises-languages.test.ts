import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import type { Locale } from '../../../src/shared/locale';
import { assembleReport } from '../../../src/main/report/data';
import { ReportRenderer } from '../../../src/main/report/render';
import { REPORT_SECTIONS, type ReportData } from '../../../src/main/report/types';
import { buildDeck } from '../../../src/main/export/pptx/deck';
import { responsesCsv } from '../../../src/main/export/csv';
import { call, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { everyKindAnswered } from '../export/every-kind-fill';

// Issue #19: the nine exercises beyond the kickoff (persona, buying map, comp, retro, pulse, review,
// messaging, dot vote, ranking) in the workshop's language: their report sections, the appendix's
// answers in words, the chart percentages and the PowerPoint deck. One workshop with every kind
// answered, its language set to German (or French); the PDF is read back with pdftotext.

const NINE = ['persona', 'buyingmap', 'comp', 'retro', 'pulse', 'review', 'messaging', 'dotvote', 'ranking'];

/** The report's own English words in these sections (headings, columns, sentences, appendix words): none may be left. */
const ENGLISH = [
  // persona
  'the one-page persona',
  'Every note: dots',
  'Sales picked',
  // buying map
  'Where deals get stuck',
  'Buyer’s goal',
  'Typical days',
  'Worst friction',
  // comp
  'The plan:',
  'On-target earnings',
  'Commission rate',
  'Quota attainment',
  'Pay for the year',
  'on the last day',
  'deal closed today pays',
  'Twelve paychecks',
  'The deal patterns shown',
  'of which variable',
  'So what for marketing',
  'a year',
  // retro
  'Where we start: dots per theme',
  'Every card, by question',
  'Trust: the room chose',
  // pulse
  'Statement set version',
  'Mean rating per statement',
  'people answered',
  // review
  'Commitments from earlier workshops',
  'Carried to next time',
  // messaging
  'What we heard before',
  'Top messages, with each team’s votes',
  'Messages only one team voted for',
  'Both teams chose',
  // dot vote
  'Dots per option',
  'people voted',
  'dots placed',
  'Top priority',
  'of all dots',
  // ranking
  'Room ranking from',
  'Points per option',
  'Ranked first',
  'first place gets',
];

/** The same words in the appendix and the CSV (describeResponse). */
const ENGLISH_ANSWERS = [
  'Card',
  'Note',
  'Vote: ',
  'Theme: ',
  'Order',
  'Message',
  'voted',
  ' dots',
  ' dot',
  'Strongly agree',
  'Job shadowing',
  'One thing I will do',
];

const renderer = new ReportRenderer();
afterAll(() => renderer.close());

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** Every string the sections of these kinds say (titles, columns, labels, rows, findings). */
function blockText(built: Built, kinds: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'type' && k !== 'tone' && k !== 'kind' && k !== 'team') walk(x);
  };
  for (const s of built.sections.filter((x) => kinds.includes(x.kind))) walk(s.blocks);
  return out;
}

interface Built {
  data: ReportData;
  /** Each section with its activity's kind (the review's from a workshop of its own). */
  sections: { kind: string; blocks: ReportData['activities'][number]['blocks'] }[];
  text: string;
  csv: string;
  deckText: string;
}

async function pdfText(data: ReportData, name: string): Promise<string> {
  const { pdf } = await renderer.render(data);
  const file = join(tempDir(), `${name}.pdf`);
  writeFileSync(file, pdf);
  // To look at the pages: REPORT_PDF_DIR=/tmp/x npx vitest run <this file>, then pdftoppm.
  if (process.env.REPORT_PDF_DIR) writeFileSync(join(process.env.REPORT_PDF_DIR, `${name}.pdf`), pdf);
  return flat(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}

function report(core: Core, workshopId: string, language: Locale) {
  call(core, 'workshop:update', { id: workshopId, patch: { language } });
  const kinds = call(core, 'workshop:get', { id: workshopId }).activities.map((a) => a.kind);
  const data = core.transact('report', (ctx) => assembleReport(ctx, workshopId, { paper: 'a4', sections: REPORT_SECTIONS }));
  if (!data.ok) throw new Error(data.error.message);
  return { data: data.value, sections: data.value.activities.map((a) => ({ kind: kinds[a.number - 1]!, blocks: a.blocks })) };
}

/** A review of two commitments carried over from an earlier workshop, one done and one partly done, run for ten minutes. */
function reviewWorkshop(core: Core, clock: { advance(ms: number): void }): string {
  const w = call(core, 'workshop:create', { title: 'Review' });
  const review = call(core, 'activity:add', { workshopId: w.id, kind: 'review' });
  call(core, 'run:start', { workshopId: w.id });
  const from = { workshopId: 'earlier', title: 'Kickoff', date: '2026-11-02' };
  const item = (id: string, what: string, status: 'done' | 'partly') => ({
    id,
    kind: 'action' as const,
    what,
    owner: 'Ana',
    due: '2026-11-30',
    from,
    before: null,
    status,
    reason: '',
  });
  const items = [item('action:a1', 'Lead-Definition verschicken', 'done'), item('action:a2', 'Wöchentliches Treffen', 'partly')];
  call(core, 'run:setBoard', { activityId: review.id, board: { items } });
  clock.advance(10 * 60_000);
  call(core, 'run:end', { workshopId: w.id });
  return w.id;
}

async function built(language: Locale): Promise<Built> {
  const clock = manualClock('2026-12-15T08:00:00.000Z');
  const core = testCore(tempDir(), clock.now);
  const { workshopId } = everyKindAnswered(core, clock);
  const main = report(core, workshopId, language);
  const csv = core.transact('csv', (ctx) => responsesCsv(ctx, workshopId));
  if (!csv.ok) throw new Error(csv.error.message);
  const review = report(core, reviewWorkshop(core, clock), language);
  core.close();
  const text = `${await pdfText(main.data, `exercises-${language}`)} ${await pdfText(review.data, `review-${language}`)}`;
  const deck = await JSZip.loadAsync(await buildDeck({ data: main.data, notes: new Map() }));
  const xml = await Promise.all(
    Object.keys(deck.files)
      .filter((n) => /^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/.test(n))
      .map((n) => deck.file(n)!.async('string')),
  );
  const deckText = xml.map((x) => [...x.matchAll(/<(?:a|c):(?:t|v)>([^<]*)<\/(?:a|c):(?:t|v)>/g)].map((m) => m[1]!).join(' ')).join('\n');
  return { data: main.data, sections: [...main.sections, ...review.sections], text, csv: csv.value, deckText };
}

function noEnglishIn(strings: readonly string[], words: readonly string[]) {
  for (const word of words) {
    const found = strings.filter((s) => s.includes(word));
    expect(found, word).toEqual([]);
  }
}

describe('the nine exercises in a German report', () => {
  let report: Built;
  let data: ReportData;
  let text = '';
  let csv = '';
  let deckText = '';
  beforeAll(async () => {
    report = await built('de');
    ({ data, text, csv, deckText } = report);
  }, 180_000);

  it('has every one of the nine in the report, answered', () => {
    for (const kind of NINE)
      expect(
        report.sections.some((s) => s.kind === kind && s.blocks.length > 1),
        kind,
      ).toBe(true);
  });

  it('writes their headings, columns and findings in German', () => {
    for (const heading of [
      'Punkte pro Option (Teambalken: Anteil',
      'Punkte pro Option (Teambalken: Punkte des Teams',
      'Ranking des Raums aus',
      'Durchschnittliche Bewertung pro Aussage',
      'Wo Deals hängen bleiben',
      'Der Plan:',
      'Zwölf Gehaltsabrechnungen',
      'Zusagen aus früheren Workshops',
      'Kontaktpunkte',
    ]) {
      expect(text, heading).toContain(heading);
    }
  });

  it('leaves no English of its own in those sections, the PDF included', () => {
    noEnglishIn(blockText(report, NINE), ENGLISH);
    noEnglishIn([text], ENGLISH);
  });

  it('writes numbers and percentages as de-DE does', () => {
    // The pulse's means with a decimal comma, the dot vote's share with a no-break space, the template's percentages
    // (the pay chart's ticks, the bars' team shares) the same way: "50 %", never "50 %" next to "50 %".
    const pulse = blockText(report, ['pulse']).join(' ');
    expect(pulse).toMatch(/\d,\d/);
    expect(pulse).not.toMatch(/\b\d\.\d\b/);
    expect(blockText(report, ['dotvote']).join(' ')).toMatch(/\d\u00a0% aller Punkte/);
    expect(data.words.percent).toBe('\u00a0%');
    expect(text).toMatch(/\b50 %/);
  });

  it('says the answers in German in the appendix and the CSV', () => {
    const answers = data.appendix.tables.flatMap((t) => [...t.rows.flatMap((r) => [r.item, r.value]), ...t.counts.flatMap((c) => [c.item, c.value])]);
    expect(answers.length).toBeGreaterThan(0);
    const words = answers.filter((s) => ENGLISH_ANSWERS.some((w) => s === w || s.startsWith(w) || (w.startsWith(' ') && s.endsWith(w))));
    expect(words).toEqual([]);
    expect(answers).toContain('Karte');
    expect(csv).toContain('Karte');
    expect(csv).not.toMatch(/,Card,/);
  });

  it('makes the PowerPoint deck in German', () => {
    expect(deckText).toContain('Zusammenfassung');
    for (const english of ['Summary', 'Facilitated by', 'made in the workshop', 'Everyone, %', 'more in the PDF report', 'Agreed:', 'Gap:', 'Insight:']) {
      expect(deckText, english).not.toContain(english);
    }
  });
});

describe('the nine exercises in a French report', () => {
  let report: Built;
  let text = '';
  beforeAll(async () => {
    report = await built('fr');
    ({ text } = report);
  }, 180_000);

  it('has their headings in French and no English of their own', () => {
    for (const heading of ['Points par option', 'Le plan :', 'Engagements des ateliers précédents']) expect(text, heading).toContain(heading);
    noEnglishIn(blockText(report, NINE), ENGLISH);
  });
});
