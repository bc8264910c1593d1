import type { z } from 'zod';

/**
 * The pure half of an activity engine. Adding a kind means adding a folder
 * with one of these and listing it in registry.ts.
 */
export interface ActivityDefinition<Config = unknown> {
  kind: string;
  /** Name in the activity library, e.g. "Dot vote". */
  label: string;
  /** One sentence on why a facilitator would use it. */
  description: string;
  defaultTitle: string;
  defaultMinutes: number;
  /** Whether participants respond to it (a break or a talk: no). */
  interactive: boolean;
  configVersion: number;
  configSchema: z.ZodType<Config>;
  defaultConfig(): Config;
  /**
   * Bring a config stored at an older version up to configVersion.
   * Called with the stored version; returns data for configSchema.
   */
  migrateConfig(fromVersion: number, config: unknown): unknown;
}

export const noMigrations = (_from: number, config: unknown): unknown => config;
