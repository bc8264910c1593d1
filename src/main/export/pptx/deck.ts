import PptxGenJS from 'pptxgenjs';
import type { ReportActivity, ReportData, ReportFinding } from '../../report/types';
import { BOX, COLOR, FONT } from './style';
import { COMMITMENT_HEAD, COMMITMENT_WIDTHS, commitmentRows, drawVisual, isWide, mainVisual, table } from './outcome';

// The workshop's key results as a PowerPoint deck for the next leadership
// meeting: a title slide, a summary, one slide per activity outcome (its main
// chart or table as native shapes, the findings beside it, the facilitator's
// notes as speaker notes) and the commitments. Built from the report's data,
// so it shows exactly what the PDF may show (names only for Named activities).

export interface DeckInput {
  data: ReportData;
  /** The facilitator's notes per activity number (1-based), for the speaker notes. */
  notes: ReadonlyMap<number, string>;
}

export async function buildDeck({ data, notes }: DeckInput): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = data.workshop.title;
  if (data.workshop.facilitator) pptx.author = data.workshop.facilitator;
  pptx.company = 'Common Ground';

  titleSlide(pptx, data);
  summarySlide(pptx, data);
  for (const activity of data.activities) {
    if (activity.status === 'not-run') continue;
    const visual = mainVisual(activity.blocks);
    const findings = activity.blocks.filter((b) => b.type === 'finding');
    if (!visual && findings.length === 0) continue;
    activitySlide(pptx, data, activity, notes.get(activity.number) ?? '');
  }
  if (data.commitments.length > 0) commitmentsSlide(pptx, data);

  const out = await pptx.write({ outputType: 'nodebuffer' });
  return Buffer.from(out as Uint8Array);
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

function footer(slide: PptxGenJS.Slide, data: ReportData): void {
  const parts = [data.workshop.title, data.workshop.dateText, data.partial ? 'Interim results' : ''].filter(Boolean);
  slide.addText(parts.join(' · '), { ...BOX.footer, fontFace: FONT, fontSize: 11, color: COLOR.muted });
}

function teamsLine(data: ReportData): string {
  return data.teams.map((t) => `${t.label} ${t.count}`).join(' · ');
}

function titleSlide(pptx: PptxGenJS, data: ReportData): void {
  const slide = pptx.addSlide();
  slide.background = { color: COLOR.tint };
  const w = data.workshop;
  slide.addText(w.title, { x: 0.8, y: 2.0, w: 11.7, h: 1.4, fontFace: FONT, fontSize: 40, bold: true, color: COLOR.ink, fit: 'shrink' });
  const lines = [w.goal, [w.dateText, w.location].filter(Boolean).join(' · '), teamsLine(data), w.facilitator ? `Facilitated by ${w.facilitator}` : '', data.partial ? data.partialText : ''];
  slide.addText(lines.filter(Boolean).map((text) => ({ text, options: { breakLine: true } })), { x: 0.8, y: 3.5, w: 11.7, h: 2.6, fontFace: FONT, fontSize: 20, color: COLOR.muted, valign: 'top', fit: 'shrink' });
}

function findingLines(findings: readonly Pick<ReportFinding, 'kind' | 'text'>[], max: number) {
  const word = { decision: 'Agreed', gap: 'Gap', insight: 'Insight' } as const;
  return findings.slice(0, max).map((f) => ({ text: `${word[f.kind]}: ${f.text}`, options: { bullet: true, breakLine: true } }));
}

function summarySlide(pptx: PptxGenJS, data: ReportData): void {
  const slide = pptx.addSlide();
  heading(slide, 'Summary', data.summary.metrics.map((m) => `${m.value} ${m.label}`).join(' · '));
  const s = data.summary;
  const findings = [...s.decisions, ...s.gaps, ...s.insights].sort((a, b) => b.weight - a.weight);
  const lines = findingLines(findings, 8);
  slide.addText(lines.length > 0 ? lines : [{ text: 'No decisions or gaps were recorded.', options: {} }], { ...BOX.main, fontFace: FONT, fontSize: 18, color: COLOR.ink, valign: 'top', fit: 'shrink' });
  footer(slide, data);
}

function activitySlide(pptx: PptxGenJS, data: ReportData, a: ReportActivity, notes: string): void {
  const slide = pptx.addSlide();
  const minutes = a.actualMinutes === null ? `${a.plannedMinutes} min planned` : `${a.actualMinutes} min`;
  heading(slide, `${a.number}. ${a.title}`, `${a.kindLabel} · ${minutes} · ${a.namingLabel}`);
  const visual = mainVisual(a.blocks);
  const findings = a.blocks.flatMap((b) => (b.type === 'finding' ? [{ kind: b.kind, text: b.text }] : []));
  const wide = visual !== null && isWide(visual);
  const [visualBox, findingsBox] = !visual ? [BOX.main, BOX.main] : findings.length === 0 ? [BOX.main, BOX.main] : wide ? [BOX.top, BOX.bottom] : [BOX.left, BOX.right];
  if (visual) drawVisual(pptx, slide, visual, visualBox);
  if (findings.length > 0) {
    slide.addText(findingLines(findings, wide ? 3 : 5), { ...findingsBox, fontFace: FONT, fontSize: 16, color: COLOR.ink, valign: 'top', fit: 'shrink', fill: { color: COLOR.tint } });
  }
  footer(slide, data);
  const speaker = [a.why, notes].map((t) => t.trim()).filter(Boolean).join('\n\n');
  if (speaker) slide.addNotes(speaker);
}

/** Every commitment, over as many slides as it takes: nobody's promise is left for the PDF only. */
function commitmentsSlide(pptx: PptxGenJS, data: ReportData): void {
  let rows = commitmentRows(data.commitments.map((c) => ({ ...c, due: c.dueText || c.due })));
  const pages: string[][][] = [];
  while (rows.length > 0) {
    const slide = pptx.addSlide();
    heading(slide, pages.length === 0 ? 'Commitments' : 'Commitments (continued)', `${data.commitments.length} made in the workshop`);
    const n = table(slide, COMMITMENT_HEAD, rows, BOX.main, undefined, COMMITMENT_WIDTHS, true);
    pages.push(rows.slice(0, n));
    rows = rows.slice(Math.max(1, n));
    footer(slide, data);
  }
}
