import type { Activity } from '../../shared/domain';
import { Currency, type CurrencyCode } from '../../shared/currency';
import { findDefinition } from '../../activities/registry';
import { currentConfig } from '../../activities/versioned';
import * as q from '../db/queries/activities';
import { getWorkshop } from '../db/queries/workshops';
import type { HandlerContext } from './context';
import { withCurrentConfig } from './activities';

// The workshop's currency is the one setting; engines that show money keep a
// copy in their config (their views get only the config). These keep it in step.

/** The activity's config written in `currency`, for kinds that show money; others unchanged. */
export function configInCurrency<A extends Pick<Activity, 'kind' | 'config'>>(activity: A, currency: CurrencyCode): A {
  const def = findDefinition(activity.kind);
  if (!def?.withCurrency) return activity;
  const parsed = def.configSchema.safeParse(activity.config);
  return parsed.success ? { ...activity, config: def.withCurrency(parsed.data, currency) } : activity;
}

/** A new activity takes its workshop's currency. */
export function inWorkshopCurrency<A extends Pick<Activity, 'kind' | 'config' | 'workshopId'>>(ctx: HandlerContext, activity: A): A {
  const workshop = getWorkshop(ctx.db, activity.workshopId);
  return workshop ? configInCurrency(activity, workshop.currency) : activity;
}

/** After the workshop's currency changed: every activity that shows money follows (amounts stay as they are). */
export function applyWorkshopCurrency(ctx: HandlerContext, workshopId: string, currency: CurrencyCode): void {
  for (const stored of q.listActivities(ctx.db, workshopId)) {
    if (!findDefinition(stored.kind)?.withCurrency) continue;
    const current = withCurrentConfig(stored);
    const next = configInCurrency(current, currency);
    if (next !== current) q.updateActivity(ctx.db, next, ctx.now);
  }
}

/** For a workshop file from before the setting: the currency its money activities were written in, if any. */
export function currencyOfActivities(activities: readonly Pick<Activity, 'kind' | 'config' | 'configVersion'>[]): CurrencyCode | undefined {
  for (const a of activities) {
    const def = findDefinition(a.kind);
    if (!def?.withCurrency) continue;
    const current = currentConfig(def, a.configVersion, a.config);
    const currency = current.ok ? Currency.safeParse((current.config as { currency?: unknown }).currency) : null;
    if (currency?.success) return currency.data;
  }
  return undefined;
}
