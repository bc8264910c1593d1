import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

// "No English word left on the projector" (issue #19), checked against the catalogs rather than a
// hand-made word list: every visible text of a page is compared with the English messages of the
// app and phone catalogs whose translation in the page's language differs. A text that still reads
// as such an English message is left over. Text the facilitator typed is never in a catalog, so
// it is never flagged (unless someone typed a message word for word).

const root = join(import.meta.dirname, '../..');

/** msgid → msgstr of a .po file. */
function parsePo(text: string): Map<string, string> {
  const entries = new Map<string, string>();
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
        id = JSON.parse(start[2]!) as string;
      } else value = JSON.parse(start[2]!) as string;
      key = start[1] as 'msgid' | 'msgstr';
    } else if (line.startsWith('"') && key) {
      if (key === 'msgid') id += JSON.parse(line) as string;
      else value += JSON.parse(line) as string;
    }
  }
  flush();
  return entries;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A message as a pattern for the whole of a text: each {placeholder} stands for some text, and a
 * plural or select stands for any of its branches' words (so "{count, plural, one {# card} other {# cards}}"
 * matches "3 cards"). Null for a message with nothing but placeholders.
 */
export function messagePattern(message: string): RegExp | null {
  let out = '';
  let words = 0;
  let i = 0;
  while (i < message.length) {
    if (message[i] === '{') {
      // Skip the whole argument, nested braces included.
      let depth = 0;
      let j = i;
      for (; j < message.length; j++) {
        if (message[j] === '{') depth++;
        else if (message[j] === '}' && --depth === 0) break;
      }
      out += '.+?';
      i = j + 1;
    } else {
      const next = message.indexOf('{', i);
      const literal = message.slice(i, next === -1 ? undefined : next);
      words += (literal.match(/[A-Za-z]{2,}/g) ?? []).length;
      out += escape(literal).replace(/\s+/g, '\\s+');
      i = next === -1 ? message.length : next;
    }
  }
  return words ? new RegExp(`^${out}$`) : null;
}

/** English messages whose translation into `locale` reads differently, as patterns. */
export function englishMessages(locale: 'de' | 'fr' | 'es'): { id: string; pattern: RegExp }[] {
  const out: { id: string; pattern: RegExp }[] = [];
  for (const dir of ['src/shared/locales', 'src/renderer/phone/locales']) {
    const catalog = parsePo(readFileSync(join(root, dir, `${locale}.po`), 'utf8'));
    for (const [id, translation] of catalog) {
      if (!translation || translation === id) continue; // "Marketing" is Marketing in German too.
      const pattern = messagePattern(id);
      if (pattern) out.push({ id, pattern });
    }
  }
  return out;
}

/** Visible text on the page (and its accessible names) that reads as an English message. */
export async function englishLeftOnPage(page: Page, locale: 'de' | 'fr' | 'es'): Promise<string[]> {
  const texts: string[] = await page.evaluate(() => {
    const out = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (text && el && !el.closest('script, style') && el.checkVisibility()) out.add(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.add(v);
      }
    return [...out];
  });
  const messages = englishMessages(locale);
  return texts.filter((text) => messages.some((m) => m.pattern.test(text)));
}

const catalogCache = new Map<string, Map<string, string>>();

/**
 * A message as the catalogs translate it (the app's, then the phone's), simple {placeholders} filled in:
 * tests click and read through the same words the screen shows, so they follow the translators' choices.
 */
export function translated(locale: 'de' | 'fr' | 'es', id: string, values: Record<string, string | number> = {}): string {
  let catalog = catalogCache.get(locale);
  if (!catalog) {
    catalog = new Map<string, string>();
    for (const dir of ['src/renderer/phone/locales', 'src/shared/locales'])
      for (const [k, v] of parsePo(readFileSync(join(root, dir, `${locale}.po`), 'utf8'))) catalog.set(k, v);
    catalogCache.set(locale, catalog);
  }
  const message = catalog.get(id);
  if (!message) throw new Error(`No "${id}" in the ${locale} catalogs`);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
