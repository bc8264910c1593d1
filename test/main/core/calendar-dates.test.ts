import { describe, expect, it } from 'vitest';
import { call, dumpRows, testCore } from '../../helpers/core';
import { IsoDate } from '../../../src/shared/domain';

describe('dates are real calendar days', () => {
  it('IsoDate refuses days a month does not have and accepts leap days', () => {
    for (const bad of ['2026-02-31', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '26-01-01'])
      expect(IsoDate.safeParse(bad).success, bad).toBe(false);
    for (const good of ['2024-02-29', '2026-02-28', '2026-12-31', '2000-02-29']) expect(IsoDate.safeParse(good).success, good).toBe(true);
  });

  it('workshop:create and actionItem:add refuse 2026-02-31 and change nothing', () => {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Dates' });
    const before = dumpRows(core);
    const created = core.dispatch('workshop:create', { title: 'Bad date', date: '2026-02-31' });
    expect(created.ok).toBe(false);
    if (!created.ok) expect(created.error.code).toBe('VALIDATION');
    const added = core.dispatch('actionItem:add', { workshopId: w.id, text: 'Follow up', dueDate: '2026-02-31' });
    expect(added.ok).toBe(false);
    if (!added.ok) expect(added.error.message).toMatch(/date/i);
    expect(dumpRows(core)).toBe(before);
    core.close();
  });
});
