import type { ReportBlock, ReportInput } from '../report-types';
import type { SlideConfig } from './definition';

/** A talk: what was said on the slide. */
export function slideReport({ config }: ReportInput<SlideConfig>): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  if (config.text.trim()) blocks.push({ type: 'paragraph', text: config.text.trim() });
  if (config.bullets.length) blocks.push({ type: 'bullets', items: config.bullets });
  return blocks;
}
