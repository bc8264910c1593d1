import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { currentI18n, say } from '../../shared/api/say';
import { kindWord } from '../../activities/kind-words';
import type { Activity } from '../../shared/domain';
import { DomainError } from '../../shared/api/result';
import { parseOrThrow } from '../../shared/api/validate';
import { findDefinition } from '../../activities/registry';
import type { ActivityDefinition } from '../../activities/types';
import { currentConfig } from '../../activities/versioned';
import * as q from '../db/queries/activities';
import { touchWorkshop } from '../db/queries/workshops';
import { newId } from '../db/ids';
import type { HandlerContext, Handlers } from './context';
import { required, workshopChanged } from './context';
import { getWorkshopOrThrow } from './workshop-records';
import { logActivityNaming } from './privacy-settings';
import { inWorkshopCurrency } from './currency';
import { checkSettingsKeepAnswers } from './answer-rules';
import { defaultTitleIn } from '../../activities/default-titles';

class ValidationError extends DomainError {
  constructor(message: string | MessageDescriptor, issues?: { path: string; message: string }[]) {
    super('VALIDATION', message, issues);
  }
}

export function definitionOrThrow(kind: string): ActivityDefinition {
  const def = findDefinition(kind);
  if (!def) {
    const name = kind.slice(0, 40);
    throw new ValidationError(msg`There is no activity of kind "${name}". Pick one from the library.`);
  }
  return def;
}

/** Validate a config against its engine's schema, or explain what is wrong with it. */
export function parseConfig(def: ActivityDefinition, config: unknown): unknown {
  return parseOrThrow(
    def.configSchema,
    config,
    (why) => {
      const exercise = kindWord(currentI18n(), def.kind, def);
      return say(msg`${exercise} settings: ${why}`);
    },
    { pathPrefix: 'config' },
  );
}

/** Configs stored by an older engine version are brought up to date on read. */
export function withCurrentConfig(activity: Activity): Activity {
  const def = findDefinition(activity.kind);
  if (!def || activity.configVersion >= def.configVersion) return activity;
  const current = currentConfig(def, activity.configVersion, activity.config);
  return current.ok ? { ...activity, config: current.config, configVersion: current.configVersion } : activity;
}

function activityOrThrow(ctx: HandlerContext, id: string): Activity {
  return withCurrentConfig(required(q.getActivity(ctx.db, id), 'activity'));
}

function changed(ctx: HandlerContext, workshopId: string) {
  touchWorkshop(ctx.db, workshopId, ctx.now);
  workshopChanged(ctx, workshopId);
}

export function insertAt(ctx: HandlerContext, activity: Omit<Activity, 'position'>, index?: number): Activity {
  const ids = q.listActivities(ctx.db, activity.workshopId).map((a) => a.id);
  const at = Math.min(index ?? ids.length, ids.length);
  const created: Activity = { ...inWorkshopCurrency(ctx, activity), position: at };
  q.insertActivity(ctx.db, created, ctx.now);
  ids.splice(at, 0, created.id);
  q.setActivityPositions(ctx.db, ids);
  return created;
}

function renumber(ctx: HandlerContext, workshopId: string) {
  q.setActivityPositions(
    ctx.db,
    q.listActivities(ctx.db, workshopId).map((a) => a.id),
  );
}

export const activityHandlers = {
  'activity:add': ({ workshopId, kind, title, minutes, config, index }, ctx) => {
    // A new activity's title and example content are in its workshop's language.
    const { language } = getWorkshopOrThrow(ctx, workshopId);
    const def = definitionOrThrow(kind);
    const created = insertAt(
      ctx,
      {
        id: newId(),
        workshopId,
        kind,
        title: title ?? defaultTitleIn(def, language),
        minutes: minutes ?? def.defaultMinutes,
        config: config === undefined ? def.defaultConfig(language) : parseConfig(def, config),
        configVersion: def.configVersion,
        notes: '',
        naming: null,
      },
      index,
    );
    changed(ctx, workshopId);
    return created;
  },

  'activity:update': ({ id, patch }, ctx) => {
    const current = activityOrThrow(ctx, id);
    const def = definitionOrThrow(current.kind);
    const next: Activity = {
      ...current,
      ...patch,
      config: 'config' in patch ? parseConfig(def, patch.config) : current.config,
      configVersion: def.configVersion,
    };
    if ('config' in patch) checkSettingsKeepAnswers(ctx, current, next.config);
    q.updateActivity(ctx.db, next, ctx.now);
    if (patch.naming !== undefined && patch.naming !== current.naming) logActivityNaming(ctx, current, patch.naming);
    changed(ctx, current.workshopId);
    return next;
  },

  'activity:duplicate': ({ id }, ctx) => {
    const source = activityOrThrow(ctx, id);
    const copy = insertAt(ctx, { ...source, id: newId(), title: `${source.title} (copy)`.slice(0, 200) }, source.position + 1);
    changed(ctx, source.workshopId);
    return { ...copy, position: source.position + 1 };
  },

  'activity:remove': ({ id }, ctx) => {
    const current = activityOrThrow(ctx, id);
    q.deleteActivity(ctx.db, id);
    renumber(ctx, current.workshopId);
    changed(ctx, current.workshopId);
    return { id };
  },

  'activity:reorder': ({ workshopId, orderedIds }, ctx) => {
    getWorkshopOrThrow(ctx, workshopId);
    const current = q.listActivities(ctx.db, workshopId).map((a) => a.id);
    const same = orderedIds.length === current.length && new Set(orderedIds).size === orderedIds.length && orderedIds.every((id) => current.includes(id));
    if (!same) {
      throw new ValidationError(
        msg`The new order must list every activity of this workshop exactly once. The agenda may have changed in another window; reload it.`,
      );
    }
    q.setActivityPositions(ctx.db, orderedIds);
    changed(ctx, workshopId);
    return q.listActivities(ctx.db, workshopId).map(withCurrentConfig);
  },
} satisfies Partial<Handlers>;
