// The deck's colours and boxes (inches on a 13.33 × 7.5 widescreen slide),
// the same palette as the PDF report so both read as one set.
import { TEAM_COLOURS } from '../../../shared/team-colours';

export const FONT = 'Noto Sans';

const pptxHex = (hex: string) => hex.slice(1).toUpperCase();

export const COLOR = {
  ink: '111827',
  muted: '4B5563',
  accent: '4338CA',
  tint: 'EEF2FF',
  rule: 'D1D5DB',
  // The team colours (src/shared/team-colours.ts), as pptxgenjs takes them: RRGGBB.
  sales: pptxHex(TEAM_COLOURS.sales.text),
  marketing: pptxHex(TEAM_COLOURS.marketing.text),
  other: pptxHex(TEAM_COLOURS.other.text),
} as const;

export const SLIDE = { w: 13.333, h: 7.5 } as const;

export const BOX = {
  title: { x: 0.6, y: 0.35, w: 12.1, h: 0.9 },
  /** The main visual, full width under the title. */
  main: { x: 0.6, y: 1.45, w: 12.1, h: 5.5 },
  /** The main visual beside a findings column. */
  left: { x: 0.6, y: 1.45, w: 8.0, h: 5.5 },
  right: { x: 8.9, y: 1.45, w: 3.8, h: 5.5 },
  /** A wide visual (many columns) over a findings strip. */
  top: { x: 0.6, y: 1.45, w: 12.1, h: 3.95 },
  bottom: { x: 0.6, y: 5.5, w: 12.1, h: 1.4 },
  footer: { x: 0.6, y: 7.0, w: 12.1, h: 0.35 },
} as const;

/** The accent a deck uses: a client's colour for lines and bars always, for text (and white text on it) only when it passes 4.5:1. */
export interface Palette {
  line: string;
  text: string;
}

export const DEFAULT_PALETTE: Palette = { line: COLOR.accent, text: COLOR.accent };

export function paletteFor(accent: string | null, accentForText: boolean): Palette {
  if (!accent) return DEFAULT_PALETTE;
  const hex = accent.replace('#', '').toUpperCase();
  return { line: hex, text: accentForText ? hex : COLOR.accent };
}
