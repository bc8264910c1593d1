import { kindWord } from '../../activities/kind-words';
import type { MessageDescriptor } from '@lingui/core';
import { currentI18n, say } from '../../shared/api/say';
import { msg } from '@lingui/core/macro';
import type { Workshop } from '../../shared/domain';
import { DomainError } from '../../shared/api/result';
import { describeIssues, friendlyError, parseOrThrow } from '../../shared/api/validate';
import {
  BUILT_IN_PREFIX,
  MAX_TEMPLATE_FILE_CHARS,
  TEMPLATE_FILE_VERSION,
  TEMPLATE_FORMAT,
  TemplateBody,
  TemplateFile,
  type TemplateActivity,
  type TemplateSummary,
} from '../../shared/templates';
import { findDefinition } from '../../activities/registry';
import { currentConfig } from '../../activities/versioned';
import { listActivities } from '../db/queries/activities';
import * as q from '../db/queries/templates';
import { newId } from '../db/ids';
import type { HandlerContext, Handlers } from './context';
import { getWorkshopOrThrow, newWorkshop } from './workshop-records';
import { brandDefaultFields } from './branding';
import { insertAt, withCurrentConfig } from './activities';
import { BUILT_IN_TEMPLATES } from './builtin-templates';
import { fileSlug } from '../../shared/file-name';
import type { Locale } from '../../shared/locale';

// Templates: save a workshop's agenda (settings and notes, no answers, no
// roster), list them, start a workshop from one, and share them as files.

const invalid = (message: string | MessageDescriptor, issues?: { path: string; message: string }[]) => new DomainError('VALIDATION', message, issues);

function summary(id: string, body: TemplateBody, builtIn: boolean, createdAt: string | null): TemplateSummary {
  return {
    id,
    name: body.name,
    description: body.description,
    builtIn,
    activityCount: body.activities.length,
    activityTitles: body.activities.map((a) => a.title),
    minutes: body.activities.reduce((s, a) => s + a.minutes, 0),
    createdAt,
  };
}

/**
 * One activity's settings against its engine: the kind exists, the settings
 * are not from a newer engine, and (migrated if older) they pass its schema.
 * Template and workshop imports both call this. The error names the activity
 * by its place in the file (1 for the first) and its title, e.g. "Activity 3 (“Lead sort”)".
 */
export function checkActivityConfig(
  a: { kind: string; configVersion: number; config: unknown; title: string },
  position: number,
): { config: unknown; configVersion: number } {
  const title = a.title.slice(0, 60);
  const def = findDefinition(a.kind);
  if (!def) {
    const kind = a.kind.slice(0, 40);
    throw invalid(msg`Activity ${position} (“${title}”) is of a kind this version of Common Ground does not know (“${kind}”). Nothing was imported.`);
  }
  const current = currentConfig(def, a.configVersion, a.config, { error: friendlyError });
  if (!current.ok && current.newer) {
    throw invalid(
      msg`Activity ${position} (“${title}”) was made with a newer version of Common Ground. Update the app, then import it again. Nothing was imported.`,
    );
  }
  if (!current.ok) {
    const d = describeIssues(current.error);
    const exercise = kindWord(currentI18n(), def.kind, def);
    const why = d.message;
    throw invalid(msg`Activity ${position} (“${title}”, ${exercise}): its settings are not valid: ${why} Nothing was imported.`, d.issues);
  }
  return { config: current.config, configVersion: current.configVersion };
}

/** Check every activity of a template; returns the body with every config at its engine's current version. */
export function checkTemplate(body: TemplateBody): TemplateBody {
  const activities = body.activities.map((a, i): TemplateActivity => ({ ...a, ...checkActivityConfig(a, i + 1) }));
  return { ...body, activities };
}

/** A built-in template in `locale`: its words and example content made in that language. */
function builtIn(id: string, locale: Locale = 'en'): TemplateBody | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id)?.body(locale);
}

function stored(ctx: HandlerContext, id: string): { row: q.TemplateRecord; body: TemplateBody } | undefined {
  const row = q.getTemplate(ctx.db, id);
  if (!row) return undefined;
  return { row, body: TemplateBody.parse(JSON.parse(row.body)) };
}

/** A template's body; a built-in one in `locale`, a saved one as it was written (its words are the facilitator's, never translated). */
function bodyOrThrow(ctx: HandlerContext, id: string, locale: Locale = 'en'): TemplateBody {
  const body = id.startsWith(BUILT_IN_PREFIX) ? builtIn(id, locale) : stored(ctx, id)?.body;
  if (!body) throw new DomainError('NOT_FOUND', msg`That template was not found. It may have been deleted in another window; reload the list.`);
  return body;
}

