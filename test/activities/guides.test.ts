import { describe, expect, it } from 'vitest';
import { ACTIVITY_DEFINITIONS } from '../../src/activities/registry';

describe('facilitator guides', () => {
  for (const d of ACTIVITY_DEFINITIONS) {
    it(`${d.kind} has a short guide: purpose, steps, timing, what to watch for`, () => {
      const g = d.guide;
      expect(g, `${d.kind} has no guide`).toBeDefined();
      expect(g!.purpose.length).toBeGreaterThan(20);
      expect(g!.purpose.length).toBeLessThan(400);
      expect(g!.howToRun.length).toBeGreaterThanOrEqual(1);
      expect(g!.howToRun.length).toBeLessThanOrEqual(6);
      expect(g!.timing).toMatch(/\d/);
      expect(g!.watchFor.length).toBeGreaterThanOrEqual(1);
      for (const line of [...g!.howToRun, ...g!.watchFor]) expect(line.length).toBeLessThan(300);
    });
  }
});
