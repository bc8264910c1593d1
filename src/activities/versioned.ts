import type { z } from 'zod';
import type { ActivityDefinition } from './types';

// Versions of what engines store (settings, boards, answers), as tldraw versions its shapes'
// props: each engine lists named steps in order, each taking the stored value one version up.
// A value saved before versions existed is at version 0. Steps are pure functions of JSON and
// never import the engine's current schema: they describe the past, the schema the present.

export interface VersionStep {
  /** The version a value has after this step: steps are numbered 1, 2, 3... without gaps. */
  version: number;
  /** What the step does, in a few words, e.g. 'on-screen-default'. */
  name: string;
  /** The value at version - 1 in, the value at `version` out. Never changes `old` itself. */
  up(old: unknown): unknown;
}

export interface VersionHistory {
  /** What is versioned, for messages, e.g. "lead-sort board". */
  what: string;
  steps: readonly VersionStep[];
}

/** A history, checked when the engine loads: steps numbered 1, 2, 3... in order, each named once. */
export function versionHistory(what: string, steps: readonly VersionStep[]): VersionHistory {
  const names = new Set<string>();
  steps.forEach((s, i) => {
    if (s.version !== i + 1) throw new Error(`The ${what} step "${s.name}" is numbered ${s.version}; step ${i + 1} was expected (in order, no gaps).`);
    if (!s.name || names.has(s.name)) throw new Error(`The ${what} step ${s.version} needs a name of its own.`);
    names.add(s.name);
  });
  return { what, steps };
}

export const latestVersion = (history: VersionHistory): number => history.steps.length;

/** The value brought from `fromVersion` to the latest version; throws when it is from a newer version or a step fails. */
export function migrateValue(history: VersionHistory, fromVersion: number, value: unknown): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 0) throw new Error(`A ${history.what} cannot be at version ${String(fromVersion)}.`);
  const latest = latestVersion(history);
  if (fromVersion > latest) throw new Error(`This ${history.what} was saved at version ${fromVersion}; this version of Common Ground reads up to ${latest}.`);
  return history.steps.slice(fromVersion).reduce((v, step) => step.up(v), value);
}

export type VersionedRead<T> =
  /** `value` as the schema parsed it; `migrated` as the steps left it (what to store again, unchanged by parsing). */
  { ok: true; value: T; migrated: unknown } | { ok: false; why: string };

/** A stored value brought up to date and parsed, or why it cannot be: never throws. */
export function readVersioned<T>(history: VersionHistory, schema: z.ZodType<T>, fromVersion: number, stored: unknown): VersionedRead<T> {
  let migrated: unknown;
  try {
    migrated = migrateValue(history, fromVersion, stored);
  } catch (error) {
    return { ok: false, why: error instanceof Error ? error.message : String(error) };
  }
  const parsed = schema.safeParse(migrated);
  if (parsed.success) return { ok: true, value: parsed.data, migrated };
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join('.') || '(the whole value)';
  return { ok: false, why: `${path}: ${issue?.message ?? 'does not match'}` };
}

const warned = new Set<string>();

/** console.warn, once per key in this process (a board is read on every change; one line says it). */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  if (warned.size > 500) warned.clear();
  warned.add(key);
  console.warn(message);
}

export type CurrentConfig = { ok: true; config: unknown; configVersion: number } | { ok: false; newer: true } | { ok: false; newer: false; error: z.ZodError };

/**
 * The one place stored settings are brought to their engine's current version: migrated when
 * older (def.migrateConfig), refused when newer, and parsed by the engine's schema.
 * `params` go to the parse (e.g. an error map for the messages).
 */
export function currentConfig(def: ActivityDefinition, version: number, config: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>): CurrentConfig {
  if (version > def.configVersion) return { ok: false, newer: true };
  const migrated = version < def.configVersion ? def.migrateConfig(version, config) : config;
  const parsed = def.configSchema.safeParse(migrated, params);
  return parsed.success ? { ok: true, config: parsed.data, configVersion: def.configVersion } : { ok: false, newer: false, error: parsed.error };
}
