import { says } from './api/say';
import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { accentUse } from './contrast';

// A workshop's branding: the client's name, a logo (PNG or SVG) and an accent
// colour, for the report's cover and header and the projector's join screen.
// The core checks a logo's bytes (see src/main/services/logo-check.ts); here
// are the limits and shapes every side shares. Pure: no Node, DOM or React.

/** The largest logo the app takes: 512 KB of PNG or SVG. */
export const MAX_LOGO_BYTES = 512 * 1024;
/** Neither side of a PNG logo may be larger (a small file can decode to a huge picture). */
export const MAX_LOGO_PIXELS_PER_SIDE = 4096;

export const LOGO_TYPES = ['image/png', 'image/svg+xml'] as const;
export const LogoMime = z.enum(LOGO_TYPES, says(msg`A logo is a PNG or an SVG image`));
export type LogoMime = z.infer<typeof LogoMime>;

/** "512 KB", "1.4 MB": a file's size as people read it. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

const LOGO_LIMIT = formatBytes(MAX_LOGO_BYTES);

/** Base64 of at most MAX_LOGO_BYTES (4 characters per 3 bytes); the exact size is checked once decoded. */
export const LogoBase64 = z
  .string(says(msg`Send the logo file as base64 text`))
  .min(1, says(msg`The logo file is empty`))
  .max(
    Math.ceil(MAX_LOGO_BYTES / 3) * 4,
    says(
      msg`That logo is too large: the limit is ${LOGO_LIMIT}. Save a smaller PNG or SVG (a logo needs no more than about 1,000 pixels across) and choose it again.`,
    ),
  )
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, says(msg`The logo did not arrive whole (it is not base64 text). Choose the file again.`));

/** An accent colour as #RRGGBB; stored in lower case. */
export const AccentColour = z
  .string(says(msg`Use a colour like #1a6b8f`))
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, says(msg`Use a colour like #1a6b8f: a # and six digits 0–9 or letters a–f`))
  .transform((s) => s.toLowerCase());

export const ClientName = z
  .string(says(msg`The client name is text`))
  .trim()
  .max(120, says(msg`Keep the client name under 120 characters`));

/** What a workshop (or the saved default) says about its logo, without the picture itself. */
export const LogoInfo = z.object({
  mime: LogoMime,
  /** Pixels for a PNG; the SVG's own units (from its width and height, else its viewBox). */
  width: z.number().positive(),
  height: z.number().positive(),
  bytes: z.number().int().min(1).max(MAX_LOGO_BYTES),
  /** The file's SHA-256 in hex: changes whenever the picture does. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type LogoInfo = z.infer<typeof LogoInfo>;

/** The logo with its file, as base64. */
export const LogoData = LogoInfo.extend({ base64: z.string() });
export type LogoData = z.infer<typeof LogoData>;

/** A workshop's branding with the logo's file: what the planner's preview and the projector draw. */
export const Brand = z.object({
  clientName: z.string(),
  accent: z.string().nullable(),
  logo: LogoData.nullable(),
});
export type Brand = z.infer<typeof Brand>;

/** The branding a new workshop starts with ("Use as default for new workshops"). */
export const BrandDefault = Brand.extend({ savedAt: z.string() });
export type BrandDefault = z.infer<typeof BrandDefault>;

/** A data: URL for an <img> (the renderer's CSP allows data: images; an <img> never runs an SVG's scripts). */
export const logoDataUrl = (logo: Pick<LogoData, 'mime' | 'base64'>): string => `data:${logo.mime};base64,${logo.base64}`;

/** True when there is anything to show. */
export const hasBranding = (b: { clientName: string; accent: string | null; logo: unknown }): boolean => Boolean(b.clientName || b.accent || b.logo);

/**
 * How an accent shows on a background: always for decoration (rules, bars,
 * borders); for text only when it passes WCAG AA there (4.5:1), else null and
 * text keeps the default ink.
 */
export function accentLook(accent: string | null, background: string): { decoration: string | null; text: string | null } {
  if (!accent) return { decoration: null, text: null };
  return { decoration: accent, text: accentUse(accent, background).forText ? accent : null };
}
