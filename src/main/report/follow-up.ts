import type { ReportBlock } from '../../activities/report-types';
import type { FollowUp, ReportActivity, ReportCommitment } from './types';

// What is left to settle after the workshop: blanks a template left unfilled
// ("within ___ working hours"), owners not decided, commitments without an
// owner or a date. Listed under “To follow up” (summary and commitments chapter).

/** A blank to fill: three or more underscores. The template draws it as a flag. */
export const BLANK = /_{3,}/;

/** Every string a block prints (not its type or kind keys). */
function texts(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'type' && k !== 'kind' && k !== 'tone') texts(v, out);
  return out;
}

/** The lines (of any text in the blocks) that hold a blank, each once. */
export function blankLines(blocks: readonly ReportBlock[]): string[] {
  const lines = blocks.flatMap((b) => texts(b, []).flatMap((t) => t.split('\n')));
  return [...new Set(lines.map((l) => l.replace(/^\s*[-•*]\s+/, '').trim()).filter((l) => BLANK.test(l)))];
}

/** One section's follow-ups: its blanks, the owners it left undecided and what its engine listed. */
export function sectionFollowUps(section: ReportActivity): FollowUp[] {
  const at = { section: section.number, where: section.title };
  return [
    ...blankLines(section.blocks).map((line) => ({ ...at, text: `Fill in the blank: “${line}”` })),
    ...section.blocks.flatMap((b) =>
      b.type === 'ownerTable' ? b.rows.filter((r) => r.owner === null).map((r) => ({ ...at, text: `Decide who owns “${r.item}”.` })) : [],
    ),
    ...section.blocks.flatMap((b) => (b.type === 'followUp' ? [{ ...at, text: b.text }] : [])),
  ];
}

/** Commitments nobody owns yet, or without a date (a weekly report starts with the next week, so it needs none). */
export function commitmentFollowUps(commitments: readonly ReportCommitment[]): FollowUp[] {
  return commitments
    .filter((c) => c.status !== 'done')
    .flatMap((c) => {
      const missing = [c.owner.trim() === '' ? 'an owner' : '', !c.due && c.kind !== 'report' ? 'a first date' : ''].filter(Boolean);
      return missing.length ? [{ section: null, where: 'Commitments', text: `Give “${c.text}” ${missing.join(' and ')}.` }] : [];
    });
}
