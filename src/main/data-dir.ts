import { join } from 'node:path';

export interface DataDirInput {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

/** `--data-dir DIR` (or `--data-dir=DIR`) wins, then COMMON_GROUND_DATA_DIR, then the OS's per-user app-data folder. */
export function resolveDataDir({ argv, env, platform, home }: DataDirInput): string {
  const flag = readFlag(argv, '--data-dir');
  if (flag) return flag;
  if (env.COMMON_GROUND_DATA_DIR) return env.COMMON_GROUND_DATA_DIR;
  return defaultDataDir(platform, env, home);
}

export function defaultDataDir(platform: NodeJS.Platform, env: Record<string, string | undefined>, home: string): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Common Ground');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Common Ground');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'common-ground');
}

export function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}
