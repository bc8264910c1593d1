// npx tsx test/bench/backup.ts
// How long an automatic backup holds the writing connection (VACUUM INTO,
// quick_check of the copy, rename, prune) for a six-hour day with 100
// people, every exercise answered; and how long the startup check takes on
// that file. Prints, as its last line:
// backup: people=100 db_mb=M backup_ms_median=B backup_ms_max=X startup_check_ms=S
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../src/main/core';
import { inspectDataDir } from '../../src/main/db/health';
import { syntheticFullDay } from '../helpers/workshop-fill';

const RUNS = 7;
const dir = mkdtempSync(join(tmpdir(), 'cg-bench-backup-'));
let t = Date.parse('2026-12-03T09:00:00.000Z');
const core = openCore({ dataDir: dir, mode: 'browser', version: 'bench', now: () => new Date(t) });
syntheticFullDay(core, 100, { advance: (ms: number) => (t += ms) });

const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  t += 15 * 60 * 1000;
  const start = performance.now();
  core.backup('auto');
  times.push(performance.now() - start);
}
core.close();
const dbMb = statSync(join(dir, 'common-ground.db')).size / 1024 / 1024;
const checkStart = performance.now();
inspectDataDir(dir);
const checkMs = performance.now() - checkStart;
times.sort((a, b) => a - b);
if (process.env.BENCH_VERBOSE) console.log(times.map((ms) => ms.toFixed(1)).join(' '));
console.log(
  `backup: people=100 db_mb=${dbMb.toFixed(2)} backup_ms_median=${times[RUNS >> 1]!.toFixed(1)} backup_ms_max=${times.at(-1)!.toFixed(1)} startup_check_ms=${checkMs.toFixed(1)}`,
);
rmSync(dir, { recursive: true, force: true });
