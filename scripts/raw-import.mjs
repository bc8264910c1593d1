// `import text from './file.typ?raw'` outside Vite: scripts run with tsx
// (`tsx --import ./scripts/raw-import.mjs …`) get the file's text as the default
// export, as Vite gives it in the app's build and in vitest.
import { readFileSync } from 'node:fs';
import { register, registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const RAW = '?raw';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!specifier.endsWith(RAW)) return nextResolve(specifier, context);
    const { url } = nextResolve(specifier.slice(0, -RAW.length), context);
    return { url: `${url}${RAW}`, shortCircuit: true };
  },
  load(url, context, nextLoad) {
    if (!url.startsWith('file:') || !url.endsWith(RAW)) return nextLoad(url, context);
    const text = readFileSync(fileURLToPath(url.slice(0, -RAW.length)), 'utf8');
    return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  },
});

// Lingui's .po catalogs and macros, as @lingui/vite-plugin gives them in the builds and in vitest.
register('./lingui-hooks.mjs', import.meta.url);
