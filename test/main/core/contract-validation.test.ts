import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/api/contract';
import { OP_NAMES } from '../../../src/shared/api/names';
import { createBackend } from '../../../src/main/backend';
import { call, dumpRows, testCore } from '../../helpers/core';
import { genericWorkshop } from '../../helpers/generic-workshop';

// Every operation refuses bad input with VALIDATION and a readable message,
// and writes nothing.

const ALWAYS_BAD: unknown[] = [null, 42, 'workshop', [], true, { id: 7 }, { id: '' }, { __proto__: { id: 'x' }, extra: 1 }];

describe('contract validation', () => {
  const core = testCore();
  const backend = createBackend(core);
  const sample = genericWorkshop(core);
  const detail = call(core, 'workshop:get', { id: sample.id });
  const activity = detail.activities[2]!;

  for (const op of OP_NAMES) {
    it(`${op}: invalid input → VALIDATION, nothing written`, async () => {
      const before = dumpRows(core);
      const inputs = [...ALWAYS_BAD, ...fc.sample(fc.anything({ withObjectString: true, maxDepth: 2 }), { numRuns: 40, seed: 7 })];
      let tried = 0;
      for (const input of inputs) {
        if (contract[op].input.safeParse(input ?? {}).success) continue;
        tried++;
        const result = await backend.invoke(op, input);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('VALIDATION');
          expect(result.error.message.length).toBeGreaterThan(5);
          expect(result.error.message).not.toMatch(/undefined|\[object/);
        }
      }
      expect(tried).toBeGreaterThan(10);
      expect(dumpRows(core)).toBe(before);
    });
  }

  it('explains the field that is wrong', () => {
    const r = core.dispatch('workshop:update', { id: sample.id, patch: { startTime: '25:00' } });
    expect(r.ok ? null : r.error.message).toBe('patch.startTime: Use a 24-hour time like 09:30.');
    const extra = core.dispatch('workshop:create', { title: 'x', colour: 'red' });
    expect(extra.ok ? null : extra.error.message).toMatch(/Unknown field: colour/);
  });

  it('refuses an activity config that its engine rejects, and writes nothing', () => {
    const before = dumpRows(core);
    const r = core.dispatch('activity:update', { id: activity.id, patch: { config: { prompt: 'x', cards: 'nope' } } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message).toMatch(/^Card sort settings: /);
    }
    const kind = core.dispatch('activity:add', { workshopId: sample.id, kind: 'karaoke' });
    expect(kind.ok ? null : kind.error.code).toBe('VALIDATION');
    expect(dumpRows(core)).toBe(before);
  });

  it('answers an unknown operation with NOT_FOUND instead of crashing', () => {
    for (const op of ['workshop:explode', '', 42, null, '__proto__', 'constructor', 'toString']) {
      const r = core.dispatch(op, {});
      expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
    }
  });

  it('answers NOT_FOUND for ids that do not exist, and writes nothing', () => {
    const before = dumpRows(core);
    for (const [op, input] of [
      ['workshop:get', { id: 'missing' }],
      ['workshop:update', { id: 'missing', patch: { title: 'x' } }],
      ['participant:add', { workshopId: 'missing', name: 'A', team: 'sales' }],
      ['activity:add', { workshopId: 'missing', kind: 'slide' }],
      ['activity:remove', { id: 'missing' }],
    ] as const) {
      const r = core.dispatch(op, input);
      expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
    }
    expect(dumpRows(core)).toBe(before);
  });
});
