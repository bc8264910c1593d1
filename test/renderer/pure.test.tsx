import { describe, expect, it } from 'vitest';
import { linesToItems } from '../../src/activities/kit/editor';
import { agendaAnnouncements } from '../../src/renderer/features/planner/announcements';
import { parseRoute } from '../../src/renderer/app/router';
import { roomI18n } from '../../src/renderer/i18n/catalogs';

describe('drag announcements', () => {
  const order = {
    ids: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'],
    titles: new Map([
      ['a3', 'Dot vote: top priorities'],
      ['a5', 'Coffee'],
    ]),
  };
  const a = agendaAnnouncements(roomI18n('en')!, () => order);
  const active = { id: 'a3' } as never;
  const over = { id: 'a5' } as never;

  it('uses titles and positions, never ids', () => {
    const said = [a.onDragStart({ active }), a.onDragOver({ active, over: active }), a.onDragOver({ active, over }), a.onDragEnd({ active, over })];
    expect(said).toEqual([
      'Picked up Dot vote: top priorities, position 3 of 7.',
      undefined,
      'Dot vote: top priorities is over position 5 of 7.',
      'Dot vote: top priorities dropped at position 5 of 7.',
    ]);
    a.onDragStart({ active });
    expect(a.onDragCancel({ active, over: null })).toBe('Moving Dot vote: top priorities was cancelled. It is back at position 3 of 7.');
    for (const text of said) expect(text ?? '').not.toMatch(/a\d/);
  });
});

describe('linesToItems', () => {
  const prev = [
    { id: 'o1', text: 'Speed', description: '' },
    { id: 'o2', text: 'Quality', description: '' },
  ];
  it('keeps ids for unchanged and moved lines and for edited lines in place', () => {
    expect(linesToItems(['Quality', 'Speed'], prev).map((i) => i.id)).toEqual(['o2', 'o1']);
    expect(linesToItems(['Speed!', 'Quality'], prev).map((i) => [i.id, i.text])).toEqual([
      ['o1', 'Speed!'],
      ['o2', 'Quality'],
    ]);
  });
  it('drops blank lines and gives new lines fresh unique ids', () => {
    const next = linesToItems(['Speed', '', 'Quality', 'Cost', 'Trust'], prev);
    expect(next.map((i) => i.text)).toEqual(['Speed', 'Quality', 'Cost', 'Trust']);
    expect(new Set(next.map((i) => i.id)).size).toBe(4);
    expect(next.slice(0, 2).map((i) => i.id)).toEqual(['o1', 'o2']);
  });
});

describe('routes', () => {
  it('parses the facilitator routes', () => {
    expect(parseRoute('')).toEqual({ name: 'list' });
    expect(parseRoute('#/')).toEqual({ name: 'list' });
    expect(parseRoute('#/trash')).toEqual({ name: 'trash' });
    expect(parseRoute('#/w/abc%20d')).toEqual({ name: 'planner', workshopId: 'abc d' });
    expect(parseRoute('#/nope')).toMatchObject({ name: 'notFound' });
  });
});
