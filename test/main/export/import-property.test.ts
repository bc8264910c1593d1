import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { roundTrip, startAlignmentDay } from './live-day';
import { runStep, stepArb, type Tally } from './live-ops';

// Whatever a facilitator and a few phones do during the built-in alignment
// day (answers the engines take and answers they refuse, ballot and theme
// changes, settings changes, locks, moving through the agenda, ending and
// resuming, action items), the workshop's own export imports back, and
// export → import → export differs in no field (ids and exportedAt aside,
// see the top of src/main/export/json.ts).

const NUM_RUNS = Number(process.env.IMPORT_PROPERTY_RUNS ?? 30);

describe('a workshop file the app wrote always imports back whole', () => {
  it(`holds for ${NUM_RUNS} random alignment days with four people`, async () => {
    const seen: Tally = { tried: 0, refused: 0 };
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 60, maxLength: 150, size: 'max' }), async (steps) => {
        const clock = manualClock('2026-12-03T08:00:00.000Z');
        const core = testCore(tempDir(), clock.now);
        try {
          const day = startAlignmentDay(core, ['Dana', 'Hannah', 'Sam', 'Ravi']);
          for (const step of steps) runStep(core, day, step, clock, seen);
          clock.advance(60_000);
          const { differing } = await roundTrip(core, day.workshopId);
          expect(differing).toEqual([]);
        } finally {
          core.close();
        }
      }),
      { numRuns: NUM_RUNS },
    );
    console.log(
      `[import property] ${NUM_RUNS} days, ${seen.tried} live steps (${seen.refused} refused by the app), ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 120_000);
});
