// Counts and shares in words, the same in every view and report.

/** A share as a whole percentage, 0–100 with no decimals; 0 when there is no denominator. */
export const percentOf = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** The same share written for people: "42%". */
export const percentText = (part: number, whole: number): string => `${percentOf(part, whole)}%`;

export { plural } from '../../shared/plural';
