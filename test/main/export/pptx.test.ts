import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import type { ExportedFile } from '../../../src/shared/export';
import type { Activity } from '../../../src/shared/domain';
import { manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { answeredAlignmentDay } from './alignment-day-fill';

// The PowerPoint export of key results: one slide per activity outcome, native
// charts, the facilitator's notes as speaker notes, the same names rule as the
// report, and a file LibreOffice opens without repair.

const NOTE = 'Ask Sales first, then Marketing: where do their piles differ most?';

let deck: Buffer;
let file: ExportedFile;
let activities: Activity[];
let slideTexts: string[];
let notesTexts: string[];
let chartXml: string[];

/** The text runs of a slide's XML, in order. */
const textOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!).join(' ');
const byNumber = (a: string, b: string) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]);

beforeAll(async () => {
  const clock = manualClock('2026-12-03T08:00:00.000Z');
  const core = testCore(tempDir(), clock.now);
  const backend = createBackend(core);
  const id = answeredAlignmentDay(core, 12, clock);
  const detail = core.dispatch('workshop:get', { id });
  if (!detail.ok) throw new Error(detail.error.message);
  activities = (detail.value as { activities: Activity[] }).activities;
  const sort = activities.find((a) => a.kind === 'leadsort')!;
  const noted = core.dispatch('activity:update', { id: sort.id, patch: { notes: NOTE } });
  if (!noted.ok) throw new Error(noted.error.message);
  const r = await backend.invoke('export:prepare', { workshopId: id, format: 'pptx' });
  if (!r.ok) throw new Error(r.error.message);
  file = r.value as ExportedFile;
  deck = backend.exports.get(file.exportId)!.body;
  const zip = await JSZip.loadAsync(deck);
  const read = async (re: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((n) => re.test(n))
        .sort(byNumber)
        .map((n) => zip.file(n)!.async('string')),
    );
  slideTexts = (await read(/^ppt\/slides\/slide\d+\.xml$/)).map(textOf);
  notesTexts = (await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).map(textOf);
  chartXml = await read(/^ppt\/charts\/chart\d+\.xml$/);
}, 120_000);

