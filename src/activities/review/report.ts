import { t } from '@lingui/core/macro';
import type { ReportBlock, ReportInput } from '../report-types';
import { formatOf } from '../kit/report';
import { readReviewBoard } from './board';
import type { ReviewConfig } from './definition';
import { carriedOn, headline } from './summary';
import { STATUS_WORDS } from './room-words';

/** The headline, every carried item with where it came from and how the room marked it, and what goes on to next time. */
export function reviewReport(input: ReportInput<ReviewConfig>): ReportBlock[] {
  const { i18n } = input;
  const format = formatOf(input);
  const { items } = readReviewBoard(input.board);
  if (items.length === 0) return [{ type: 'paragraph', text: t(i18n)`No commitments from earlier workshops were reviewed.`, muted: true }];
  const head = headline(items);
  const { done, total } = head;
  const since = format.date(head.since);
  const status = (s: (typeof items)[number]['status']) => i18n._(STATUS_WORDS[s ?? 'none']);
  const blocks: ReportBlock[] = [
    { type: 'paragraph', text: head.since ? t(i18n)`${done} of ${total} done since ${since}.` : t(i18n)`${done} of ${total} done.` },
    {
      type: 'table',
      title: t(i18n)`Commitments from earlier workshops`,
      columns: [t(i18n)`What`, t(i18n)`From`, t(i18n)`Owner`, t(i18n)`Due`, t(i18n)`Status`, t(i18n)`Reason`],
      widths: [4, 2, 2, 2, 1.5, 3],
      rows: items.map((i) => [
        i.what,
        `${i.from.title}${i.from.date ? `, ${format.date(i.from.date)}` : ''}`,
        i.owner || '–',
        i.due ? format.date(i.due) : '–',
        status(i.status),
        i.reason || '–',
      ]),
    },
    { type: 'heading', text: t(i18n)`Carried to next time` },
  ];
  const next = carriedOn(items);
  blocks.push(
    next.length
      ? {
          type: 'bullets',
          items: next.map((i) => {
            const what = i.what;
            const owner = i.owner || t(i18n)`no owner`;
            const due = format.date(i.due);
            const state = status(i.status).toLocaleLowerCase(format.locale);
            return i.due ? t(i18n)`${what} (${owner}, due ${due}): ${state}` : t(i18n)`${what} (${owner}): ${state}`;
          }),
        }
      : { type: 'paragraph', text: t(i18n)`Nothing: every commitment was done or dropped.`, muted: true },
  );
  blocks.push({ type: 'finding', kind: 'insight', weight: 3, text: t(i18n)`Commitments from earlier workshops: ${done} of ${total} done.` });
  return blocks;
}
