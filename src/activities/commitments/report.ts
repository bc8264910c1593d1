import type { Commitment, ReportBlock, ReportInput } from '../report-types';
import { formatOf } from '../kit/report';
import { agreed, type CommitmentsConfig } from './definition';
import { meetingText, reportText, weekdayWord } from './report-words';
import { teamWord } from '../kit/report';
import { t } from '@lingui/core/macro';

/**
 * The commitments list: shadowing pairs, weekly reports and the joint meeting,
 * as report rows and calendar entries. Action items live in the workshop's
 * action list (the report and the calendar export take them from there).
 */
export function commitmentsReport(input: ReportInput<CommitmentsConfig>): ReportBlock[] {
  const { config, board, i18n } = input;
  const format = formatOf(input);
  const plan = agreed(config, board);
  // The meeting in words with its time in the report's style ("9:30 AM" in en-US), like every other time in it.
  const meeting = meetingText(i18n, format.locale, { ...plan.meeting, time: format.time(plan.meeting.time) || plan.meeting.time });
  const sales = teamWord(i18n, 'sales');
  const marketing = teamWord(i18n, 'marketing');
  const shadowing = (salesName: string, marketingName: string) => t(i18n)`Job shadowing: ${salesName} (${sales}) and ${marketingName} (${marketing})`;
  const items: Commitment[] = [
    ...plan.pairs.map((p): Commitment => ({
      text: shadowing(p.sales.name, p.marketing.name),
      owner: `${p.sales.name}, ${p.marketing.name}`,
      due: p.date,
      kind: 'shadowing',
      repeat: null,
    })),
    ...plan.reports.map((r): Commitment => ({
      text: reportText(i18n, format.locale, r),
      owner: r.owner || teamWord(i18n, r.from),
      due: null,
      kind: 'report',
      repeat: { every: 1, unit: 'week' },
    })),
    {
      text: meeting,
      owner: t(i18n)`${sales} and ${marketing}`,
      due: plan.meeting.firstDate,
      kind: 'meeting',
      repeat: { every: plan.meeting.everyWeeks, unit: 'week' },
      time: plan.meeting.time,
      minutes: plan.meeting.minutes,
    },
  ];
  const firstOn = (date: string) => t(i18n)`First on ${date}.`;
  const blocks: ReportBlock[] = [{ type: 'commitments', items }];
  if (plan.pairs.length === 0) blocks.push({ type: 'paragraph', text: t(i18n)`No job-shadowing pairs were agreed.`, muted: true });
  if (!plan.meeting.firstDate) {
    const day = weekdayWord(format.locale, plan.meeting.day);
    blocks.push({ type: 'paragraph', text: t(i18n)`The joint meeting has no first date yet; the next ${day} would be a good start.`, muted: true });
  }
  blocks.push({
    type: 'finding',
    kind: 'decision',
    weight: 4,
    text: meeting,
    detail: plan.meeting.firstDate ? firstOn(format.date(plan.meeting.firstDate)) : undefined,
  });
  return blocks;
}
