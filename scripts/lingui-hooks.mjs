// Lingui under tsx (registered by scripts/raw-import.mjs): what @lingui/vite-plugin does in the
// app's builds and in vitest, for scripts run from source (benches, layout checks, `npm run dev`'s
// core, tests' child processes):
// - a `.po` catalog import becomes its compiled messages (`export const messages = …`);
// - a module that imports Lingui's macros has them turned into catalog look-ups.
// Async module hooks (module.register), registered after tsx's: they see a module's source first.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const MACRO = /from\s+['"]@lingui\/(?:core|react)\/macro['"]/;
let lingui;

async function tools() {
  if (!lingui) {
    const [{ getConfig }, cli, native] = await Promise.all([import('@lingui/conf'), import('@lingui/cli/api'), import('@lingui/native-tools')]);
    const config = getConfig({ skipValidation: true });
    lingui = { config, cli, native, catalogs: await cli.getCatalogs(config) };
  }
  return lingui;
}

async function compiledCatalog(path) {
  const { config, cli, catalogs } = await tools();
  const found = cli.getCatalogForFile(relative(config.rootDir, path), catalogs);
  if (!found) throw new Error(`${path} is not one of the catalogs in lingui.config.ts`);
  const { locale, catalog } = found;
  const { messages } = await catalog.getTranslations(locale, { fallbackLocales: config.fallbackLocales, sourceLocale: config.sourceLocale });
  const pseudo = config.pseudoLocale.find((p) => p.locale === locale);
  const { source, errors } = cli.createCompiledCatalog(locale, messages, {
    namespace: 'es',
    pseudoLocale: pseudo?.locale,
    pseudoLocaleOptions: pseudo?.options,
  });
  if (errors.length) throw new Error(cli.createCompilationErrorMessage(locale, errors));
  return source;
}

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.po')) {
    return { format: 'module', source: await compiledCatalog(fileURLToPath(url)), shortCircuit: true };
  }
  const result = await nextLoad(url, context);
  if (!url.startsWith('file:') || url.includes('/node_modules/') || result.source == null) return result;
  const code = typeof result.source === 'string' ? result.source : Buffer.from(result.source).toString('utf8');
  if (!MACRO.test(code)) return result;
  const { config, native } = await tools();
  const path = fileURLToPath(url);
  // Its own name, so TypeScript is parsed as TypeScript (the transform strips the types; tsx compiles the rest).
  const out = await native.transform(code, path, {
    macro: { descriptorFields: 'all', ...native.mapMacroOptions(config) },
    sourceMaps: false,
  });
  return { ...result, source: out.code };
}
