import { describe, expect, it } from 'vitest';
import type { ReportBlock } from '../report-types';
import type { ReviewItem } from './board';
import { review } from './definition';
import { reviewReport } from './report';
import { i18nFor } from '../../main/i18n';

const item = (id: string, what: string, status: ReviewItem['status'], reason = '', due: string | null = null): ReviewItem => ({
  id,
  kind: 'action',
  what,
  owner: 'Ana Ortiz',
  due,
  from: { workshopId: 'w1', title: 'Kickoff', date: '2027-03-03' },
  before: null,
  status,
  reason,
});

const input = (board: unknown) => ({
  title: 'What we said we would do',
  config: review.defaultConfig(),
  results: null,
  threshold: 3,
  board,
  nameOf: () => null,
  status: 'done' as const,
  i18n: i18nFor('en'),
});

describe('commitments review report', () => {
  it('gives the headline, a table of every item and what is carried to next time', () => {
    const blocks = reviewReport(
      input({
        items: [
          item('a', 'Send the lead list', 'done'),
          item('b', 'Agree what a qualified lead is', 'partly', 'Marketing still checking', '2027-04-01'),
          item('c', 'Share the calendar', 'dropped', 'The tool does it'),
          item('d', 'Shadowing day', null),
        ],
      }),
    );
    expect(blocks[0]).toEqual({ type: 'paragraph', text: '1 of 4 done since Wed, 3 Mar 2027.' });
    const table = blocks.find((b): b is Extract<ReportBlock, { type: 'table' }> => b.type === 'table')!;
    expect(table.columns).toEqual(['What', 'From', 'Owner', 'Due', 'Status', 'Reason']);
    expect(table.rows[1]).toEqual([
      'Agree what a qualified lead is',
      'Kickoff, Wed, 3 Mar 2027',
      'Ana Ortiz',
      'Thu, 1 Apr 2027',
      'Partly done',
      'Marketing still checking',
    ]);
    const carried = blocks.find((b): b is Extract<ReportBlock, { type: 'bullets' }> => b.type === 'bullets')!;
    expect(carried.items).toEqual([
      'Agree what a qualified lead is (Ana Ortiz, due Thu, 1 Apr 2027): partly done',
      'Shadowing day (Ana Ortiz): not reviewed yet',
    ]);
  });

  it('says so when nothing was reviewed', () => {
    expect(reviewReport(input(null))).toEqual([{ type: 'paragraph', text: 'No commitments from earlier workshops were reviewed.', muted: true }]);
  });
});
