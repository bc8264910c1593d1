import { describe, expect, it } from 'vitest';
import { currencySymbol, formatMoney, formatShortMoney } from '../../src/shared/currency';

// Issue #19: money in the workshop's locale where it is given (the report), English as before where not.
describe('money in a locale', () => {
  it('keeps the English it always wrote by default', () => {
    expect(formatMoney('EUR', 12500)).toBe('€12,500');
    expect(formatShortMoney('USD', 1250000)).toBe('$1.3M');
    expect(currencySymbol('CAD')).toBe('CA$');
  });

  it('writes the locale’s grouping, decimal mark and symbol place', () => {
    const de = (n: number, cents = false) =>
      new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 }).format(
        n,
      );
    expect(formatMoney('EUR', 12500, 'de-DE')).toBe(de(12500));
    expect(formatMoney('EUR', 12500, 'de-DE')).toMatch(/^12\.500\s€$/);
    expect(formatMoney('EUR', 1250.5, 'de-DE')).toBe(de(1250.5, true));
    expect(formatMoney('EUR', -6000, 'fr-FR')).toMatch(/^−6\s000\s€$/);
  });
});
