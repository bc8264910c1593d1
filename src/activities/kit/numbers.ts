// Counts and shares in words, the same in every view and report.

/** A share as a whole percentage, 0–100 with no decimals; 0 when there is no denominator. */
export const percentOf = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** The same share written for people: "42%". */
export const percentText = (part: number, whole: number): string => `${percentOf(part, whole)}%`;

/** "1 dot", "3 dots"; `many` for irregular plurals ("1 person", "2 people"). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
