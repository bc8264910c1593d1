import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';

// One scale for "how far apart" the teams sorted a card, the same on the projector, the
// console and the report: 0 (the same split) to 100 (no overlap at all), in plain words
// instead of a 0–1 "gap".

/** The divergence (0–1) as a whole number out of 100. */
export const apartOf100 = (divergence: number | null | undefined) => Math.round(Math.min(1, Math.max(0, divergence ?? 0)) * 100);

/** "83 of 100". */
export const formatApart = (divergence: number | null | undefined) => `${apartOf100(divergence)} of 100`;

/** What the scale means, for a heading or a table title. */
export const APART_SCALE = 'how far apart: 0 = same split, 100 = opposite';

/** "83 of 100" in a language (the report; views may take it too). */
export const apartText = (i18n: I18n, divergence: number | null | undefined): string => {
  const apart = apartOf100(divergence);
  return t(i18n)`${apart} of 100`;
};

/** APART_SCALE in a language. */
export const apartScale = (i18n: I18n): string => t(i18n)`how far apart: 0 = same split, 100 = opposite`;
