import { englishMessages } from './english-leftovers';

/**
 * Texts and accessible names inside an element (jsdom) that still read as an English message of the
 * catalogs, for a screen rendered in `locale`. Text the facilitator typed is in no catalog, so it is never flagged.
 * Option texts count too: a select's choices are what the facilitator reads.
 */
export function englishLeftIn(el: Element, locale: 'de' | 'fr' | 'es'): string[] {
  const texts = new Set<string>();
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.textContent ?? '').replace(/\u200b/g, '').trim();
    if (text) texts.add(text);
  }
  for (const node of el.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = node.getAttribute(a)?.trim();
      if (v) texts.add(v);
    }
  const messages = englishMessages(locale);
  return [...texts].filter((text) => messages.some((m) => m.pattern.test(text)));
}