describe('PowerPoint export of key results', () => {
  it('is a .pptx named after the workshop', () => {
    expect(file.fileName).toBe('alignment-day-12-people-results.pptx');
    expect(file.mime).toContain('presentationml');
    expect(deck.subarray(0, 2).toString()).toBe('PK');
  });

  it('has a title, a summary, one slide per activity outcome and the commitments', () => {
    const withOutcome = activities.filter((a) => a.kind !== 'slide' && a.kind !== 'break');
    expect(withOutcome.length).toBeGreaterThan(5);
    expect(slideTexts[0]).toContain('Alignment day (12 people)');
    expect(slideTexts[1]).toContain('Summary');
    for (const a of withOutcome) {
      const slides = slideTexts.filter((t) => t.includes(`${activities.indexOf(a) + 1}. ${a.title}`));
      expect(slides, a.title).toHaveLength(1);
    }
    for (const a of activities.filter((x) => x.kind === 'slide' || x.kind === 'break')) {
      expect(
        slideTexts.some((t) => t.includes(`${activities.indexOf(a) + 1}. ${a.title}`)),
        a.title,
      ).toBe(false);
    }
    const commitmentSlides = slideTexts.filter((t) => t.startsWith('Commitments'));
    expect(commitmentSlides.length).toBeGreaterThan(0);
    expect(slideTexts.slice(-commitmentSlides.length)).toEqual(commitmentSlides);
    expect(slideTexts).toHaveLength(2 + withOutcome.length + commitmentSlides.length);
  });

  it('lists every commitment, over more than one slide when they do not fit one', () => {
    const commitments = slideTexts.filter((t) => t.startsWith('Commitments')).join(' ');
    for (let i = 1; i <= 6; i++) expect(commitments).toContain(`Action ${i}: `);
    expect(commitments).toContain('Job shadowing: Person 1 (Sales) and Person 2 (Marketing)');
    expect(commitments).not.toContain('more in the PDF report');
  });

  it("puts the facilitator's notes in the speaker notes of that activity's slide", () => {
    const sort = activities.find((a) => a.kind === 'leadsort')!;
    const index = slideTexts.findIndex((t) => t.includes(`${activities.indexOf(sort) + 1}. ${sort.title}`));
    expect(index).toBeGreaterThan(1);
    expect(notesTexts.join('\n')).toContain(NOTE);
  });

  it('draws charts as native PowerPoint charts, with a series per team', () => {
    expect(chartXml.length).toBeGreaterThan(0);
    // 12 people: Sales 5, Marketing 6, Other 1. Other's split is hidden (1 < 3), and Sales' too, or the
    // total minus the shown teams would give the Other person's answers away: only Marketing has a series.
    expect(chartXml.some((x) => x.includes('Marketing (n='))).toBe(true);
    expect(chartXml.some((x) => x.includes('Sales (n=') || x.includes('Other (n='))).toBe(false);
  });

  it('shows names only where the activity is Named (the commitments), never on anonymous or team-only outcomes', () => {
    const named = slideTexts.filter((t) => / · Named /.test(t) || t.startsWith('Commitments'));
    expect(named.length).toBeGreaterThan(0);
    expect(named.join(' ')).toMatch(/Person \d+/);
    for (const t of slideTexts.filter((x) => !named.includes(x))) expect(t).not.toMatch(/Person \d+/);
  });

  it('opens in LibreOffice without repair: converted to PDF with one page per slide', () => {
    const dir = tempDir();
    const input = join(dir, 'deck.pptx');
    writeFileSync(input, deck);
    const profile = join(dir, 'lo-profile');
    mkdirSync(profile);
    const log = execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(log).toMatch(/convert .*deck\.pptx -> .*deck\.pdf/);
    const pdf = join(dir, 'deck.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBe(slideTexts.length);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const sort = activities.find((a) => a.kind === 'leadsort')!;
    expect(text).toContain(sort.title);
  }, 120_000);
});

describe('a branded deck', () => {
  /** A 40 × 20 PNG, made by the test so its size is known. */
  async function logoPng(): Promise<string> {
    const { PNG } = await import('pngjs');
    const png = new PNG({ width: 40, height: 20 });
    png.data.fill(0x80);
    return PNG.sync.write(png).toString('base64');
  }

  async function brandedDeck(accent: string): Promise<{ slides: string[]; media: string[] }> {
    const clock = manualClock('2026-12-03T08:00:00.000Z');
    const core = testCore(tempDir(), clock.now);
    const backend = createBackend(core);
    const id = answeredAlignmentDay(core, 6, clock);
    for (const [op, input] of [
      ['workshop:update', { id, patch: { clientName: 'ACME Robotics', accent } }],
      ['workshop:setLogo', { id, base64: await logoPng() }],
    ] as const) {
      const r = core.dispatch(op, input as never);
      if (!r.ok) throw new Error(r.error.message);
    }
    const r = await backend.invoke('export:prepare', { workshopId: id, format: 'pptx' });
    if (!r.ok) throw new Error(r.error.message);
    const zip = await JSZip.loadAsync(backend.exports.get((r.value as ExportedFile).exportId)!.body);
    const names = Object.keys(zip.files);
    const slides = await Promise.all(
      names
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .sort(byNumber)
        .map((n) => zip.file(n)!.async('string')),
    );
    return { slides, media: names.filter((n) => n.startsWith('ppt/media/')) };
  }

  /** Colours used for text: inside a run's properties. */
  const textColours = (xml: string) =>
    [...xml.matchAll(/<a:rPr[^>]*>(.*?)<\/a:rPr>/gs)].flatMap((m) => [...m[1]!.matchAll(/srgbClr val="([0-9A-F]{6})"/g)].map((c) => c[1]!));

  it("carries the client's name, logo and a dark accent, used for text too", async () => {
    const { slides, media } = await brandedDeck('#0b5d3b');
    expect(textOf(slides[0]!)).toContain('Prepared for ACME Robotics');
    expect(media.some((n) => n.endsWith('.png'))).toBe(true);
    expect(slides[0]).toContain('<p:pic>');
    expect(slides.every((x) => x.includes('0B5D3B'))).toBe(true);
    expect(textColours(slides[0]!)).toContain('0B5D3B');
    expect(textOf(slides[2]!)).toContain('ACME Robotics');
  }, 60_000);

  it('uses a light accent that fails 4.5:1 on white only for lines and bars, never for text', async () => {
    const { slides } = await brandedDeck('#ffd700');
    expect(slides.every((x) => x.includes('FFD700'))).toBe(true);
    for (const x of slides) expect(textColours(x)).not.toContain('FFD700');
    // Table headers (white text on the accent) keep the report's own colour.
    expect(slides.some((x) => /<a:tcPr[^>]*>.*?4338CA/s.test(x))).toBe(true);
  }, 60_000);
});
