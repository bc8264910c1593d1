import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
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
export function sectionFollowUps(i18n: I18n, section: ReportActivity): FollowUp[] {
  const at = { section: section.number, where: section.title };
  return [
    ...blankLines(section.blocks).map((line) => ({ ...at, text: t(i18n)`Fill in the blank: “${line}”` })),
    ...section.blocks.flatMap((b) =>
      b.type === 'ownerTable' ? b.rows.filter((r) => r.owner === null).map(({ item }) => ({ ...at, text: t(i18n)`Decide who owns “${item}”.` })) : [],
    ),
    ...section.blocks.flatMap((b) => (b.type === 'followUp' ? [{ ...at, text: b.text }] : [])),
  ];
}

/** Commitments nobody owns yet, or without a date (a weekly report starts with the next week, so it needs none). */
export function commitmentFollowUps(i18n: I18n, commitments: readonly ReportCommitment[]): FollowUp[] {
  const where = t(i18n)`Commitments`;
  return commitments
    .filter((c) => c.status !== 'done')
    .flatMap(({ text, owner, due, kind }) => {
      const noOwner = owner.trim() === '';
      const noDate = !due && kind !== 'report';
      if (noOwner && noDate) return [{ section: null, where, text: t(i18n)`Give “${text}” an owner and a first date.` }];
      if (noOwner) return [{ section: null, where, text: t(i18n)`Give “${text}” an owner.` }];
      if (noDate) return [{ section: null, where, text: t(i18n)`Give “${text}” a first date.` }];
      return [];
    });
}
