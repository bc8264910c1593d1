import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../../../src/main/core';
import { dumpRows, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { seeded } from '../../helpers/workshop-fill';
import { namedAlignmentDay, SECRETS } from './anonymise-fixture';
import { TSX_CHILD } from '../../helpers/tsx-child';

// One transaction: kill -9 the process doing the anonymising part-way, on a
// real data file, then open the file again. Either every name is still there
// and nothing changed, or the whole operation is there. Two ways to kill:
//  - paused: the child stops dead just before its Nth statement (BEGIN, the
//    first and the last statement inside the transaction, COMMIT, and a random
//    sample of the rest), then is killed;
//  - free: the child runs at full speed and is killed after a random delay
//    (up to three times what the whole operation takes).

const CHILD = join(import.meta.dirname, 'fixtures/anonymise-child.ts');
const PAUSED_KILLS = 24;
const FREE_KILLS = 16;

interface Outcome {
  lines: string[];
  signal: NodeJS.Signals | null;
}

/** Run the child on a fresh copy of the data file; `killWhen` decides from its output when to SIGKILL it. */
function runChild(dataDir: string, args: string[], killWhen: (line: string) => number | null): Promise<Outcome> {
  const child = spawn(process.execPath, [...TSX_CHILD, CHILD, dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    const delay = killWhen(line);
    if (delay !== null) setTimeout(() => child.kill('SIGKILL'), delay);
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) =>
      signal === 'SIGKILL' || code === 0 ? resolve({ lines, signal }) : reject(new Error(`child exited with ${code}: ${err}`)),
    );
  });
}

describe('anonymise under kill -9', () => {
  it('leaves all names or none, never some', async () => {
    // A finished, named alignment day as a whole backup: every trial starts from a copy.
    const clock = manualClock();
    const source = testCore(undefined, clock.now);
    const w = namedAlignmentDay(source, clock);
    const template = source.backup('anonymise-template');
    source.close();

    let trial = 0;
    const fresh = () => {
      const dir = join(tempDir(), `trial-${(trial += 1)}`);
      mkdirSync(dir, { recursive: true });
      copyFileSync(template, join(dir, DB_FILE));
      return dir;
    };
    const dumpOf = (dir: string) => {
      const core = testCore(dir);
      try {
        return dumpRows(core);
      } finally {
        core.close();
      }
    };

    const none = dumpOf(fresh());
    const whole = fresh();
    const counted = await runChild(whole, [w.workshopId, w.title, 'count'], () => null);
    const [, total, ms] = counted.lines.at(-1)!.split(' ');
    const all = dumpOf(whole);
    expect(SECRETS.filter((s) => none.includes(s))).toEqual(SECRETS);
    expect(SECRETS.filter((s) => all.includes(s))).toEqual([]);

    const verdict = (dir: string) => {
      const dump = dumpOf(dir);
      if (dump === none) return 'none';
      if (dump === all) return 'all';
      return `some: ${SECRETS.filter((s) => dump.includes(s)).length} of ${SECRETS.length} names and roles left`;
    };

    const rng = seeded(12);
    const statements = Array.from({ length: Number(total) }, (_, i) => i + 1);
    const sample = [1, 2, Number(total) - 1, Number(total), ...rng.shuffle(statements.slice(2, -2)).slice(0, PAUSED_KILLS - 4)];
    const paused: Record<string, number> = {};
    for (const n of sample) {
      const dir = fresh();
      const out = await runChild(dir, [w.workshopId, w.title, `pause:${n}`], (line) => (line.startsWith('paused') ? 0 : null));
      const inTransaction = out.lines.find((l) => l.startsWith('paused'))?.split(' ')[2];
      const key = `${inTransaction === 'true' ? 'in' : 'outside'} the transaction → ${verdict(dir)}`;
      paused[key] = (paused[key] ?? 0) + 1;
    }

    const free: Record<string, number> = {};
    for (let k = 0; k < FREE_KILLS; k++) {
      const dir = fresh();
      const delay = rng.next() * Number(ms) * 3;
      const out = await runChild(dir, [w.workshopId, w.title, 'free'], (line) => (line === 'ready' ? delay : null));
      const key = `${out.lines.includes('done') ? 'after "done"' : 'before "done"'} → ${verdict(dir)}`;
      free[key] = (free[key] ?? 0) + 1;
    }

    console.log(
      `anonymise kill test: ${total} statements in ${ms} ms; ${sample.length + FREE_KILLS} kills; paused kills ${JSON.stringify(paused)}; free kills ${JSON.stringify(free)}`,
    );
    for (const key of [...Object.keys(paused), ...Object.keys(free)]) expect(key).toMatch(/→ (all|none)$/);
    // The paused kills really landed inside the transaction, before it committed.
    expect(
      Object.entries(paused)
        .filter(([k]) => k === 'in the transaction → none')
        .map(([, n]) => n)[0],
    ).toBe(PAUSED_KILLS - 1);
    expect(Object.keys(paused).some((k) => k.startsWith('in the transaction → all'))).toBe(false);
  }, 600_000);
});
