import { describe, expect, it } from 'vitest';
import { ACTIVITY_DEFINITIONS } from '../../src/activities/registry';
import { LOCALES } from '../../src/shared/locale';

describe('facilitator guides', () => {
  for (const d of ACTIVITY_DEFINITIONS) {
    for (const locale of LOCALES) {
      it(`${d.kind} has a short guide in ${locale}: purpose, steps, timing, what to watch for`, () => {
        const g = d.guide?.[locale];
        expect(g, `${d.kind} has no guide in ${locale}`).toBeDefined();
        expect(g!.purpose.length).toBeGreaterThan(20);
        expect(g!.purpose.length).toBeLessThan(400);
        expect(g!.howToRun.length).toBeGreaterThanOrEqual(1);
        expect(g!.howToRun.length).toBeLessThanOrEqual(6);
        expect(g!.timing).toMatch(/\d/);
        expect(g!.watchFor.length).toBeGreaterThanOrEqual(1);
        for (const line of [...g!.howToRun, ...g!.watchFor]) expect(line.length).toBeLessThan(300);
      });
    }

    it(`${d.kind}'s guide says the same in every language: as many steps and points, none left in English`, () => {
      const en = d.guide!.en;
      for (const locale of LOCALES.filter((l) => l !== 'en')) {
        const g = d.guide![locale];
        expect(g.howToRun, locale).toHaveLength(en.howToRun.length);
        expect(g.watchFor, locale).toHaveLength(en.watchFor.length);
        // (a timing such as “10 minutes.” may be written the same in French)
        const english = new Set([en.purpose, ...en.howToRun, ...en.watchFor]);
        for (const line of [g.purpose, ...g.howToRun, ...g.watchFor]) expect(english.has(line), `${locale}: “${line}” is the English text`).toBe(false);
      }
    });
  }
});
