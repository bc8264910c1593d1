import type { I18n } from '@lingui/core';

// Counts and shares in words, the same in every view and report.

/** A share as a whole percentage, 0–100 with no decimals; 0 when there is no denominator. */
export const percentOf = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** The same share written for people: "42%". */
export const percentText = (part: number, whole: number): string => `${percentOf(part, whole)}%`;

/** A whole percentage (0–100) written in the screen's language: "42%", "42 %" in German and French. */
export const percentIn = (i18n: I18n, percent: number): string => i18n.number(percent / 100, { style: 'percent', maximumFractionDigits: 0 });

/** A share of a whole, written in the screen's language ("42 %"); 0 % when there is no denominator. */
export const shareIn = (i18n: I18n, part: number, whole: number): string => percentIn(i18n, percentOf(part, whole));

export { plural } from '../../shared/plural';
