import { readFlag } from './data-dir';

export interface ServeArgs {
  port: number;
  dataDir?: string;
  open: boolean;
  /** Open the room for phones at start (for the most recently edited workshop). */
  lan: boolean;
  /** The address phones use (default: the best LAN address found). */
  lanHost?: string;
  lanPort: number;
  /** Put this backup in place of the data file (the file there is kept, renamed), then start. */
  restoreBackup?: string;
  /** Put the newest backup that passes its check in place of the data file, then start. */
  restoreLatestBackup?: true;
}

const VALUE_FLAGS = ['--port', '--data-dir', '--lan-host', '--lan-port', '--restore-backup'];
const BOOLEAN_FLAGS = ['--no-open', '--lan', '--restore-latest-backup'];
const USAGE = 'Options: --port N, --data-dir DIR, --no-open, --lan, --lan-host ADDRESS, --lan-port N, --restore-backup FILE, --restore-latest-backup.';

function port(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) throw new Error(`${flag} needs a number from 0 to 65535 (got "${text}").`);
  return n;
}

/** Parse `npm run serve` flags; throws with a readable message on nonsense. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.split('=')[0]!;
    if (VALUE_FLAGS.includes(name)) {
      if (!arg.includes('=') && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('--'))) {
        throw new Error(`${name} needs a value. ${USAGE}`);
      }
      if (!arg.includes('=')) i++;
    } else if (!BOOLEAN_FLAGS.includes(arg)) throw new Error(`Unknown option ${arg}. ${USAGE}`);
  }
  const dataDir = readFlag(argv, '--data-dir');
  const lanHost = readFlag(argv, '--lan-host');
  const restoreBackup = readFlag(argv, '--restore-backup');
  const restoreLatestBackup = argv.includes('--restore-latest-backup');
  if (restoreBackup && restoreLatestBackup) throw new Error('Use either --restore-backup FILE or --restore-latest-backup, not both.');
  return {
    port: port('--port', readFlag(argv, '--port'), 4310),
    ...(dataDir ? { dataDir } : {}),
    open: !argv.includes('--no-open'),
    lan: argv.includes('--lan') || lanHost !== undefined,
    ...(lanHost ? { lanHost } : {}),
    lanPort: port('--lan-port', readFlag(argv, '--lan-port'), 0),
    ...(restoreBackup ? { restoreBackup } : {}),
    ...(restoreLatestBackup ? { restoreLatestBackup: true as const } : {}),
  };
}
