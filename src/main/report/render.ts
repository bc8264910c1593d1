import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { teamTextColours } from '../../shared/team-colours';
import { REPORT_TEMPLATE } from './template';
import type { ReportData } from './types';
import type { RenderReply, RenderRequest } from './worker';

// Renders report data to a PDF in a worker thread (Typst blocks its thread for
// the whole render). One worker, kept warm between exports, one render at a time.

/** CJK text needs the (large) fallback font; everything else is covered by Noto Sans. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
/** Arrows, maths, shapes and check marks (“MQL → SQL”, ≥, ✓, ●) are not in Noto Sans: load the symbol fonts when the text has any. */
const SYMBOLS = /[\u2190-\u2bff]/;
/** Emoji people type on cards (🎉 👍 🚀): drawn with the (monochrome) emoji font rather than dropped. */
const EMOJI = /[\u{1f000}-\u{1faff}\u{2600}-\u{27bf}]/u;

export interface RenderedReport {
  pdf: Buffer;
  pages: number;
  /** Time in the worker, and how much of it went to loading fonts and the compiler. */
  ms: number;
  loadMs: number;
}

/** The worker's file: built next to the main bundle, or the source when run from src (tests, benchmarks). */
export function workerUrl(): URL {
  for (const candidate of ['./report-worker.js', '../report-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return new URL('./worker.ts', import.meta.url);
}

export class ReportRenderer {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, { resolve(r: RenderedReport): void; reject(e: Error): void }>();
  private chain: Promise<unknown> = Promise.resolve();

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerUrl());
    worker.on('message', (reply: RenderReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok)
        p.resolve({ pdf: Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength), pages: reply.pages, ms: reply.ms, loadMs: reply.loadMs });
      else p.reject(new Error(reply.error));
    });
    const fail = (error: Error) => {
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
      this.worker = null;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The report renderer stopped (exit code ${code}).`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Render one report; calls queue so only one render runs at a time. */
  render(data: ReportData, options: { fresh?: boolean } = {}): Promise<RenderedReport> {
    // The logo goes to the worker as bytes beside data.json, not inside it.
    const logo = data.brand.logo ? { file: data.brand.logo.file, bytes: Buffer.from(data.brand.logo.base64, 'base64') } : null;
    // The template draws each team in its colour, which comes with the data (defined once, in src/shared/team-colours.ts).
    const withColours = { ...data, teamColours: teamTextColours() };
    const json = JSON.stringify(data.brand.logo ? { ...withColours, brand: { ...data.brand, logo: { ...data.brand.logo, base64: '' } } } : withColours);
    const run = () =>
      new Promise<RenderedReport>((resolve, reject) => {
        const worker = this.spawn();
        const id = this.nextId++;
        this.pending.set(id, { resolve, reject });
        worker.ref();
        const req: RenderRequest = {
          id,
          template: REPORT_TEMPLATE,
          data: json,
          cjk: CJK.test(json),
          symbols: SYMBOLS.test(json),
          emoji: EMOJI.test(json),
          fresh: options.fresh,
          logo,
        };
        worker.postMessage(req);
      });
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

let shared: ReportRenderer | null = null;
/** The app's one renderer. */
export function reportRenderer(): ReportRenderer {
  shared ??= new ReportRenderer();
  return shared;
}
