import type PptxGenJS from 'pptxgenjs';
import type { Commitment, ReportBlock, TeamCount } from '../../../activities/report-types';
import type { DeckWords } from './deck-words';
import { COLOR, DEFAULT_PALETTE, FONT, type Palette } from './style';

// One activity's outcome on one slide: the block that says most (a chart
// before a table before text), drawn as native PowerPoint shapes and charts
// so a facilitator can restyle them in their own deck. Findings go beside it.

type Slide = PptxGenJS.Slide;
type Block = ReportBlock;

/**
 * The order in which blocks are preferred as a slide's main visual. Paragraphs
 * and bullets are what a talk said, not an outcome: a slide alone makes no slide.
 */
const VISUAL_ORDER: Block['type'][] = [
  'divergence',
  'heatmap',
  'barChart',
  'matrix',
  'ranked',
  'lineChart',
  'swimlane',
  'ownerTable',
  'commitments',
  'table',
  'keyValue',
  'cards',
  'metrics',
  'definition',
  'callout',
];

/** Tables with this many columns need the slide's full width. */
export function isWide(b: Block): boolean {
  if (b.type === 'swimlane') return b.stages.length >= 4;
  if (b.type === 'heatmap') return b.columns.length >= 4;
  if (b.type === 'matrix' || b.type === 'table') return b.columns.length >= 5;
  return false;
}

export function mainVisual(blocks: readonly Block[]): Block | null {
  for (const type of VISUAL_ORDER) {
    const found = blocks.find((b) => b.type === type && hasContent(b));
    if (found) return found;
  }
  return null;
}

function hasContent(b: Block): boolean {
  switch (b.type) {
    case 'barChart':
      return b.bars.length > 0;
    case 'matrix':
      return b.rows.length > 0;
    case 'ranked':
      return b.items.length > 0;
    case 'lineChart':
      return b.series.some((s) => s.points.length > 1);
    case 'swimlane':
      return b.stages.length > 0;
    case 'divergence':
      return b.items.length > 0;
    case 'heatmap':
      return b.rows.length > 0 && b.cells.some((r) => r.some((c) => c > 0));
    case 'ownerTable':
      return b.rows.length > 0;
    case 'commitments':
      return b.items.length > 0;
    case 'table':
      return b.rows.length > 0;
    case 'keyValue':
      return b.rows.length > 0;
    case 'cards':
      return b.groups.some((g) => g.cards.length > 0);
    case 'metrics':
      return b.items.length > 0;
    default:
      return true;
  }
}

export function drawVisual(pptx: PptxGenJS, slide: Slide, block: Block, box: Box, palette: Palette, words: DeckWords): void {
  switch (block.type) {
    case 'barChart':
      return barChart(pptx, slide, block, box, palette, words);
    case 'lineChart':
      return lineChart(pptx, slide, block, box, palette);
    case 'divergence':
      // How far apart the teams sorted each card, most first: the chart leadership reads first.
      return barChart(
        pptx,
        slide,
        {
          type: 'barChart',
          title: block.title ?? words.differMost,
          unit: words.apart,
          bars: [...block.items].sort((a, b) => b.apart - a.apart).map((i) => ({ label: i.text, value: Math.round(i.apart) })),
        },
        box,
        palette,
        words,
      );
    case 'heatmap': {
      const short: Partial<Record<string, string>> = words.initial;
      const cell = (r: number, c: number) => {
        const n = block.cells[r]![c]!;
        const split = (block.teams ?? []).map((t) => `${short[t.team] ?? t.team} ${t.cells[r]![c]!}`).join(' · ');
        return n === 0 ? '' : split ? `${n} (${split})` : String(n);
      };
      table(
        slide,
        ['', ...block.columns.map((c) => c.name)],
        block.rows.map((row, r) => [row, ...block.columns.map((_, c) => cell(r, c))]),
        box,
        { title: block.title, widths: [1.6, ...block.columns.map(() => 1)], palette, words },
      );
      return;
    }
    case 'ownerTable':
      table(
        slide,
        [...block.columns],
        block.rows.map((r) => [r.item, r.ownerText, r.who, r.target]),
        box,
        { title: block.title, widths: [3, 1.6, 2, 2], palette, words },
      );
      return;
    case 'matrix': {
      const head = ['', ...block.columns];
      const rows = block.rows.map((r) => [
        r.label + (r.flag ? ` (${r.flag})` : ''),
        ...r.counts.map((c) => (r.total > 0 ? words.percent(Math.round((c / r.total) * 100)) : '–')),
      ]);
      table(slide, head, rows, box, { title: block.title, palette, words });
      return;
    }
    case 'ranked':
      table(
        slide,
        ['#', words.item, block.scoreLabel ?? words.score],
        block.items.map((i) => [String(i.rank), i.text + (i.detail ? ` (${i.detail})` : ''), i.score ?? '']),
        box,
        { title: block.title, widths: [0.6, 6, 1.6], palette, words },
      );
      return;
    case 'swimlane':
      table(
        slide,
        ['', ...block.stages.map((s) => s.name + (s.friction ? ` (${words.friction})` : ''))],
        block.lanes.map((l) => [l.name, ...l.cells]),
        box,
        { title: block.title, widths: [1.3, ...block.stages.map(() => 1)], palette, words },
      );
      return;
    case 'commitments':
      table(slide, words.commitmentHead, commitmentRows(block.items), box, { widths: COMMITMENT_WIDTHS, palette, words });
      return;
    case 'table':
      table(slide, block.columns, block.rows, box, { title: block.title, widths: block.widths, palette, words });
      return;
    case 'keyValue':
      table(
        slide,
        ['', ''],
        block.rows.map((r) => [r.key, r.value]),
        box,
        { title: block.title, widths: [3, 7], palette, words },
      );
      return;
    case 'cards':
      return bulletsBox(
        slide,
        block.groups.flatMap((g) => [{ text: g.title, bold: true }, ...g.cards.slice(0, 4).map((c) => ({ text: c.text, bold: false }))]),
        box,
      );
    case 'metrics':
      return metrics(slide, block.items, box, palette);
    case 'definition':
      return bulletsBox(slide, [{ text: block.term, bold: true }, ...block.text.split('\n').map((t) => ({ text: t.replace(/^- /, ''), bold: false }))], box);
    case 'callout':
      return bulletsBox(slide, [...(block.title ? [{ text: block.title, bold: true }] : []), { text: block.text, bold: false }], box);
    default:
      return;
  }
}

