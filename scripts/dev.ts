// `npm run dev [-- --port N] [-- serve options: --data-dir DIR, --lan, …]`
// Browser mode with hot reload for the renderer. Three parts:
//  - the core, run from source (src/main/serve.ts under tsx, as `npm run serve` runs its build),
//    on a free loopback port behind its per-start token;
//  - Vite's dev server for src/renderer (React Fast Refresh), which passes /api (HTTP and the
//    API WebSocket) on to the core, so the renderer talks to the core exactly as in browser mode;
//  - the phone page, rebuilt on change (`vite build --watch`) for the room server to serve.
// stdout carries one line, the link to open; everything else goes to stderr. Ctrl+C stops all.
// Changes to src/main need a restart (the core is not reloaded).
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Console } from 'node:console';
import { createLogger, createServer } from 'vite';
import { rendererConfig } from '../electron.vite.config';
import { onParentExit } from '../src/main/parent-watch';
import { devProxy, devStrictCsp, tokenLink } from './dev-plugins';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNNING = /^Common Ground is running at (http:\/\/\S+)\/\?token=(\S+)$/;
const DEFAULT_PORT = 5173;

function splitArgs(argv: readonly string[]): { port: number; serveArgs: string[] } {
  const serveArgs: string[] = [];
  let port = DEFAULT_PORT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg !== '--port' && !arg.startsWith('--port=')) {
      serveArgs.push(arg);
      continue;
    }
    const text = arg.includes('=') ? arg.slice('--port='.length) : argv[++i];
    if (text === undefined || !/^\d+$/.test(text) || Number(text) > 65535) throw new Error(`--port needs a number from 0 to 65535 (got "${text ?? ''}").`);
    port = Number(text);
  }
  return { port, serveArgs };
}

/** Start the core from source; resolves with its origin and token once it prints its link. */
function startCore(serveArgs: string[], participantDir: string): Promise<{ child: ChildProcess; origin: string; token: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', './scripts/raw-import.mjs', 'src/main/serve.ts', '--port', '0', '--no-open', ...serveArgs],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, COMMON_GROUND_PARTICIPANT_DIR: participantDir } },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The core stopped before it was ready (exit code ${code}); see the messages above.`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const found = RUNNING.exec(line);
      if (found) resolve({ child, origin: found[1]!, token: found[2]! });
      else console.error(line);
    });
  });
}

function watchPhonePage(): ChildProcess {
  const vite = join(root, 'node_modules/.bin/vite');
  return spawn(vite, ['build', '--watch', '--logLevel', 'warn', '-c', 'src/renderer/phone/vite.config.ts'], { cwd: root, stdio: ['ignore', 2, 2] });
}

/** Child processes end with this one, however it ends. */
const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((child) => child.kill('SIGTERM')));

async function main() {
  const { port, serveArgs } = splitArgs(process.argv.slice(2));
  children.push(watchPhonePage());
  const core = await startCore(serveArgs, join(root, 'out/participant'));
  children.push(core.child);
  let ownOrigin = '';
  const server = await createServer({
    configFile: false,
    root: rendererConfig.root,
    plugins: [...rendererConfig.plugins, tokenLink(core.token), devStrictCsp()],
    clearScreen: false,
    // Vite's messages (hmr update …) on stderr, like everything but the link.
    customLogger: createLogger('info', { allowClearScreen: false, console: new Console(process.stderr, process.stderr) }),
    server: {
      host: '127.0.0.1',
      port,
      // No cross-origin reads of the dev server (Vite allows localhost origins by default).
      cors: false,
      proxy: devProxy(core.origin, () => ownOrigin),
    },
  });
  await server.listen();
  ownOrigin = new URL(server.resolvedUrls!.local[0]!).origin;
  process.stdout.write(`Common Ground (dev) is running at ${ownOrigin}/?token=${core.token}\n`);
  console.error('Renderer changes load without a reload; restart for changes to src/main.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  // npm, stopped, ends its shell without passing the signal on: stop with it.
  onParentExit(() => void stop());
  core.child.once('exit', () => {
    console.error('The core has stopped.');
    void stop();
  });
}

main().catch((error: unknown) => {
  console.error(`npm run dev could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
