import type { Commitment, ReportBlock, ReportInput } from '../report-types';
import { formatOf } from '../kit/report';
import { agreed, type CommitmentsConfig } from './definition';
import { meetingLine, reportLine } from './words';

/**
 * The commitments list: shadowing pairs, weekly reports and the joint meeting,
 * as report rows and calendar entries. Action items live in the workshop's
 * action list (the report and the calendar export take them from there).
 */
export function commitmentsReport(input: ReportInput<CommitmentsConfig>): ReportBlock[] {
  const { config, board } = input;
  const format = formatOf(input);
  const plan = agreed(config, board);
  // The meeting in words with its time in the report's style ("9:30 AM" in en-US), like every other time in it.
  const meeting = meetingLine({ ...plan.meeting, time: format.time(plan.meeting.time) || plan.meeting.time });
  const items: Commitment[] = [
    ...plan.pairs.map((p): Commitment => ({
      text: `Job shadowing: ${p.sales.name} (Sales) and ${p.marketing.name} (Marketing)`,
      owner: `${p.sales.name}, ${p.marketing.name}`,
      due: p.date,
      kind: 'shadowing',
      repeat: null,
    })),
    ...plan.reports.map((r): Commitment => ({
      text: reportLine(r),
      owner: r.owner || (r.from === 'sales' ? 'Sales' : 'Marketing'),
      due: null,
      kind: 'report',
      repeat: { every: 1, unit: 'week' },
    })),
    {
      text: meeting,
      owner: 'Sales and Marketing',
      due: plan.meeting.firstDate,
      kind: 'meeting',
      repeat: { every: plan.meeting.everyWeeks, unit: 'week' },
      time: plan.meeting.time,
      minutes: plan.meeting.minutes,
    },
  ];
  const blocks: ReportBlock[] = [{ type: 'commitments', items }];
  if (plan.pairs.length === 0) blocks.push({ type: 'paragraph', text: 'No job-shadowing pairs were agreed.', muted: true });
  if (!plan.meeting.firstDate)
    blocks.push({ type: 'paragraph', text: `The joint meeting has no first date yet; the next ${plan.meeting.day} would be a good start.`, muted: true });
  blocks.push({
    type: 'finding',
    kind: 'decision',
    weight: 4,
    text: meeting,
    detail: plan.meeting.firstDate ? `First on ${format.date(plan.meeting.firstDate)}.` : undefined,
  });
  return blocks;
}
