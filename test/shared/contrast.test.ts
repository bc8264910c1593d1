import { describe, expect, it } from 'vitest';
import { AccentColour } from '../../src/shared/branding';
import { accentUse, contrastRatio, formatRatio, PAPER, PROJECTOR, relativeLuminance } from '../../src/shared/contrast';

// Branding (#16): an accent colour that fails WCAG AA for text (4.5:1) is used
// only for decoration. Figures checked against WebAIM's contrast checker.

describe('WCAG contrast', () => {
  it('gives the known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
    expect(contrastRatio('#008000', '#ffffff')).toBeCloseTo(5.14, 2);
    expect(contrastRatio('#ffff00', '#ffffff')).toBeCloseTo(1.07, 2);
    // The order of the two colours does not matter.
    expect(contrastRatio('#ffffff', '#0000ff')).toBe(contrastRatio('#0000ff', '#ffffff'));
  });

  it('computes relative luminance from sRGB', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('never rounds a failing ratio up to a passing one', () => {
    expect(formatRatio(4.499)).toBe('4.4:1');
    expect(formatRatio(4.5)).toBe('4.5:1');
    expect(formatRatio(21)).toBe('21.0:1');
    expect(formatRatio(contrastRatio('#ff0000', '#ffffff'))).toBe('3.9:1');
  });

  it('lets an accent colour text only from 4.5:1, and says so in words', () => {
    expect(accentUse('#767676')).toMatchObject({ forText: true, verdict: 'Used for text: 4.5:1' });
    expect(accentUse('#777777')).toMatchObject({ forText: false, verdict: 'Too light for text (4.4:1): used for lines and bars only' });
    expect(accentUse('#ffd500', PAPER).verdict).toMatch(/^Too light for text \(1\.\d:1\): used for lines and bars only$/);
    expect(accentUse('#1a6b8f', PAPER)).toMatchObject({ forText: true });
  });

  it('judges against the background it is drawn on: a dark accent fails on the dark projector', () => {
    const navy = accentUse('#1e3a8a', PROJECTOR);
    expect(navy.forText).toBe(false);
    expect(navy.verdict).toMatch(/^Too dark for text/);
    expect(accentUse('#1e3a8a', PAPER).forText).toBe(true);
    expect(accentUse('#ffd500', PROJECTOR).forText).toBe(true);
  });

  it('accepts accent colours only as #RRGGBB, stored in lower case', () => {
    expect(AccentColour.parse('#1A6B8F')).toBe('#1a6b8f');
    expect(AccentColour.parse(' #00aa00 ')).toBe('#00aa00');
    for (const bad of ['1a6b8f', '#fff', '#1a6b8g', 'red', 'rgb(0,0,0)', '#1a6b8f00', '']) {
      const r = AccentColour.safeParse(bad);
      expect(r.success, bad).toBe(false);
      if (!r.success) expect(r.error.issues[0]!.message).toBe('Use a colour like #1a6b8f: a # and six digits 0–9 or letters a–f');
    }
  });
});
