import type { ReactElement } from 'react';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { domToBlob } from 'modern-screenshot';
import { fileSlug } from '../../../shared/file-name';

/**
 * Results as a picture for slides: a still of the projector view drawn at exactly
 * 1920×1080 CSS px and rasterised to a PNG.
 *
 * The projector sizes its type in vw/cqi, so it is drawn in its own viewport: a same-origin
 * offscreen <iframe> of that size (srcdoc, so no request and nothing for the CSP to refuse),
 * holding the page's own stylesheet rules. React renders into it from this window with the
 * console's data, so the picture is exactly what the console has and needs no second
 * connection (a route loaded in the frame would have no API in Electron, where the preload
 * does not run in sub-frames). modern-screenshot turns the frame's DOM into the PNG.
 */

export const SLIDE = { width: 1920, height: 1080 } as const;
export const BACKGROUND_COLOUR = { white: '#ffffff', dark: '#0b1020' } as const;

export interface StillImage {
  blob: Blob;
  /** The page drawn and how many the result has at 1920×1080 (1 when nothing is paged). */
  page: number;
  pages: number;
}

/** q3-kickoff-lead-quality-sort-results.png, with -page-2-of-3 when the result takes several projector pages. */
export function resultsImageName(workshopTitle: string, activityTitle: string, paging?: { page: number; pages: number }): string {
  const parts = [fileSlug(workshopTitle), fileSlug(activityTitle), 'results'].filter(Boolean);
  if (paging && paging.pages > 1) parts.push(`page-${paging.page}-of-${paging.pages}`);
  return `${parts.join('-')}.png`;
}

/** Every rule of this page's stylesheets (all the app's own), so the frame looks like the presenter window. */
function pageCss(): string {
  const out: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) out.push(rule.cssText);
    } catch {
      // A sheet from another origin cannot be read (the app has none).
    }
  }
  return out.join('\n');
}

