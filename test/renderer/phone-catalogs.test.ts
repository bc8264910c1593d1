import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import linguiConfig from '../../lingui.config';

// The phone page's message catalogs (docs/i18n.md): every language has every message the code
// says, translated, with the same placeholders, and no message the code no longer says.

const root = fileURLToPath(new URL('../../', import.meta.url));
const LOCALES = ['en', 'de', 'fr', 'es'] as const;
const run = promisify(execFile);

/** msgid → msgstr of a .po file (the header left out). */
function parsePo(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  const str = (line: string) => JSON.parse(line) as string;
  let key: 'msgid' | 'msgstr' | null = null;
  let id = '';
  let value = '';
  const flush = () => {
    if (key === 'msgstr' && id !== '') entries.set(id, value);
  };
  for (const line of text.split('\n')) {
    const start = /^(msgid|msgstr) (".*")$/.exec(line);
    if (start) {
      if (start[1] === 'msgid') {
        flush();
        id = str(start[2]!);
      } else value = str(start[2]!);
      key = start[1] as 'msgid' | 'msgstr';
    } else if (line.startsWith('"') && key) {
      if (key === 'msgid') id += str(line);
      else value += str(line);
    }
  }
  flush();
  return entries;
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

let dir = '';
const catalogs = new Map<string, Map<string, string>>();
let inCode = new Set<string>();

beforeAll(async () => {
  for (const locale of LOCALES) catalogs.set(locale, parsePo(await readFile(join(root, `src/renderer/phone/locales/${locale}.po`), 'utf8')));
  // What the code says today: Lingui's own extractor, over the same files, into a catalog of its own.
  dir = await mkdtemp(join(tmpdir(), 'phone-catalogs-'));
  const phone = linguiConfig.catalogs?.find((catalog) => catalog.path.includes('src/renderer/phone/locales'));
  if (!phone) throw new Error('lingui.config.ts has no phone catalog');
  const config = join(dir, 'lingui.config.json');
  await writeFile(
    config,
    JSON.stringify({
      rootDir: root,
      sourceLocale: 'en',
      locales: ['en'],
      // The phone catalog's own include and exclude (lingui.config.ts), not a copy that could drift from it.
      catalogs: [{ path: join(dir, '{locale}'), include: phone.include, exclude: phone.exclude }],
    }),
  );
  await run(join(root, 'node_modules/.bin/lingui'), ['extract', '--config', config], { cwd: root });
  inCode = new Set(parsePo(await readFile(join(dir, 'en.po'), 'utf8')).keys());
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the phone page’s catalogs', () => {
  it('the code says something', () => {
    expect(inCode.size).toBeGreaterThan(30);
    expect(inCode).toContain('Join the workshop');
    // The activities' Participant views and the kit's parts phones show are the phone's too.
    expect(inCode).toContain('Add card');
    expect(inCode).toContain('Answers are locked. You can still see what you chose.');
  });

  it.each(LOCALES)('%s has every message the code says, and none it no longer says', (locale) => {
    const ids = [...catalogs.get(locale)!.keys()];
    expect(
      ids.filter((id) => !inCode.has(id)),
      'unused (run `npx lingui extract --clean`)',
    ).toEqual([]);
    expect(
      [...inCode].filter((id) => !catalogs.get(locale)!.has(id)),
      'missing (run `npx lingui extract`)',
    ).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s translates every message, keeping its placeholders', (locale) => {
    for (const [id, translation] of catalogs.get(locale)!) {
      expect(translation, `${locale}: “${id}” is not translated`).not.toBe('');
      expect(placeholders(translation), `${locale}: “${id}”`).toEqual(placeholders(id));
    }
  });
});
