import base from './template/base.typ?raw';
import blocks from './template/blocks.typ?raw';
import charts from './template/charts.typ?raw';
import line from './template/line.typ?raw';
import renderBlock from './template/render-block.typ?raw';
import summary from './template/summary.typ?raw';
import document from './template/document.typ?raw';

// The Typst template of the workshop report. It reads data.json (see
// types.ts) and draws every ReportBlock type from activities/report-types.ts.
// The parts are .typ files in template/, imported as text: Vite's ?raw in the
// build and in vitest; scripts run with tsx need `tsx --import
// ./scripts/raw-import.mjs` (without it Node reads a .typ file as JavaScript
// and stops at its first `#let`). The worker gets the joined text, so it needs
// no file system access to load it. One part per concern, joined in order
// (each part uses only what comes before).

export const REPORT_TEMPLATE = [base, blocks, charts, line, renderBlock, summary, document].join('\n');
