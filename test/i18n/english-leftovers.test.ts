import { describe, expect, it } from 'vitest';
import { messagePattern } from '../helpers/english-leftovers';

// The check behind "no English word left on the projector": a message becomes a pattern for a whole text.

describe('messagePattern', () => {
  it('matches a plain message only as the whole text', () => {
    const p = messagePattern('Reveal results')!;
    expect(p.test('Reveal results')).toBe(true);
    expect(p.test('Reveal results now')).toBe(false);
    expect(p.test('Ergebnisse zeigen')).toBe(false);
  });

  it('lets placeholders, plurals and selects stand for any text', () => {
    const p = messagePattern('{done} of {total} cards sorted')!;
    expect(p.test('3 of 5 cards sorted')).toBe(true);
    expect(p.test('3 von 5 Karten sortiert')).toBe(false);
    const plural = messagePattern('Sorted {count, plural, one {# card} other {# cards}} so far')!;
    expect(plural.test('Sorted 4 cards so far')).toBe(true);
  });

  it('has no pattern for a message of placeholders alone (nothing English to find)', () => {
    expect(messagePattern('{name}')).toBeNull();
    expect(messagePattern('{n} · {m}')).toBeNull();
  });
});
