import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { getConfig } from '@lingui/conf';
import { getCatalogs } from '@lingui/cli/api';

// The phone page loads no schemas: the room server checks every answer (the trust boundary), and
// zod alone was a sixth of the page's weight on slow room Wi-Fi. The build refuses it (keepOffPhones
// in the phone's vite config); these tests build the real page and a small page that breaks the rule.

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
let dir = '';
let keepOffPhones: () => Plugin;
let budgetKb = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'phone-bundle-'));
  // The phone's config sets NODE_ENV for its build when loaded: put back what the tests run with.
  const env = process.env.NODE_ENV;
  const config = await import('../../src/renderer/phone/vite.config');
  process.env.NODE_ENV = env;
  keepOffPhones = config.keepOffPhones;
  budgetKb = config.PHONE_BUDGET_KB;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the phone bundle', () => {
  it('holds no zod and no facilitator text, within its budget', async () => {
    const outDir = join(dir, 'participant');
    // The same build `npm run build` and the end-to-end setup run (scripts/build-if-needed.mjs), into a folder of its own.
    const { stdout } = await run(
      join(root, 'node_modules/.bin/vite'),
      ['build', '-c', 'src/renderer/phone/vite.config.ts', '--outDir', outDir, '--emptyOutDir'],
      {
        cwd: root,
      },
    );
    const inAll = Number(/in all ([\d.]+) KB/.exec(stdout)?.[1]);
    expect(inAll).toBeGreaterThan(0);
    expect(inAll).toBeLessThanOrEqual(budgetKb);
    expect(budgetKb).toBeLessThanOrEqual(150);

    const scripts = (await readdir(join(outDir, 'assets'))).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    const code = (await Promise.all(scripts.map((name) => readFile(join(outDir, 'assets', name), 'utf8')))).join('\n');
    expect(code).toContain('Nothing yet. One idea per card works best.'); // the brainstorm's view is there
    // zod's own words: its error class and its first issue code, in every build of it.
    expect(code).not.toMatch(/ZodError|invalid_type/);
    // A schema's message (the server's to give) and a line of the brainstorm's facilitator guide.
    expect(code).not.toContain('Keep a card under 200 characters');
    expect(code).not.toContain('Get every voice into the room');

    // No language in the page's own script: each language's catalog, English too, is a chunk of its own, fetched on demand.
    const entry = /<script[^>]+src="\/assets\/([^"]+\.js)"/.exec(await readFile(join(outDir, 'participant.html'), 'utf8'))?.[1];
    const holding = async (said: string) =>
      (await Promise.all(scripts.map(async (name) => ((await readFile(join(outDir, 'assets', name), 'utf8')).includes(said) ? name : null)))).filter(Boolean);
    for (const said of ['Who are you? Tap your name.', 'Wer sind Sie? Tippen Sie auf Ihren Namen.', 'Qui êtes-vous', '¿Quién eres? Toca tu nombre.']) {
      const chunks = await holding(said);
      expect(chunks, said).toHaveLength(1);
      expect(chunks[0], said).not.toBe(entry);
    }
  }, 180_000);
});

/** The source files the phone catalog's `include` (lingui.config.ts) takes its messages from, as Lingui itself reads them. */
export async function phoneCatalogSources(): Promise<Set<string>> {
  const config = getConfig({ configPath: join(root, 'lingui.config.ts'), cwd: root });
  const phone = (await getCatalogs(config)).find((catalog) => catalog.path.includes('src/renderer/phone/locales'));
  if (!phone) throw new Error('lingui.config.ts has no phone catalog (src/renderer/phone/locales)');
  return new Set(phone.sourcePaths.map((file) => resolve(root, file)));
}

