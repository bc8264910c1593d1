import type { ReportBlock, ReportInput } from '../report-types';
import { formatOf } from '../kit/report';
import { readReviewBoard } from './board';
import type { ReviewConfig } from './definition';
import { carriedOn, headline, STATUS_LABEL } from './summary';

/** The headline, every carried item with where it came from and how the room marked it, and what goes on to next time. */
export function reviewReport(input: ReportInput<ReviewConfig>): ReportBlock[] {
  const format = formatOf(input);
  const { items } = readReviewBoard(input.board);
  if (items.length === 0) return [{ type: 'paragraph', text: 'No commitments from earlier workshops were reviewed.', muted: true }];
  const head = headline(items);
  const blocks: ReportBlock[] = [
    { type: 'paragraph', text: head.since ? `${head.done} of ${head.total} done since ${format.date(head.since)}.` : `${head.text}.` },
    {
      type: 'table',
      title: 'Commitments from earlier workshops',
      columns: ['What', 'From', 'Owner', 'Due', 'Status', 'Reason'],
      widths: [4, 2, 2, 2, 1.5, 3],
      rows: items.map((i) => [
        i.what,
        `${i.from.title}${i.from.date ? `, ${format.date(i.from.date)}` : ''}`,
        i.owner || '–',
        i.due ? format.date(i.due) : '–',
        STATUS_LABEL[i.status ?? 'none'],
        i.reason || '–',
      ]),
    },
    { type: 'heading', text: 'Carried to next time' },
  ];
  const next = carriedOn(items);
  blocks.push(
    next.length
      ? {
          type: 'bullets',
          items: next.map(
            (i) => `${i.what} (${i.owner || 'no owner'}${i.due ? `, due ${format.date(i.due)}` : ''}): ${STATUS_LABEL[i.status ?? 'none'].toLowerCase()}`,
          ),
        }
      : { type: 'paragraph', text: 'Nothing: every commitment was done or dropped.', muted: true },
  );
  blocks.push({ type: 'finding', kind: 'insight', weight: 3, text: `Commitments from earlier workshops: ${head.done} of ${head.total} done.` });
  return blocks;
}