async function openFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.className = 'results-image-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.inert = true;
  // Off the screen, at the projector's size; never in the way of a pointer or the keyboard.
  Object.assign(frame.style, {
    position: 'fixed',
    left: '-30000px',
    top: '0',
    width: `${SLIDE.width}px`,
    height: `${SLIDE.height}px`,
    border: '0',
    pointerEvents: 'none',
  });
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Results</title></head><body></body></html>';
  document.body.appendChild(frame);
  await loaded;
  return frame;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Paged lists measure their pages when drawn and again when their text changes (their resize
 * observer belongs to this window, not the frame's). A count taken while the frame was still
 * settling once stuck (4 pages of 5 on a busy machine): nudge each list to measure again
 * (an empty text node in and out is a change of its text) and give it two frames to do it.
 */
async function remeasurePagedLists(doc: Document): Promise<void> {
  const flows = Array.from(doc.querySelectorAll('.cgv-paged-flow'));
  if (flows.length === 0) return;
  for (const flow of flows) flow.appendChild(doc.createTextNode('')).remove();
  await nextFrame();
  await nextFrame();
}

/** The most pages of any paged list in the still, and the page it shows. */
function pagingOf(doc: Document, asked: number): { page: number; pages: number } {
  const lists = Array.from(doc.querySelectorAll<HTMLElement>('.cgv-paged[data-pages]'));
  const pages = Math.max(1, ...lists.map((el) => Number(el.dataset.pages) || 1));
  return { page: Math.min(Math.max(1, asked), pages), pages };
}

/**
 * Only what is on the picture is copied in full. A paged list holds every page (the others sit
 * beside its viewport, the list moved along); an element in it wholly outside 1920×1080, its
 * overflow included, keeps its box and measured size but not its contents: the copy lays out
 * the same and is made in a fraction of the time (each copied element costs a computed style).
 */
function onThePicture(): (node: Node) => boolean {
  const outside = new WeakMap<Element, boolean>();
  const isOutside = (el: Element) => {
    let known = outside.get(el);
    if (known === undefined) {
      const r = el.getBoundingClientRect();
      const right = Math.max(r.right, r.left + el.scrollWidth);
      const bottom = Math.max(r.bottom, r.top + el.scrollHeight);
      known = right <= 0 || bottom <= 0 || r.left >= SLIDE.width || r.top >= SLIDE.height;
      outside.set(el, known);
    }
    return known;
  };
  return (node) => {
    const parent = node.parentElement;
    if (!parent || parent.classList.contains('cgv-paged-flow') || !parent.closest('.cgv-paged-flow')) return true;
    return !isOutside(parent);
  };
}

const ROW_GROUPS = new Set(['THEAD', 'TBODY', 'TFOOT']);

/**
 * The copy keeps every computed style, heights included. A table's row group laid out to its
 * measured height inside a paged (multi-column) list was pushed whole into the next column in
 * the picture: every row of the table was missing. A row group's height is its rows' anyway.
 */
function freeRowGroupHeight(cloned: Node): void {
  // By node type, not instanceof: the copy belongs to the frame's window, not this one.
  if (cloned.nodeType === Node.ELEMENT_NODE && ROW_GROUPS.has((cloned as Element).tagName)) {
    const style = (cloned as HTMLElement).style;
    style.removeProperty('height');
    style.removeProperty('block-size');
  }
}

/**
 * Draw `still` (a StillResults) at 1920×1080 and, unless only its pages are wanted, make the PNG.
 * The frame is gone afterwards, whatever happens.
 */
async function drawStill<T>(still: ReactElement, read: (doc: Document) => Promise<T>): Promise<T> {
  const frame = await openFrame();
  try {
    const doc = frame.contentDocument;
    if (!doc) throw new Error('the drawing frame did not open');
    const style = doc.createElement('style');
    style.textContent = pageCss();
    doc.head.appendChild(style);
    doc.body.className = 'cg-presenter-page';
    const mount = doc.createElement('div');
    doc.body.appendChild(mount);
    const root = createRoot(mount);
    try {
      flushSync(() => root.render(still));
      await doc.fonts.ready;
      await nextFrame();
      await remeasurePagedLists(doc);
      return await read(doc);
    } finally {
      root.unmount();
    }
  } finally {
    frame.remove();
  }
}

/** How many projector pages the still takes at 1920×1080 (no picture made). */
export function countStillPages(still: ReactElement): Promise<number> {
  return drawStill(still, async (doc) => pagingOf(doc, 1).pages);
}

/** The PNG of `still` (asked for page `page`), 1920×1080, on the background's colour. */
export function renderStillPng(still: ReactElement, background: keyof typeof BACKGROUND_COLOUR, page: number): Promise<StillImage> {
  return drawStill(still, async (doc) => {
    const node = doc.querySelector<HTMLElement>('.present-still');
    if (!node) throw new Error('the results view did not draw');
    const paging = pagingOf(doc, page);
    const blob = await domToBlob(node, {
      width: SLIDE.width,
      height: SLIDE.height,
      scale: 1,
      type: 'image/png',
      backgroundColor: BACKGROUND_COLOUR[background],
      onCloneEachNode: freeRowGroupHeight,
      filter: onThePicture(),
    });
    if (!blob || blob.size === 0) throw new Error('the picture came out empty');
    return { blob, ...paging };
  });
}

/** Why an image cannot go on the clipboard here, in words (a message to translate); null when it can. */
export function clipboardProblem(): MessageDescriptor | null {
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  if (!clipboard || typeof clipboard.write !== 'function' || typeof ClipboardItem === 'undefined')
    return msg`The clipboard is not available in this window, so the image was not copied. Use Save as PNG instead.`;
  return null;
}

/**
 * Put the PNG on the clipboard. Called in the click itself with the picture still being made:
 * the browser keeps the click's permission while the promise settles.
 */
export function copyPngToClipboard(png: Promise<Blob>): Promise<void> {
  return navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

/** Hand the file to the browser's download (Electron: its save dialog). */
export function downloadPng(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Long enough for the download (or the save dialog) to have read it.
  setTimeout(() => URL.revokeObjectURL(url), 120_000);
}
