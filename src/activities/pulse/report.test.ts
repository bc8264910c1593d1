import { describe, expect, it } from 'vitest';
import { aggregate } from '../aggregate';
import type { StoredResponse } from '../types';
import type { ReportBlock } from '../report-types';
import type { Team } from '../../shared/domain';
import { pulse, type PulseConfig } from './definition';
import { i18nFor } from '../../main/i18n';

const config: PulseConfig = {
  setVersion: 1,
  statements: [
    { id: 's1', text: 'We agree on what a qualified lead is.' },
    { id: 's2', text: 'I trust the other team’s numbers.' },
  ],
  extra: [],
};

const ratings = (team: Team, n: number, s1: number, s2: number): StoredResponse[] =>
  Array.from({ length: n }, (_, i) => [
    { participantId: `${team}-${i}`, team, itemKey: 's1', value: { rating: s1 } },
    { participantId: `${team}-${i}`, team, itemKey: 's2', value: { rating: s2 } },
  ]).flat();

function report(responses: StoredResponse[]): ReportBlock[] {
  const results = aggregate(pulse, config, responses, 3);
  return pulse.report!({ title: 'Pulse', config, results, threshold: 3, board: null, nameOf: (id) => id, status: 'done', i18n: i18nFor('en') });
}

describe('alignment pulse report', () => {
  it('a table of means per team and the gap, largest gap first, and the widest gap as a finding', () => {
    const blocks = report([...ratings('sales', 3, 4, 2), ...ratings('marketing', 3, 4, 5)]);
    expect(blocks.find((b) => b.type === 'table')).toMatchObject({
      columns: ['Statement', 'All', 'Sales', 'Marketing', 'Gap'],
      rows: [
        ['I trust the other team’s numbers.', '3.5', '2.0', '5.0', '3.0'],
        ['We agree on what a qualified lead is.', '4.0', '4.0', '4.0', '0.0'],
      ],
    });
    expect(blocks.find((b) => b.type === 'finding')).toMatchObject({ kind: 'gap', text: 'I trust the other team’s numbers. (Sales 2.0, Marketing 5.0)' });
  });

  it('with a team below the threshold: overall means only, and it says why', () => {
    const blocks = report([...ratings('sales', 3, 4, 2), ...ratings('marketing', 2, 4, 5)]);
    const table = blocks.find((b) => b.type === 'table');
    expect(table && table.type === 'table' ? table.rows.map((r) => r.slice(2)) : null).toEqual([
      ['–', '–', '–'],
      ['–', '–', '–'],
    ]);
    expect(blocks.some((b) => b.type === 'finding')).toBe(false);
    expect(blocks.some((b) => b.type === 'paragraph' && b.text.includes('anonymity threshold'))).toBe(true);
  });

  it('says so when nobody answered', () => {
    expect(report([]).some((b) => b.type === 'paragraph' && b.text === 'Nobody answered yet.')).toBe(true);
  });
});
