import { describe, expect, it } from 'vitest';
import { defaultCommitmentsConfig } from '../commitments/definition';
import type { ReviewBoard, ReviewItem } from './board';
import type { ReviewKind } from '../../shared/review';
import { i18nFor } from '../../main/i18n';
import { madeIn as madeInIn, openFrom as openFromIn, withPulled, type SourceWorkshop } from './carry';

const en = i18nFor('en');
const madeIn = (w: SourceWorkshop) => madeInIn(w, en);
const openFrom = (earlier: readonly SourceWorkshop[], kinds?: ReadonlySet<ReviewKind>) => openFromIn(earlier, en, kinds);

const w1 = { workshopId: 'w1', title: 'Kickoff', date: '2027-03-03' };
const w2 = { workshopId: 'w2', title: 'Joint meeting 2', date: '2027-03-17' };

const action = (id: string, text: string, status: 'open' | 'done' | 'dropped' = 'open') => ({ id, text, owner: 'Ana', dueDate: '2027-03-10', status });

function workshop(origin: typeof w1, parts: Partial<SourceWorkshop> = {}): SourceWorkshop {
  return { origin, actionItems: [], commitments: [], reviews: [], ...parts };
}

const marked = (item: ReviewItem, status: ReviewItem['status'], reason = ''): ReviewItem => ({ ...item, status, reason });

describe('madeIn', () => {
  it('turns action items, pairs, reports and the meeting into unmarked items with stable ids', () => {
    const { reports, meeting } = defaultCommitmentsConfig();
    const pair = { id: 'p1', sales: { name: 'Sam' }, marketing: { name: 'Mia' }, date: '2027-03-20' };
    const items = madeIn(
      workshop(w1, { actionItems: [action('a1', 'Send the lead list')], commitments: [{ activityId: 'c1', pairs: [pair], reports, meeting }] }),
    );
    expect(items.map((i) => [i.id, i.kind])).toEqual([
      ['action:a1', 'action'],
      ['pair:c1:p1', 'shadowing'],
      ['report:c1:r-sales', 'report'],
      ['report:c1:r-marketing', 'report'],
      ['meeting:c1', 'meeting'],
    ]);
    expect(items[1]).toMatchObject({
      what: 'Job shadowing: Sam (Sales) and Mia (Marketing)',
      owner: 'Sam, Mia',
      due: '2027-03-20',
      from: w1,
      status: null,
      before: null,
    });
  });

  it('words what it writes in the reviewing room’s language; the facilitator’s own text stays as typed', () => {
    const { reports, meeting } = defaultCommitmentsConfig();
    const pair = { id: 'p1', sales: { name: 'Sam' }, marketing: { name: 'Mia' }, date: '2027-03-20' };
    const source = workshop(w1, { actionItems: [action('a1', 'Send the lead list')], commitments: [{ activityId: 'c1', pairs: [pair], reports, meeting }] });
    const german = madeInIn(source, i18nFor('de'));
    expect(german.map((i) => i.id)).toEqual(madeIn(source).map((i) => i.id)); // the same items, whatever the words
    expect(german[0]!.what).toBe('Send the lead list');
    expect(german[1]!.what).toBe('Job-Shadowing: Sam (Vertrieb) und Mia (Marketing)');
    expect(german[2]!.what).toMatch(/^Jeden \p{L}+, Vertrieb an Marketing: /u);
    expect(german[4]!).toMatchObject({ owner: 'Vertrieb und Marketing' });
    expect(german[4]!.what).toMatch(/^Gemeinsames Meeting/);
  });
});