/** Does this source say anything through Lingui's macros? */
const speaks = (source: string) => /from ['"]@lingui\/(?:react|core)\/macro['"]/.test(source);

describe('the phone catalog covers the phone bundle', () => {
  // The phone loads only its own catalog (src/renderer/phone/locales): a module in its bundle that speaks through
  // Lingui but is not in that catalog's `include` would show its message ids on a phone, in every language.
  it('every module of the phone page that speaks through Lingui is in the phone catalog', async () => {
    const modules = new Set<string>();
    const collect: Plugin = {
      name: 'collect-modules',
      generateBundle(_options, bundle) {
        for (const file of Object.values(bundle)) if (file.type === 'chunk') for (const id of Object.keys(file.modules)) modules.add(id.split('?')[0]!);
      },
    };
    const env = process.env.NODE_ENV;
    try {
      const { build } = await import('vite');
      await build({
        configFile: join(root, 'src/renderer/phone/vite.config.ts'),
        logLevel: 'silent',
        plugins: [collect],
        build: { write: false, outDir: join(dir, 'covered') },
      });
    } finally {
      process.env.NODE_ENV = env;
    }
    const ours = [...modules].filter((id) => id.startsWith(join(root, 'src')) && /\.(tsx?|jsx?)$/.test(id));
    expect(ours.length).toBeGreaterThan(30);
    const speaking: string[] = [];
    for (const id of ours) if (speaks(await readFile(id, 'utf8'))) speaking.push(id);
    // The page's own screens, a Participant view and the kit's parts phones show all speak.
    expect(speaking).toContain(join(root, 'src/renderer/phone/JoinScreen.tsx'));
    expect(speaking).toContain(join(root, 'src/activities/cardsort/Participant.tsx'));
    expect(speaking).toContain(join(root, 'src/activities/kit/views/SaveFeedback.tsx'));
    const covered = await phoneCatalogSources();
    expect(
      speaking.filter((id) => !covered.has(id)).map((id) => relative(root, id)),
      "in the phone's bundle and speaking through Lingui, but not in the phone catalog's include (lingui.config.ts)",
    ).toEqual([]);
  }, 180_000);
});

describe('keepOffPhones', () => {
  /** Build a tiny page whose lazily loaded view imports `view`, with the guard on. */
  async function buildPage(name: string, files: Record<string, string>): Promise<unknown> {
    const page = join(dir, name);
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(page, path)), { recursive: true });
      await writeFile(join(page, path), text);
    }
    const { build } = await import('vite');
    return build({
      configFile: false,
      root: page,
      logLevel: 'silent',
      resolve: { alias: { zod: fileURLToPath(import.meta.resolve('zod')) } },
      plugins: [keepOffPhones()],
      build: { write: false, rollupOptions: { input: join(page, 'main.js') } },
    });
  }

  it('fails the build on zod and names the imports that brought it in', async () => {
    const built = buildPage('with-zod', {
      'main.js': "export const open = () => import('./src/activities/demo/Participant.js');\n",
      'src/activities/demo/Participant.js': "import { Value } from './logic.js';\nexport const check = (v) => Value.parse(v);\n",
      'src/activities/demo/logic.js': "import { z } from 'zod';\nexport const Value = z.object({ text: z.string() });\n",
    });
    await expect(built).rejects.toThrow(
      /would load zod \(schemas: the room server checks every answer\): \S*main\.js → \S*demo\/Participant\.js → \S*demo\/logic\.js → zod\//,
    );
  });

  it("fails the build on an activity's report or guide", async () => {
    const built = buildPage('with-guide', {
      'main.js': "import { guide } from './src/activities/demo/guide.ts';\nconsole.log(guide);\n",
      'src/activities/demo/guide.ts': "export const guide = 'How to run it';\n",
    });
    await expect(built).rejects.toThrow(/would load an activity's report or guide \(facilitator text\): \S*main\.js → \S*src\/activities\/demo\/guide\.ts\./);
  });

  it('lets a page without them build', async () => {
    const built = buildPage('plain', {
      'main.js': "export const open = () => import('./src/activities/demo/Participant.js');\n",
      'src/activities/demo/Participant.js': "import { KEY } from './keys.js';\nexport const key = KEY;\n",
      'src/activities/demo/keys.js': "export const KEY = 'order';\n",
    });
    await expect(built).resolves.toBeDefined();
  });
});