function insertTemplate(ctx: HandlerContext, body: TemplateBody): TemplateSummary {
  const id = newId();
  q.insertTemplate(ctx.db, { id, name: body.name, description: body.description, body: JSON.stringify(body), createdAt: ctx.now, updatedAt: ctx.now });
  return summary(id, body, false, ctx.now);
}

/** A new draft workshop with the template's agenda; the roster starts empty. */
export function workshopFromTemplate(ctx: HandlerContext, body: TemplateBody, fields: Partial<Workshop> & { title: string }): Workshop {
  const checked = checkTemplate(body);
  const workshop = newWorkshop(ctx, { goal: checked.goal, ...fields, status: 'draft' });
  for (const a of checked.activities) {
    insertAt(ctx, {
      id: newId(),
      workshopId: workshop.id,
      kind: a.kind,
      title: a.title,
      minutes: a.minutes,
      config: a.config,
      configVersion: a.configVersion,
      notes: a.notes,
      naming: null,
    });
  }
  return workshop;
}

/** Parse a template file's text, with a sentence for each way it can be wrong. */
export function parseTemplateFile(json: string): TemplateBody {
  if (json.length > MAX_TEMPLATE_FILE_CHARS) throw invalid(msg`That file is too big to be a Common Ground template. Nothing was imported.`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw invalid(msg`That file is not a Common Ground template: it is not valid JSON (it may be damaged or only partly saved). Nothing was imported.`);
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== TEMPLATE_FORMAT) {
    throw invalid(msg`That file is not a Common Ground template (it has no “common-ground-template” label). Nothing was imported.`);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw invalid(msg`That template file has no valid version number. Nothing was imported.`);
  }
  if (version > TEMPLATE_FILE_VERSION) {
    const readable = TEMPLATE_FILE_VERSION;
    throw invalid(
      msg`That template was saved by a newer version of Common Ground (file version ${version}; this app reads up to ${readable}). Update the app, then import it again. Nothing was imported.`,
    );
  }
  const file = parseOrThrow(TemplateFile, data, (why) => say(msg`That template file is damaged: ${why} Nothing was imported.`));
  return checkTemplate(file.template);
}

export const templateHandlers = {
  'template:list': ({ language }, ctx) => {
    const builtIns = BUILT_IN_TEMPLATES.map((t) => summary(t.id, t.body(language), true, null));
    const mine = q.listTemplates(ctx.db).flatMap((row) => {
      const parsed = TemplateBody.safeParse(JSON.parse(row.body));
      return parsed.success ? [summary(row.id, parsed.data, false, row.createdAt)] : [];
    });
    return [...builtIns, ...mine];
  },

  'template:saveFromWorkshop': ({ workshopId, name, description }, ctx) => {
    const workshop = getWorkshopOrThrow(ctx, workshopId);
    const activities = listActivities(ctx.db, workshopId).map(withCurrentConfig);
    if (activities.length === 0) throw new DomainError('CONFLICT', msg`The agenda is empty. Add at least one activity before you save it as a template.`);
    const body: TemplateBody = {
      name,
      description: description ?? '',
      goal: workshop.goal,
      activities: activities.map((a) => ({
        kind: a.kind,
        title: a.title,
        minutes: a.minutes,
        configVersion: a.configVersion,
        config: a.config,
        notes: a.notes,
      })),
    };
    return insertTemplate(ctx, checkTemplate(body));
  },

  'template:createWorkshop': ({ templateId, title, language = 'en' }, ctx) => {
    const body = bodyOrThrow(ctx, templateId, language);
    const workshop = workshopFromTemplate(ctx, body, { ...brandDefaultFields(ctx), title: title ?? body.name, language });
    ctx.emit('workshops:changed', {});
    return workshop;
  },

  'template:export': ({ id }, ctx) => {
    const body = bodyOrThrow(ctx, id);
    const file: TemplateFile = { format: TEMPLATE_FORMAT, version: TEMPLATE_FILE_VERSION, exportedAt: ctx.now, template: body };
    return { fileName: `${fileSlug(body.name) || 'template'}.cgtemplate.json`, json: `${JSON.stringify(file, null, 2)}\n` };
  },

  'template:import': ({ json }, ctx) => insertTemplate(ctx, parseTemplateFile(json)),

  'template:remove': ({ id }, ctx) => {
    if (id.startsWith(BUILT_IN_PREFIX)) throw new DomainError('CONFLICT', msg`Built-in templates cannot be deleted.`);
    const found = stored(ctx, id);
    if (!found) throw new DomainError('NOT_FOUND', msg`That template was not found. It may have been deleted in another window; reload the list.`);
    q.deleteTemplate(ctx.db, id);
    return { id };
  },
} satisfies Partial<Handlers>;
