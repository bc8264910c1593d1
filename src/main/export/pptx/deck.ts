import PptxGenJS from 'pptxgenjs';
import type { ReportActivity, ReportData, ReportFinding } from '../../report/types';
import type { ReportBrand } from '../../services/branding';
import { BOX, COLOR, FONT, paletteFor, type Palette } from './style';
import { COMMITMENT_WIDTHS, commitmentRows, drawVisual, isWide, mainVisual, table } from './outcome';
import { deckWords, type DeckWords } from './deck-words';

// The workshop's key results as a PowerPoint deck for the next leadership
// meeting: a title slide, a summary, one slide per activity outcome (its main
// chart or table as native shapes, the findings beside it, the facilitator's
// notes as speaker notes) and the commitments. Built from the report's data,
// so it shows exactly what the PDF may show (names only for Named activities).

export interface DeckInput {
  data: ReportData;
  /** The facilitator's notes per activity number (1-based), for the speaker notes. */
  notes: ReadonlyMap<number, string>;
  /** The client's name, logo and accent (the title slide, and the accent on every slide). */
  brand?: ReportBrand | null;
}

/** What every slide-making function needs. */
interface Deck {
  pptx: PptxGenJS;
  data: ReportData;
  palette: Palette;
  brand: ReportBrand | null;
  /** The deck's words in the workshop's language. */
  words: DeckWords;
}

export async function buildDeck({ data, notes, brand = null }: DeckInput): Promise<Buffer> {
  const pptx = new PptxGenJS();
  const deck: Deck = { pptx, data, brand, words: deckWords(data), palette: paletteFor(brand?.accent ?? null, brand?.accentForText ?? false) };
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = data.workshop.title;
  if (data.workshop.facilitator) pptx.author = data.workshop.facilitator;
  pptx.company = 'Common Ground';

  titleSlide(deck);
  summarySlide(deck);
  for (const activity of data.activities) {
    if (activity.status === 'not-run') continue;
    const visual = mainVisual(activity.blocks);
    const findings = activity.blocks.filter((b) => b.type === 'finding');
    if (!visual && findings.length === 0) continue;
    activitySlide(deck, activity, notes.get(activity.number) ?? '');
  }
  if (data.commitments.length > 0) commitmentsSlide(deck);

  const out = await pptx.write({ outputType: 'nodebuffer' });
  return Buffer.from(out as Uint8Array);
}

/** A new slide with the accent strip along its top edge. */
function newSlide({ pptx, palette }: Deck): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: '100%', h: 0.12, fill: { color: palette.line }, line: { type: 'none' } });
  return slide;
}

function heading(slide: PptxGenJS.Slide, text: string, sub?: string): void {
  slide.addText(
    [
      { text, options: { fontSize: 30, bold: true, color: COLOR.ink, breakLine: Boolean(sub) } },
      ...(sub ? [{ text: sub, options: { fontSize: 16, color: COLOR.muted } }] : []),
    ],
    { ...BOX.title, fontFace: FONT, valign: 'top', fit: 'shrink' },
  );
}

function footer(slide: PptxGenJS.Slide, { data, brand, words }: Deck): void {
  const parts = [brand?.clientName ?? '', data.workshop.title, data.workshop.dateText, data.partial ? words.interimResults : ''].filter(Boolean);
  slide.addText(parts.join(' · '), { ...BOX.footer, fontFace: FONT, fontSize: 11, color: COLOR.muted });
}

function teamsLine(data: ReportData): string {
  return data.teams.map((t) => `${t.label} ${t.count}`).join(' · ');
}

