import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { apartOf100 } from '../../../shared/apart';

// shared/apart.ts's scale ("how far apart" the teams sorted a card, 0–100) in the screen's language.

/** "83 of 100". */
export const apartText = (i18n: I18n, divergence: number | null | undefined): string => {
  const apart = apartOf100(divergence);
  return i18n._(msg`${apart} of 100`);
};

/** What the scale means, for a heading or a table title. */
export const apartScale = (i18n: I18n): string => i18n._(msg`how far apart: 0 = same split, 100 = opposite`);
