import { describe, expect, it } from 'vitest';
import { percentOf, percentText, plural } from '../../src/activities/kit/numbers';

describe('counts and shares in words (one module for views and reports)', () => {
  it('gives a share as a whole number for sums, and as "42%" for people', () => {
    expect(percentOf(5, 12)).toBe(42);
    expect(percentText(5, 12)).toBe('42%');
    expect(percentOf(3, 0)).toBe(0);
    expect(percentText(3, 0)).toBe('0%');
  });
  it('says one and many', () => {
    expect(plural(1, 'dot')).toBe('1 dot');
    expect(plural(3, 'dot')).toBe('3 dots');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });
});