describe('openFrom', () => {
  it('carries open action items and leaves out those ticked done or dropped in the action list', () => {
    const open = openFrom([workshop(w1, { actionItems: [action('a1', 'One'), action('a2', 'Two', 'done'), action('a3', 'Three', 'dropped')] })]);
    expect(open.map((i) => i.id)).toEqual(['action:a1']);
  });

  it('carries partly and not done with the earlier mark, and closes done and dropped', () => {
    const made = madeIn(workshop(w1, { actionItems: ['a', 'b', 'c', 'd', 'e'].map((id) => action(id, id.toUpperCase())) }));
    const review: ReviewBoard = {
      items: [
        marked(made[0]!, 'done'),
        marked(made[1]!, 'partly', 'Half the list'),
        marked(made[2]!, 'notDone', 'No time'),
        marked(made[3]!, 'dropped'),
        made[4]!,
      ],
    };
    const open = openFrom([
      workshop(w1, { actionItems: ['a', 'b', 'c', 'd', 'e'].map((id) => action(id, id.toUpperCase())) }),
      workshop(w2, { reviews: [review] }),
    ]);
    expect(open.map((i) => [i.id, i.before?.status ?? null, i.before?.reason ?? null, i.status])).toEqual([
      ['action:b', 'partly', 'Half the list', null],
      ['action:c', 'notDone', 'No time', null],
      ['action:e', null, null, null],
    ]);
    expect(open[0]!.before?.at).toEqual(w2);
    expect(open[0]!.from).toEqual(w1);
  });

  it('uses the latest mark: partly in one review, done in the next closes it; an unmarked later copy keeps the earlier mark', () => {
    const [a, b] = madeIn(workshop(w1, { actionItems: [action('a', 'A'), action('b', 'B')] }));
    const w3 = { workshopId: 'w3', title: 'Joint meeting 3', date: '2027-03-31' };
    const sources = [
      workshop(w1, { actionItems: [action('a', 'A'), action('b', 'B')] }),
      workshop(w2, { reviews: [{ items: [marked(a!, 'partly', 'Started'), marked(b!, 'notDone', 'Ill')] }] }),
      workshop(w3, {
        reviews: [
          {
            items: [
              marked({ ...a!, before: { status: 'partly', reason: 'Started', at: w2 } }, 'done'),
              { ...b!, before: { status: 'notDone', reason: 'Ill', at: w2 } },
            ],
          },
        ],
      }),
    ];
    const open = openFrom(sources);
    expect(open.map((i) => i.id)).toEqual(['action:b']);
    expect(open[0]!.before).toEqual({ status: 'notDone', reason: 'Ill', at: w2 });
  });

  it('keeps the owner and due date a review changed', () => {
    const [a] = madeIn(workshop(w1, { actionItems: [action('a', 'A')] }));
    const open = openFrom([
      workshop(w1, { actionItems: [action('a', 'A')] }),
      workshop(w2, { reviews: [{ items: [{ ...marked(a!, 'partly'), owner: 'Ben', due: '2027-04-01' }] }] }),
    ]);
    expect(open[0]).toMatchObject({ owner: 'Ben', due: '2027-04-01' });
  });

  it('brings only the kinds asked for', () => {
    const { reports, meeting } = defaultCommitmentsConfig();
    const source = workshop(w1, { actionItems: [action('a', 'A')], commitments: [{ activityId: 'c1', pairs: [], reports, meeting }] });
    expect(openFrom([source], new Set(['meeting'])).map((i) => i.id)).toEqual(['meeting:c1']);
  });

  it('is empty with no earlier workshops', () => {
    expect(openFrom([])).toEqual([]);
  });
});

describe('withPulled', () => {
  it('adds only new items, keeps marks and edits, and adds nothing the second time', () => {
    const [a, b] = madeIn(workshop(w1, { actionItems: [action('a', 'A'), action('b', 'B')] }));
    const board: ReviewBoard = { items: [{ ...marked(a!, 'partly', 'Some'), owner: 'Ben' }] };
    const first = withPulled(board, [a!, b!]);
    expect(first.added).toBe(1);
    expect(first.board.items.map((i) => [i.id, i.status, i.owner])).toEqual([
      ['action:a', 'partly', 'Ben'],
      ['action:b', null, 'Ana'],
    ]);
    const again = withPulled(first.board, [a!, b!]);
    expect(again.added).toBe(0);
    expect(again.board).toBe(first.board);
  });
});

describe('openFrom: rhythms agreed again', () => {
  it('carries the weekly reports and the meeting of the latest agreement only', () => {
    const { reports, meeting } = defaultCommitmentsConfig();
    const pair = { id: 'p1', sales: { name: 'Sam' }, marketing: { name: 'Mia' }, date: null };
    const open = openFrom([
      workshop(w1, { commitments: [{ activityId: 'c1', pairs: [pair], reports, meeting }] }),
      workshop(w2, { commitments: [{ activityId: 'c2', pairs: [], reports: reports.slice(0, 1), meeting: { ...meeting, everyWeeks: 3 } }] }),
    ]);
    expect(open.map((i) => i.id)).toEqual(['pair:c1:p1', 'report:c1:r-marketing', 'report:c2:r-sales', 'meeting:c2']);
  });
});
