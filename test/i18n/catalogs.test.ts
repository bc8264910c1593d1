import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { getConfig } from '@lingui/conf';
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every catalog in lingui.config.ts (the phone's and the app's, docs/i18n.md): each language has every
// message the code says, translated, with the same placeholders, and no message the code no longer says.
// "What the code says" is Lingui's own extractor run over the same files into a scratch catalog.

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const config = getConfig({ cwd: root, configPath: join(root, 'lingui.config.ts') });
const TRANSLATED = ['de', 'fr', 'es'] as const;
const catalogsInConfig = config.catalogs!.map((c) => ({ name: relative(root, c.path.replace('{locale}', '')), ...c }));

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

/** The ICU argument names of a message ({count}, {name}, plurals' and selects' own), sorted; throws on a message that is not valid ICU. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (tokens: CompiledMessage) => {
    for (const token of tokens) {
      if (typeof token === 'string') continue;
      names.add(token[0]);
      const choices = token[2];
      if (choices && typeof choices === 'object')
        for (const [key, branch] of Object.entries(choices)) if (key !== 'offset' && Array.isArray(branch)) walk(branch as CompiledMessage);
    }
  };
  walk(compileMessageOrThrow(message));
  return [...names].sort();
}

let dir = '';
const inCode = new Map<string, Set<string>>();
const onDisk = new Map<string, Map<string, Map<string, string>>>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalogs-'));
  for (const [i, c] of catalogsInConfig.entries()) {
    const byLocale = new Map<string, Map<string, string>>();
    for (const locale of config.locales) byLocale.set(locale, parsePo(await readFile(c.path.replace('{locale}', locale) + '.po', 'utf8')));
    onDisk.set(c.name, byLocale);
    const scratch = join(dir, String(i));
    const file = join(dir, `lingui.${i}.json`);
    await writeFile(
      file,
      JSON.stringify({
        rootDir: root,
        sourceLocale: 'en',
        locales: ['en'],
        catalogs: [{ path: join(scratch, '{locale}'), include: c.include, exclude: c.exclude }],
      }),
    );
    await run(join(root, 'node_modules/.bin/lingui'), ['extract', '--config', file], { cwd: root });
    inCode.set(c.name, new Set(parsePo(await readFile(join(scratch, 'en.po'), 'utf8')).keys()));
  }
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each(catalogsInConfig.map((c) => c.name))('the %s catalog', (name) => {
  it('the code says something', () => {
    expect(inCode.get(name)!.size).toBeGreaterThan(2);
  });

  it.each([...config.locales] as string[])('%s has every message the code says, and none it no longer says', (locale) => {
    const ids = [...onDisk.get(name)!.get(locale)!.keys()];
    const said = inCode.get(name)!;
    expect(
      ids.filter((id) => !said.has(id)),
      'unused (run `npm run i18n:extract`)',
    ).toEqual([]);
    expect(
      [...said].filter((id) => !onDisk.get(name)!.get(locale)!.has(id)),
      'missing (run `npm run i18n:extract`)',
    ).toEqual([]);
  });

  it.each(TRANSLATED)('%s translates every message, keeping its placeholders', (locale) => {
    for (const [id, translation] of onDisk.get(name)!.get(locale)!) {
      expect(translation, `${locale}: “${id}” is not translated`).not.toBe('');
      expect(placeholders(translation), `${locale}: “${id}”`).toEqual(placeholders(id));
    }
  });
});
