// The report renderer's worker thread: Typst compiles the template with the
// report's data into a PDF here, so the main thread keeps answering phones.
// Self-contained on purpose (only node: and the compiler package), so Node
// can run this file directly from source (type stripping) as well as built.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

export interface RenderRequest {
  id: number;
  template: string;
  /** data.json as text. */
  data: string;
  /** Load the CJK fallback font (only when the text needs it: it is large). */
  cjk: boolean;
  /** Load the arrow, maths and symbol fonts (only when the text has such characters). */
  symbols: boolean;
  /** Load the emoji font (only when the text has emoji). */
  emoji?: boolean;
  /** Drop Typst's memo cache first, so the render does all its work (benchmarks). */
  fresh?: boolean;
  /** The client's logo, mapped beside data.json under this name. */
  logo?: { file: string; bytes: Uint8Array } | null;
}

export type RenderReply = { id: number; ok: true; pdf: Uint8Array; pages: number; ms: number; loadMs: number } | { id: number; ok: false; error: string };

const resolver = createRequire(import.meta.url);
const LATIN = ['400Regular', '400Regular_Italic', '500Medium', '600SemiBold', '700Bold', '700Bold_Italic'];

function font(pkg: string, file: string): Buffer {
  return readFileSync(resolver.resolve(`${pkg}/${file}`));
}

const compilers = new Map<string, NodeCompiler>();
function compilerFor(cjk: boolean, symbols: boolean, emoji: boolean): NodeCompiler {
  const key = `${cjk}/${symbols}/${emoji}`;
  let c = compilers.get(key);
  if (!c) {
    const blobs = LATIN.map((w) => font('@expo-google-fonts/noto-sans', `${w}/NotoSans_${w}.ttf`));
    if (cjk) blobs.push(font('@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf'));
    if (symbols) {
      blobs.push(font('@expo-google-fonts/noto-sans-math', '400Regular/NotoSansMath_400Regular.ttf'));
      blobs.push(font('@expo-google-fonts/noto-sans-symbols-2', '400Regular/NotoSansSymbols2_400Regular.ttf'));
    }
    if (emoji) blobs.push(font('@expo-google-fonts/noto-emoji', '400Regular/NotoEmoji_400Regular.ttf'));
    // The workspace is virtual: the template and data are mapped in memory.
    c = NodeCompiler.create({ workspace: '/report', fontArgs: [{ fontBlobs: blobs }] });
    compilers.set(key, c);
  }
  return c;
}

interface Diagnostic {
  message?: string;
  severity?: number | string;
}
const describe = (diags: unknown): string =>
  (Array.isArray(diags) ? (diags as Diagnostic[]) : [])
    .map((d) => d.message ?? '')
    .filter(Boolean)
    .join('; ');

export function render(req: RenderRequest): RenderReply {
  const t0 = performance.now();
  const compiler = compilerFor(req.cjk, req.symbols, req.emoji ?? false);
  const loadMs = performance.now() - t0;
  if (req.fresh) compiler.evictCache(0);
  compiler.addSource('/report/main.typ', req.template);
  compiler.mapShadow('/report/data.json', Buffer.from(req.data, 'utf8'));
  if (req.logo) compiler.mapShadow(`/report/${req.logo.file}`, Buffer.from(req.logo.bytes));
  const result = compiler.compile({
    mainFilePath: '/report/main.typ',
    inputs: { cjk: req.cjk ? '1' : '0', symbols: req.symbols ? '1' : '0', emoji: req.emoji ? '1' : '0' },
  });
  const error = result.takeError();
  if (error) return { id: req.id, ok: false, error: describe(error.shortDiagnostics) || 'Typst could not compile the report.' };
  const warnings = result.takeWarnings();
  // A font warning means a family is missing: the report would fall back to a system font. Refuse.
  const fontWarning = warnings ? describe(warnings.shortDiagnostics) : '';
  if (/font/i.test(fontWarning)) return { id: req.id, ok: false, error: `Font problem: ${fontWarning}` };
  const doc = result.result;
  if (!doc) return { id: req.id, ok: false, error: 'Typst produced no document.' };
  const pdf = compiler.pdf(doc, { creationTimestamp: Math.floor(Date.now() / 1000) });
  const pages = doc.numOfPages;
  compiler.evictCache(10);
  // A copy in a plain ArrayBuffer: the compiler's buffer is external memory and cannot be transferred.
  return { id: req.id, ok: true, pdf: new Uint8Array(pdf), pages, ms: performance.now() - t0, loadMs };
}

parentPort?.on('message', (req: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = render(req);
  } catch (error) {
    reply = { id: req.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply, reply.ok ? [reply.pdf.buffer as ArrayBuffer] : []);
});
