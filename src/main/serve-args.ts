import { readFlag } from './data-dir';

export interface ServeArgs {
  port: number;
  dataDir?: string;
  open: boolean;
}

/** Parse `npm run serve` flags; throws with a readable message on nonsense. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const known = new Set(['--port', '--data-dir', '--no-open']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.split('=')[0]!;
    if (!known.has(name)) throw new Error(`Unknown option ${arg}. Options: --port N, --data-dir DIR, --no-open.`);
    if ((name === '--port' || name === '--data-dir') && !arg.includes('=')) i++;
  }
  const portText = readFlag(argv, '--port');
  let port = 4310;
  if (portText !== undefined) {
    port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65535) throw new Error(`--port needs a number from 0 to 65535 (got "${portText}").`);
  }
  const dataDir = readFlag(argv, '--data-dir');
  if (argv.includes('--data-dir') && !dataDir) throw new Error('--data-dir needs a folder.');
  return { port, ...(dataDir ? { dataDir } : {}), open: !argv.includes('--no-open') };
}
