// The phone page: its own small bundle, served by the participant server
// (never the facilitator's app). Build from the project root:
//   npx vite build -c src/renderer/phone/vite.config.ts
// This file runs in Node at build time, not in the renderer.
/* eslint-disable no-restricted-imports */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip, gzipSync } from 'node:zlib';
/* eslint-enable no-restricted-imports */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';

// Phones always get React's production build and JSX runtime, even when this
// runs under a test runner that sets NODE_ENV=test (React's dev build is ~60 KB more).
process.env.NODE_ENV = 'production';

const here = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** What a phone fetches before the list of names shows: the entry chunk, what it imports statically, its CSS. */
export const PHONE_FIRST_LOAD_KB = 100;
/** Everything, the activities' code included (fetched in the background once the list shows). */
export const PHONE_BUDGET_KB = 150;

type Output = Parameters<NonNullable<Extract<Plugin['generateBundle'], (...args: never[]) => unknown>>>[1];

/** Gzipped bytes of the entry chunk, its static imports and their CSS. */
function firstLoadBytes(bundle: Output): number {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const file = bundle[name];
    if (!file || file.type !== 'chunk' || seen.has(name)) return;
    seen.add(name);
    for (const css of file.viteMetadata?.importedCss ?? []) seen.add(css);
    file.imports.forEach(visit);
  };
  for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.isEntry) visit(file.fileName);
  return [...seen].reduce((sum, name) => sum + gzippedSize(bundle[name]!), 0);
}

/** A language's message catalog (src/renderer/phone/locales/<locale>.po), compiled by @lingui/vite-plugin. */
export const isCatalog = (id: string) => /[\\/]locales[\\/]([a-z]{2}(-[A-Z]{2})?|pseudo)\.po$/.test(id.split('?')[0]!);
/** The pseudo-locale's catalog: fetched only by a phone whose storage asks for it (layout checks), never by a person's. */
export const isPseudoCatalog = (id: string) => /[\\/]locales[\\/]pseudo\.po$/.test(id.split('?')[0]!);

const gzippedSize = (file: Output[string]) => gzipSync(file.type === 'chunk' ? file.code : file.source).length;

/** Print the gzipped size of JS + CSS, first load and in all (with one language), and fail the build when either is over budget. */
export function bundleBudget(firstLoadKb = PHONE_FIRST_LOAD_KB, limitKb = PHONE_BUDGET_KB): Plugin {
  return {
    name: 'participant-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      // A phone carries one language: the catalogs (chunks of their own, English too, fetched only by a
      // phone that shows that language) count as the largest of them, not all together. The phone fetches
      // its catalog before the first render, so the first load counts it too. The pseudo-locale's catalog (layout
      // checks only, never fetched by a person's phone) counts for nothing.
      let bytes = 0;
      let largestCatalog = 0;
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.facadeModuleId && isPseudoCatalog(file.facadeModuleId)) continue;
        if (file.type === 'chunk' && file.facadeModuleId && isCatalog(file.facadeModuleId)) largestCatalog = Math.max(largestCatalog, gzippedSize(file));
        else if (file.type === 'chunk' || file.fileName.endsWith('.css')) bytes += gzippedSize(file);
      }
      bytes += largestCatalog;
      const first = (firstLoadBytes(bundle) + largestCatalog) / 1024;
      const kb = bytes / 1024;
      const line = `participant bundle: first load JS+CSS ${first.toFixed(1)} KB gzipped (limit ${firstLoadKb} KB), in all ${kb.toFixed(1)} KB with one language (limit ${limitKb} KB)`;
      console.log(line);
      if (first > firstLoadKb) this.error(`${line}: over budget. Phones on slow room Wi-Fi load this before they show the list of names; trim it.`);
      if (kb > limitKb) this.error(`${line}: over budget. Phones on slow room Wi-Fi load all of it; trim it.`);
    },
  };
}

/** What the phone page must never load, and why: the room server checks every answer, so phones need no schemas. */
export const KEPT_OFF_PHONES: readonly { what: string; test: RegExp }[] = [
  { what: 'zod (schemas: the room server checks every answer)', test: /[\\/]node_modules[\\/]zod[\\/]/ },
  { what: "an activity's report or guide (facilitator text)", test: /[\\/]src[\\/]activities[\\/][^\\/]+[\\/](report|guide)\.ts$/ },
];

