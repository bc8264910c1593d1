import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from './core';
import { resolveDataDir } from './data-dir';
import { parseServeArgs, type ServeArgs } from './serve-args';
import { BACKUP_DIR, DataFileError, newestGoodBackup, restoreBackup } from './db/health';
import { browserModeMessage, EXIT_DATA_PROBLEM } from './db/recovery-plan';
import { newToken } from './server/auth';
import { startAppServer } from './server/app-server';
import { StartupError } from './db/connection';
import { createBackend } from './backend';
import { createRoomController } from './server/room';
import { lanAddresses } from './server/network';
import { onParentExit } from './parent-watch';

// Browser mode: the same core as the desktop app, served on loopback.
// stdout carries exactly one line (the URL); everything else goes to stderr.

async function main() {
  const args = parseServeArgs(process.argv.slice(2));
  const dataDir = resolve(args.dataDir ?? resolveDataDir({ argv: [], env: process.env, platform: process.platform, home: homedir() }));
  const core = openOrExplain(dataDir, args);
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
  // `npm run dev` runs this file from source and names the phone page it builds.
  const pageDir = process.env.COMMON_GROUND_PARTICIPANT_DIR ?? fileURLToPath(new URL('../participant', import.meta.url));
  const token = newToken();
  const backend = createBackend(core, () => room);
  const listHosts = () => {
    const found = lanAddresses();
    // An address given on the command line is offered first (tests use loopback).
    return args.lanHost ? [{ address: args.lanHost, interface: 'chosen', label: `${args.lanHost} (from --lan-host)` }, ...found] : found;
  };
  const room = createRoomController({ core, pageDir, listHosts, port: args.lanPort, onChange: () => backend.emit('room:changed', {}) });
  const server = await startAppServer({ backend, rendererDir, token, port: args.port });
  const link = `${server.url}/?token=${token}`;
  process.stdout.write(`Common Ground is running at ${link}\n`);
  console.error(`Data folder: ${dataDir}. Press Ctrl+C to stop.`);
  if (args.open) openBrowser(link);
  if (args.lan) {
    const latest = core.dispatch('workshop:list', {});
    const workshop = latest.ok ? (latest.value as { id: string }[])[0] : undefined;
    if (!workshop) console.error('--lan: there is no workshop yet; open the room from the app once you have one.');
    else {
      const opened = await backend.invoke('room:open', { workshopId: workshop.id, ...(args.lanHost ? { host: args.lanHost } : {}) });
      console.error(opened.ok ? `Phones can join at ${(opened.value as { joinUrl: string }).joinUrl}` : `--lan: ${opened.error.message}`);
    }
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: closing Common Ground…`);
    const force = setTimeout(() => process.exit(0), 1800);
    force.unref();
    await room.close();
    await server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  onParentExit(() => void stop('The process that started Common Ground (npm or a terminal) has ended'));
}

/** Restore a backup if asked, then open the core; a data file that needs attention ends the process with a plain message. */
function openOrExplain(dataDir: string, args: ServeArgs) {
  if (args.restoreBackup || args.restoreLatestBackup) {
    const chosen = args.restoreBackup ? resolve(args.restoreBackup) : newestGoodBackup(dataDir)?.path;
    if (!chosen) throw new StartupError(`No backup in ${join(dataDir, BACKUP_DIR)} passes its check, so there is nothing to restore. Nothing was changed.`);
    const report = restoreBackup(dataDir, chosen);
    console.error(`Restored ${report.restoredFrom}.${report.movedAside.length ? ` The file that was there is kept as ${report.movedAside[0]}.` : ''}`);
  }
  try {
    return openCore({ dataDir, mode: 'browser', version: process.env.npm_package_version ?? '0.1.0' });
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    const command = `npm run serve --${args.dataDir ? ` --data-dir "${dataDir}"` : ''}`;
    console.error(browserModeMessage(error, command));
    process.exit(EXIT_DATA_PROBLEM);
  }
}

function openBrowser(url: string) {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => console.error(`Could not open a browser; open ${url} yourself.`));
    child.unref();
  } catch {
    console.error(`Could not open a browser; open ${url} yourself.`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError || error instanceof Error ? `Common Ground could not start: ${error.message}` : error);
  process.exit(1);
});