function titleSlide(deck: Deck): void {
  const { pptx, data, brand, palette, words } = deck;
  const slide = newSlide(deck);
  slide.background = { color: COLOR.tint };
  const w = data.workshop;
  if (brand?.logo) {
    // At most 3 × 1.2 inches, its own proportions, top right.
    const scale = Math.min(3 / brand.logo.width, 1.2 / brand.logo.height);
    const lw = brand.logo.width * scale;
    const lh = brand.logo.height * scale;
    slide.addImage({
      data: `${brand.logo.mime};base64,${brand.logo.base64}`,
      x: 12.73 - lw,
      y: 0.5,
      w: lw,
      h: lh,
      altText: brand.clientName ? words.logo(brand.clientName) : words.logoAlone,
    });
  }
  if (brand?.clientName)
    slide.addText(words.preparedFor(brand.clientName), { x: 0.8, y: 1.4, w: 8.5, h: 0.5, fontFace: FONT, fontSize: 18, bold: true, color: palette.text });
  slide.addText(w.title, { x: 0.8, y: 2.0, w: 11.7, h: 1.4, fontFace: FONT, fontSize: 40, bold: true, color: COLOR.ink, fit: 'shrink' });
  slide.addShape(pptx.ShapeType.rect, { x: 0.8, y: 3.4, w: 1.6, h: 0.08, fill: { color: palette.line }, line: { type: 'none' } });
  const lines = [
    w.goal,
    [w.dateText, w.location].filter(Boolean).join(' · '),
    teamsLine(data),
    w.facilitator ? words.facilitatedBy(w.facilitator) : '',
    data.partial ? data.partialText : '',
  ];
  slide.addText(
    lines.filter(Boolean).map((text) => ({ text, options: { breakLine: true } })),
    { x: 0.8, y: 3.6, w: 11.7, h: 2.6, fontFace: FONT, fontSize: 20, color: COLOR.muted, valign: 'top', fit: 'shrink' },
  );
}

function findingLines(words: DeckWords, findings: readonly Pick<ReportFinding, 'kind' | 'text'>[], max: number) {
  return findings.slice(0, max).map((f) => ({ text: `${words.finding[f.kind]}: ${f.text}`, options: { bullet: true, breakLine: true } }));
}

function summarySlide(deck: Deck): void {
  const { data, words } = deck;
  const slide = newSlide(deck);
  heading(slide, words.summary, data.summary.metrics.map((m) => `${m.value} ${m.label}`).join(' · '));
  const s = data.summary;
  const findings = [...s.decisions, ...s.gaps, ...s.insights].sort((a, b) => b.weight - a.weight);
  const lines = findingLines(words, findings, 8);
  slide.addText(lines.length > 0 ? lines : [{ text: words.noFindings, options: {} }], {
    ...BOX.main,
    fontFace: FONT,
    fontSize: 18,
    color: COLOR.ink,
    valign: 'top',
    fit: 'shrink',
  });
  footer(slide, deck);
}

function activitySlide(deck: Deck, a: ReportActivity, notes: string): void {
  const slide = newSlide(deck);
  const { words } = deck;
  const minutes = a.actualMinutes === null ? words.minutesPlanned(a.plannedMinutes) : words.minutes(a.actualMinutes);
  heading(slide, `${a.number}. ${a.title}`, `${a.kindLabel} · ${minutes} · ${a.namingLabel}`);
  const visual = mainVisual(a.blocks);
  const findings = a.blocks.flatMap((b) => (b.type === 'finding' ? [{ kind: b.kind, text: b.text }] : []));
  const wide = visual !== null && isWide(visual);
  const [visualBox, findingsBox] = !visual
    ? [BOX.main, BOX.main]
    : findings.length === 0
      ? [BOX.main, BOX.main]
      : wide
        ? [BOX.top, BOX.bottom]
        : [BOX.left, BOX.right];
  if (visual) drawVisual(deck.pptx, slide, visual, visualBox, deck.palette, words);
  if (findings.length > 0) {
    slide.addText(findingLines(words, findings, wide ? 3 : 5), {
      ...findingsBox,
      fontFace: FONT,
      fontSize: 16,
      color: COLOR.ink,
      valign: 'top',
      fit: 'shrink',
      fill: { color: COLOR.tint },
    });
  }
  footer(slide, deck);
  const speaker = [a.why, notes]
    .map((t) => t.trim())
    .filter(Boolean)
    .join('\n\n');
  if (speaker) slide.addNotes(speaker);
}

/** Every commitment, over as many slides as it takes: nobody's promise is left for the PDF only. */
function commitmentsSlide(deck: Deck): void {
  const { data, palette, words } = deck;
  let rows = commitmentRows(data.commitments.map((c) => ({ ...c, due: c.dueText || c.due })));
  const pages: string[][][] = [];
  while (rows.length > 0) {
    const slide = newSlide(deck);
    heading(slide, pages.length === 0 ? words.commitments : words.commitmentsContinued, words.madeInWorkshop(data.commitments.length));
    const n = table(slide, words.commitmentHead, rows, BOX.main, { widths: COMMITMENT_WIDTHS, continued: true, palette, words });
    pages.push(rows.slice(0, n));
    rows = rows.slice(Math.max(1, n));
    footer(slide, deck);
  }
}