type Box = { x: number; y: number; w: number; h: number };

export const COMMITMENT_WIDTHS = [6, 2.4, 1.6];
export const commitmentRows = (items: readonly Commitment[]) => items.map((c) => [c.text, c.owner, c.due ?? '']);

function shown(teams: readonly TeamCount[] | undefined): TeamCount[] {
  return (teams ?? []).filter((t) => !t.suppressed && t.n > 0);
}

function barChart(pptx: PptxGenJS, slide: Slide, b: Extract<Block, { type: 'barChart' }>, box: Box, palette: Palette, words: DeckWords): void {
  const bars = b.bars.slice(0, 12);
  const labels = bars.map((bar) => bar.label);
  const teams = shown(b.teams);
  // With teams as shares, the whole room is a share too: never a count beside percentages.
  const sum = b.bars.reduce((s, bar) => s + bar.value, 0);
  const all = b.teamsAsPercent && sum > 0 ? bars.map((bar) => Math.round((bar.value / sum) * 100)) : bars.map((bar) => bar.value);
  const data = [{ name: b.teamsAsPercent ? words.everyonePercent : words.all(b.unit), labels, values: all }];
  const colors: string[] = [palette.line];
  for (const t of teams) {
    data.push({ name: `${words.teams[t.team]} (n=${t.n})${b.teamsAsPercent ? ', %' : ''}`, labels, values: bars.map((bar) => bar.byTeam?.[t.team] ?? 0) });
    colors.push(COLOR[t.team]);
  }
  slide.addChart(pptx.ChartType.bar, data, {
    ...box,
    barDir: 'bar',
    barGrouping: 'clustered',
    chartColors: colors,
    // First bar at the top, as on the projector and in the PDF (the types list only 'minMax'; the library writes either).
    catAxisOrientation: 'maxMin' as 'minMax',
    catAxisLabelFontSize: 14,
    catAxisLabelFontFace: FONT,
    valAxisHidden: true,
    valGridLine: { style: 'none' },
    showValue: true,
    dataLabelFontSize: 12,
    dataLabelPosition: 'outEnd',
    showLegend: data.length > 1,
    legendPos: 'b',
    legendFontSize: 14,
    showTitle: Boolean(b.title),
    title: b.title ?? '',
    titleFontSize: 16,
  });
}

