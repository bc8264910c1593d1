import { describe, expect, it } from 'vitest';
import { followThrough } from './follow-through';

describe('followThrough', () => {
  it('counts each workshop’s commitments by their latest mark (hand-computed)', () => {
    // W1 made a, b, c, d, e. W2 marked a partly, b done, c not done, d dropped; e not reviewed.
    // W2 made f, g. W3 marked a done (latest wins), c unmarked (keeps not done), f partly.
    const rows = followThrough([
      { workshopId: 'w1', made: ['a', 'b', 'c', 'd', 'e'], reviews: [] },
      {
        workshopId: 'w2',
        made: ['f', 'g'],
        reviews: [
          {
            items: [
              { id: 'a', status: 'partly' },
              { id: 'b', status: 'done' },
              { id: 'c', status: 'notDone' },
              { id: 'd', status: 'dropped' },
              { id: 'e', status: null },
            ],
          },
        ],
      },
      {
        workshopId: 'w3',
        made: [],
        reviews: [
          {
            items: [
              { id: 'a', status: 'done' },
              { id: 'c', status: null },
              { id: 'e', status: null },
              { id: 'f', status: 'partly' },
              { id: 'g', status: null },
            ],
          },
        ],
      },
    ]);
    expect(rows).toEqual([
      { workshopId: 'w1', made: 5, done: 2, partly: 0, notDone: 1, dropped: 1, open: 1 },
      { workshopId: 'w2', made: 2, done: 0, partly: 1, notDone: 0, dropped: 0, open: 1 },
      { workshopId: 'w3', made: 0, done: 0, partly: 0, notDone: 0, dropped: 0, open: 0 },
    ]);
  });

  it('takes the later of two reviews in one workshop, and counts an item made twice once', () => {
    const rows = followThrough([
      { workshopId: 'w1', made: ['a', 'a'], reviews: [] },
      { workshopId: 'w2', made: [], reviews: [{ items: [{ id: 'a', status: 'done' }] }, { items: [{ id: 'a', status: 'notDone' }] }] },
    ]);
    expect(rows[0]).toEqual({ workshopId: 'w1', made: 1, done: 0, partly: 0, notDone: 1, dropped: 0, open: 0 });
  });

  it('is empty for no workshops', () => {
    expect(followThrough([])).toEqual([]);
  });
});