/**
 * Fail the build when the phone page would load any of `kept` (KEPT_OFF_PHONES), naming the chain of
 * imports that brought it in, so the fix is plain: import the constants or pure helpers a view needs
 * from a small plain module (e.g. src/activities/brainstorm/keys.ts), and types with `import type`.
 */
export function keepOffPhones(kept = KEPT_OFF_PHONES): Plugin {
  return {
    name: 'participant-keep-off-phones',
    apply: 'build',
    generateBundle() {
      // From the entry down, lazy imports included, remembering who first imported each module:
      // the first module found of a kept-off kind comes with the shortest chain that brought it in.
      const importer = new Map<string, string | null>();
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (const id of queue) importer.set(id, null);
      for (let i = 0; i < queue.length; i++) {
        const id = queue[i]!;
        const found = kept.find(({ test }) => test.test(id));
        if (found) {
          const chain: string[] = [];
          for (let at: string | null | undefined = id; at; at = importer.get(at))
            chain.unshift(at.replace(projectRoot, '').replace(/^(?:.*[\\/])?node_modules[\\/]/, ''));
          this.error(
            `The phone page would load ${found.what}: ${chain.join(' → ')}. Import what the view needs from a plain module (see src/activities/brainstorm/keys.ts), types with \`import type\`.`,
          );
        }
        const info = this.getModuleInfo(id);
        for (const next of [...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? [])]) {
          if (importer.has(next)) continue;
          importer.set(next, id);
          queue.push(next);
        }
      }
    },
  };
}

/**
 * The entry's styles (the phone's own screens: the list of names, the code form) inlined into the
 * HTML as a <style>, instead of a stylesheet link that would hold back the first paint of the
 * list the room server puts in the HTML until one more round trip, shared with the script's
 * download, had come back. The activities' styles come with their own chunks (lazy-views.ts).
 */
export function inlineEntryCss(): Plugin {
  return {
    name: 'participant-inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return html.replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = ctx.bundle?.[file];
          if (!asset || asset.type !== 'asset') return tag;
          const css = String(asset.source);
          if (/<\/style/i.test(css)) throw new Error(`${file} contains "</style": it cannot be inlined`);
          return `<style>${css}</style>`;
        });
      },
    },
  };
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Write `<file>.br` and `<file>.gz` next to each JS and CSS file, compressed once at build time
 * as hard as the formats allow, for the room server to send to phones that accept them
 * (src/main/server/static.ts). The HTML is left alone: the server puts the workshop's title
 * in it and compresses it per request.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'participant-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const files = Object.values(bundle).filter((f) => /\.(js|css)$/.test(f.fileName));
      await Promise.all(
        files.map(async (file) => {
          const body = Buffer.from(file.type === 'chunk' ? file.code : file.source);
          const path = join(outDir, file.fileName);
          const [br, gz] = await Promise.all([
            brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
            gzipAsync(body, { level: zlib.Z_BEST_COMPRESSION }),
          ]);
          // A copy no smaller than the file (a tiny chunk) is not worth sending: the server then sends the file.
          await Promise.all([br.length < body.length && writeFile(`${path}.br`, br), gz.length < body.length && writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}

export default defineConfig({
  root: here,
  // Absolute /assets/ paths: the page is served at both / and /j/<room token>.
  base: '/',
  publicDir: false,
  // lingui: the macros in the phone's screens (natively, no Babel) and its .po catalogs, compiled as they are imported;
  // a catalog missing a translation fails the build.
  plugins: [
    react(),
    lingui({ macroTransform: true, failOnMissing: true, failOnCompileError: true }),
    inlineEntryCss(),
    keepOffPhones(),
    bundleBudget(),
    precompress(),
  ],
  build: {
    outDir: `${projectRoot}out/participant`,
    emptyOutDir: true,
    sourcemap: false,
    assetsDir: 'assets',
    rollupOptions: { input: `${here}participant.html` },
  },
});
