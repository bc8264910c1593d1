#!/usr/bin/env node
// `npm run check:electron-security`: Doyensec's Electronegativity scans the
// Electron side (src/main and src/preload, together, so its app-wide checks see
// both) and this script fails on any HIGH finding or any file it could not
// parse. Electronegativity itself exits 0 whatever it finds: the gate reads its
// CSV. Reviewed exceptions are `// eng-disable CHECK_NAME (reason)` comments at
// the line concerned, which Electronegativity honours.
//
//   node scripts/electronegativity.mjs [--keep] [folder ...]
// Folders (relative to the project) replace the default src/main + src/preload.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const SCANNED = ['src/main', 'src/preload'];

/** RFC 4180 CSV: quoted fields may hold commas, "" and newlines. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Findings as objects keyed by the CSV header (issue, severity, confidence, filename, location, ...). */
export function findingsFromCsv(text) {
  const [header, ...rows] = parseCsv(text);
  if (!header || !header.map((h) => h.trim()).includes('severity')) throw new Error('the CSV has no header with a "severity" column');
  const keys = header.map((h) => h.trim());
  return rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, (r[i] ?? '').trim()])));
}

export const isHigh = (finding) => finding.severity.toUpperCase() === 'HIGH';

function scan(work, folders) {
  const app = join(work, 'app');
  folders.forEach((dir, i) => cpSync(resolve(root, dir), join(app, `${i}-${dir.split(/[\\/]/).filter(Boolean).pop()}`), { recursive: true }));
  const csv = join(work, 'electronegativity.csv');
  const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  const electronVersion = require('electron/package.json').version;
  const run = spawnSync(
    process.execPath,
    ['--require', join(root, 'scripts/electronegativity-offline.cjs'), cli, '-i', app, '-o', csv, '-r', '-v', 'false', '-e', electronVersion],
    { cwd: work, encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
  );
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0 || !existsSync(csv)) {
    throw new Error(`Electronegativity exited with ${run.status ?? run.signal} and wrote no CSV:\n${output}`);
  }
  // Lines like "Error parsing <file> - <message>": a file it could not read is a file not checked.
  const unparsed = output.split('\n').filter((line) => /error (while )?parsing/i.test(line) && !/tolerable/i.test(line));
  return { findings: findingsFromCsv(readFileSync(csv, 'utf8')), unparsed, electronVersion, csv };
}

function main() {
  const work = mkdtempSync(join(tmpdir(), 'cg-electronegativity-'));
  const keep = process.argv.includes('--keep');
  const given = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const folders = given.length > 0 ? given : SCANNED;
  try {
    const started = Date.now();
    const { findings, unparsed, electronVersion, csv } = scan(work, folders);
    console.log(`electronegativity: scanned ${folders.join(' + ')} as Electron ${electronVersion} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const f of findings)
      console.log(`  ${f.severity.padEnd(8)} ${f.issue} ${f.filename === 'N/A' ? '' : `${f.filename}:${f.location}`} — ${f.description}`);
    const high = findings.filter(isHigh);
    const problems = [
      ...high.map((f) => `HIGH ${f.issue} at ${f.filename}:${f.location}: ${f.description} (${f.url})`),
      ...unparsed.map((line) => `could not parse: ${line.trim()}`),
    ];
    if (keep) console.log(`electronegativity: CSV kept at ${csv}`);
    if (problems.length > 0) {
      console.error(`electronegativity: FAIL\n  - ${problems.join('\n  - ')}`);
      process.exitCode = 1;
      return;
    }
    console.log(`electronegativity: OK (${findings.length} finding(s), none HIGH)`);
  } catch (error) {
    console.error(`electronegativity: FAIL — ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
