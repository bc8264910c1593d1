import { msg } from '@lingui/core/macro';
import { DomainError } from '../../shared/api/result';
import type { Brand, BrandDefault, LogoData, LogoInfo, LogoMime } from '../../shared/branding';
import { accentUse, PAPER } from '../../shared/contrast';
import type { Workshop } from '../../shared/domain';
import * as q from '../db/queries/branding';
import type { HandlerContext, Handlers } from './context';
import { workshopChanged } from './context';
import { checkLogo } from './logo-check';
import { getWorkshopOrThrow } from './workshop-records';
import { updateWorkshop } from '../db/queries/workshops';

// Branding: a client name, a logo and an accent colour per workshop, and the
// saved default new workshops start with. Client name and accent change
// through workshop:update; the logo through its own operations, checked by
// logo-check.ts before anything is written.

const info = (row: q.LogoRow): LogoInfo => ({ mime: row.mime, width: row.width, height: row.height, bytes: row.bytes, hash: row.hash });
const withFile = (row: q.LogoRow): LogoData => ({ ...info(row), base64: row.data.toString('base64') });
const logoFile = (ctx: HandlerContext, hash: string | null | undefined) => (hash ? q.getLogo(ctx.db, hash) : undefined);

/** The saved default as fields for a new workshop (nothing when none is saved). */
export function brandDefaultFields(ctx: HandlerContext): Partial<Pick<Workshop, 'clientName' | 'accent' | 'logo'>> {
  const d = q.getBrandDefaultRow(ctx.db);
  if (!d) return {};
  const logo = logoFile(ctx, d.logoHash);
  return { clientName: d.clientName, accent: d.accent, logo: logo ? info(logo) : null };
}

function brandDefault(ctx: HandlerContext): BrandDefault | null {
  const d = q.getBrandDefaultRow(ctx.db);
  if (!d) return null;
  const logo = logoFile(ctx, d.logoHash);
  return { clientName: d.clientName, accent: d.accent, logo: logo ? withFile(logo) : null, savedAt: d.savedAt };
}

export const brandingHandlers = {
  'workshop:brand': ({ id }, ctx) => {
    const w = getWorkshopOrThrow(ctx, id);
    const logo = logoFile(ctx, w.logo?.hash);
    return { clientName: w.clientName, accent: w.accent, logo: logo ? withFile(logo) : null } satisfies Brand;
  },

  'workshop:setLogo': ({ id, base64 }, ctx) => {
    getWorkshopOrThrow(ctx, id);
    const logo = checkLogo(base64);
    q.putLogo(ctx.db, logo);
    q.setWorkshopLogo(ctx.db, id, logo.hash, ctx.now);
    workshopChanged(ctx, id);
    return getWorkshopOrThrow(ctx, id);
  },

  'workshop:clearLogo': ({ id }, ctx) => {
    getWorkshopOrThrow(ctx, id);
    q.setWorkshopLogo(ctx.db, id, null, ctx.now);
    workshopChanged(ctx, id);
    return getWorkshopOrThrow(ctx, id);
  },

  'workshop:applyBrandDefault': ({ id }, ctx) => {
    getWorkshopOrThrow(ctx, id);
    const d = q.getBrandDefaultRow(ctx.db);
    if (!d) throw new DomainError('CONFLICT', msg`No default branding is saved yet: brand a workshop, then choose “Use as default for new workshops”.`);
    updateWorkshop(ctx.db, id, { clientName: d.clientName, accent: d.accent, updatedAt: ctx.now });
    q.setWorkshopLogo(ctx.db, id, d.logoHash, ctx.now);
    workshopChanged(ctx, id);
    return getWorkshopOrThrow(ctx, id);
  },

  'settings:getBrandDefault': (_input, ctx) => brandDefault(ctx),

  'settings:saveBrandDefault': ({ workshopId }, ctx) => {
    const w = getWorkshopOrThrow(ctx, workshopId);
    q.saveBrandDefaultRow(ctx.db, { clientName: w.clientName, accent: w.accent, logoHash: w.logo?.hash ?? null, savedAt: ctx.now });
    ctx.emit('workshops:changed', {});
    return brandDefault(ctx)!;
  },

  'settings:clearBrandDefault': (_input, ctx) => {
    q.clearBrandDefaultRow(ctx.db);
    ctx.emit('workshops:changed', {});
    return null;
  },
} satisfies Partial<Handlers>;

/** A workshop's branding as the PDF report draws it (white paper). */
export interface ReportBrand {
  /** '' when the workshop names no client. */
  clientName: string;
  /** '#rrggbb', or null for the report's own colours. */
  accent: string | null;
  /** True when the accent passes WCAG AA for text on white (4.5:1); false (or no accent): use it only for rules, bars and borders, and the default ink for text. */
  accentForText: boolean;
  /** The accent's contrast with white (null without an accent). */
  accentContrast: number | null;
  logo: { mime: LogoMime; bytes: Buffer; base64: string; width: number; height: number } | null;
}

/** Everything the report needs to brand its cover and header, read in the caller's transaction. */
export function brandOf(ctx: HandlerContext, workshopId: string): ReportBrand {
  const w = getWorkshopOrThrow(ctx, workshopId);
  const file = logoFile(ctx, w.logo?.hash);
  const use = w.accent ? accentUse(w.accent, PAPER) : null;
  return {
    clientName: w.clientName,
    accent: w.accent,
    accentForText: use?.forText ?? false,
    accentContrast: use?.ratio ?? null,
    logo: file ? { mime: file.mime, bytes: file.data, base64: file.data.toString('base64'), width: file.width, height: file.height } : null,
  };
}
