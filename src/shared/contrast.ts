// WCAG 2.x contrast between two sRGB colours written as #RRGGBB.
// Pure: no Node, DOM or React.

/** WCAG AA for body text: at least 4.5:1. */
export const AA_TEXT = 4.5;

/** White paper (the report, the planner) and the projector's dark background. */
export const PAPER = '#ffffff';
export const PROJECTOR = '#0b1020';

const HEX = /^#([0-9a-f]{6})$/i;

export function isHexColour(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value);
}

function channels(hex: string): [number, number, number] {
  const m = HEX.exec(hex);
  if (!m) throw new Error(`Not a colour like #1a6b8f: ${hex.slice(0, 20)}`);
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** Relative luminance (0 black … 1 white), as WCAG defines it for sRGB. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A ratio as people read it, never rounded up past what it is: 4.49 is "4.4:1", not "4.5:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10 + 1e-9) / 10).toFixed(1)}:1`;
}

export interface AccentUse {
  /** The accent's contrast with the background. */
  ratio: number;
  /** True when the accent may colour text (WCAG AA, 4.5:1); otherwise it is used only for lines, bars and borders. */
  forText: boolean;
  /** "Used for text: 5.2:1" or "Too light for text (2.1:1): used for lines and bars only". */
  verdict: string;
}

/** Whether an accent colour may be used for text on a background, with the verdict in words. */
export function accentUse(accent: string, background: string = PAPER): AccentUse {
  const ratio = contrastRatio(accent, background);
  const forText = ratio >= AA_TEXT;
  if (forText) return { ratio, forText, verdict: `Used for text: ${formatRatio(ratio)}` };
  // Darker than the background (on paper) it needs to be darker still: it is too light; lighter (on the projector): too dark.
  const tooLight = relativeLuminance(accent) <= relativeLuminance(background);
  return { ratio, forText, verdict: `Too ${tooLight ? 'light' : 'dark'} for text (${formatRatio(ratio)}): used for lines and bars only` };
}
