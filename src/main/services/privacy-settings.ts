import type { Activity } from '../../shared/domain';
import { NAMING_LABEL, type Naming } from '../../shared/privacy';
import { appendPrivacyLog } from '../db/queries/room-pins';
import { answerCounts } from '../db/queries/responses';
import type { HandlerContext } from './context';

// Changes to who can be recognised (the workshop's "Names in the report and
// exports", an activity's naming) go into the privacy log the console shows,
// with how many answers had been given under the old setting.

export const PRIVACY_SETTING_ACTIONS = {
  namesInExports: 'setting:names-in-exports',
  activityNaming: 'setting:activity-naming',
} as const;

const given = (n: number) => (n === 0 ? 'no answers yet' : `${n.toLocaleString('en-US')} answer${n === 1 ? '' : 's'} already given`);
const label = (naming: Naming | null) => (naming ? NAMING_LABEL[naming] : 'Follow the workshop');

export function logNamesInExports(ctx: HandlerContext, workshopId: string, on: boolean): void {
  const n = Object.values(answerCounts(ctx.db, workshopId)).reduce((a, b) => a + b, 0);
  appendPrivacyLog(
    ctx.db,
    workshopId,
    ctx.now,
    PRIVACY_SETTING_ACTIONS.namesInExports,
    `“Names in the report and exports” turned ${on ? 'on' : 'off'} (${given(n)}).`,
  );
}

export function logActivityNaming(ctx: HandlerContext, activity: Activity, next: Naming | null): void {
  const n = answerCounts(ctx.db, activity.workshopId)[activity.id] ?? 0;
  appendPrivacyLog(
    ctx.db,
    activity.workshopId,
    ctx.now,
    PRIVACY_SETTING_ACTIONS.activityNaming,
    `“${activity.title}”: names set to ${label(next)}, was ${label(activity.naming)} (${given(n)}).`,
  );
}