function lineChart(pptx: PptxGenJS, slide: Slide, b: Extract<Block, { type: 'lineChart' }>, box: Box, palette: Palette): void {
  // A scatter chart with lines keeps the x values exact (a line chart would space them evenly).
  const xs = [...new Set(b.series.flatMap((s) => s.points.map((p) => p.x)))].sort((x, y) => x - y);
  const data = [{ name: b.xLabel, values: xs }, ...b.series.map((s) => ({ name: s.name, values: xs.map((x) => s.points.find((p) => p.x === x)?.y ?? null) }))];
  slide.addChart(pptx.ChartType.scatter, data as never, {
    ...box,
    lineSize: 3,
    lineDataSymbol: 'none',
    chartColors: b.series.map((s) => (s.tone && s.tone in COLOR ? COLOR[s.tone as keyof typeof COLOR] : palette.line)),
    showValAxisTitle: true,
    valAxisTitle: b.yLabel,
    showCatAxisTitle: true,
    catAxisTitle: b.xLabel,
    valAxisLabelFontSize: 12,
    catAxisLabelFontSize: 12,
    showLegend: b.series.length > 1,
    legendPos: 'b',
    showTitle: Boolean(b.title),
    title: b.title ?? '',
  });
}

/** Draws the header and the rows that fit; says how many more the PDF has unless `continued`; returns how many rows it drew. */
export interface TableOptions {
  title?: string | undefined;
  /** Relative column widths; default: the first column twice the others. */
  widths?: number[] | undefined;
  /** More slides follow with the rest, so no "more in the PDF" line. */
  continued?: boolean;
  palette?: Palette;
  /** The deck's words (the "more in the PDF" line). */
  words: DeckWords;
}

export function table(
  slide: Slide,
  head: string[],
  rows: string[][],
  box: Box,
  { title, widths, continued = false, palette = DEFAULT_PALETTE, words }: TableOptions,
): number {
  let y = box.y;
  if (title) {
    slide.addText(title, { x: box.x, y, w: box.w, h: 0.45, fontFace: FONT, fontSize: 16, bold: true, color: COLOR.ink, fit: 'shrink' });
    y += 0.5;
  }
  const weights = widths ?? head.map((_, i) => (i === 0 && head.length > 2 ? 2 : 1));
  const total = weights.reduce((s, w) => s + w, 0);
  const colW = weights.map((w) => (w / total) * box.w);
  // Smaller type for narrow columns, so a word like "Researching" is never split.
  const fontSize = Math.max(10, Math.min(14, Math.floor(Math.min(...colW.slice(1).concat(colW[0]!)) * 10)));
  const body = fitRows([head, ...rows], colW, fontSize, box.y + box.h - y - 0.35);
  const more = rows.length - (body.length - 1);
  const headRow = head.map((text) => ({ text, options: { bold: true, color: 'FFFFFF', fill: { color: palette.text } } }));
  slide.addTable([headRow, ...body.slice(1).map((r) => r.map((text) => ({ text })))], {
    x: box.x,
    y,
    w: box.w,
    colW,
    fontFace: FONT,
    fontSize,
    color: COLOR.ink,
    border: { type: 'solid', pt: 0.5, color: COLOR.rule },
    autoPage: false,
  });
  if (more > 0 && !continued)
    slide.addText(words.moreInPdf(more), {
      x: box.x,
      y: box.y + box.h - 0.3,
      w: box.w,
      h: 0.3,
      fontFace: FONT,
      fontSize: 12,
      color: COLOR.muted,
      italic: true,
    });
  return body.length - 1;
}

/** The header and as many rows as fit the height, estimating each row's wrapped lines from its longest cell. */
function fitRows(rows: string[][], colW: number[], fontSize: number, height: number): string[][] {
  const charW = (fontSize / 72) * 0.55;
  const lineH = (fontSize / 72) * 1.25;
  const pad = 0.1;
  let used = 0;
  const kept: string[][] = [];
  for (const row of rows) {
    const lines = Math.max(1, ...row.map((cell, i) => Math.ceil((cell.length * charW) / Math.max(0.3, colW[i]! - pad))));
    const h = lines * lineH + pad;
    if (kept.length > 1 && used + h > height) break;
    kept.push(row);
    used += h;
  }
  return kept;
}

function bulletsBox(slide: Slide, lines: { text: string; bold: boolean }[], box: Box): void {
  slide.addText(
    lines.slice(0, 14).map((l) => ({ text: l.text, options: { bold: l.bold, bullet: !l.bold, breakLine: true } })),
    { ...box, fontFace: FONT, fontSize: 16, color: COLOR.ink, valign: 'top', fit: 'shrink' },
  );
}

function metrics(slide: Slide, items: { label: string; value: string }[], box: Box, palette: Palette): void {
  const shownItems = items.slice(0, 4);
  const w = box.w / shownItems.length;
  shownItems.forEach((m, i) => {
    slide.addText(
      [
        { text: m.value, options: { fontSize: 40, bold: true, color: palette.text, breakLine: true } },
        { text: m.label, options: { fontSize: 16, color: COLOR.muted } },
      ],
      { x: box.x + i * w, y: box.y, w: w - 0.2, h: 1.6, fontFace: FONT, align: 'center', valign: 'middle', fill: { color: COLOR.tint } },
    );
  });
}
