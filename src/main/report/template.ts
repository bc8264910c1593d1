import { TEMPLATE_BASE } from './template-base';
import { TEMPLATE_BLOCKS, TEMPLATE_RENDER } from './template-blocks';
import { TEMPLATE_CHARTS } from './template-charts';
import { TEMPLATE_DOCUMENT } from './template-document';
import { TEMPLATE_LINE } from './template-line';
import { TEMPLATE_SUMMARY } from './template-summary';

// The Typst template of the workshop report. It reads data.json (see
// types.ts) and draws every ReportBlock type from activities/report-types.ts.
// Kept as strings so the worker needs no file system access to load it; one
// part per concern, joined in order (each part uses only what comes before).

export const REPORT_TEMPLATE = [TEMPLATE_BASE, TEMPLATE_BLOCKS, TEMPLATE_CHARTS, TEMPLATE_LINE, TEMPLATE_RENDER, TEMPLATE_SUMMARY, TEMPLATE_DOCUMENT].join(
  '\n',
);
