import { afterEach, beforeEach } from 'vitest';

/**
 * jsdom has no layout, and dnd-kit's keyboard drags need boxes: drop zones stacked 200 px apart
 * in page order, cards inside them (one under another when `stackCards`, else all at one spot),
 * and the lifted copy where the card it was lifted from is, as in a browser. Call inside a
 * describe (or at the top of a file): it installs before each test and restores after.
 */
export function useFakeBoardLayout({ stackCards }: { stackCards: boolean }) {
  const realRect = Element.prototype.getBoundingClientRect;
  beforeEach(() => {
    Element.prototype.getBoundingClientRect = function layout(this: Element): DOMRect {
      const rect = (left: number, top: number, width: number, height: number) =>
        ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;
      if (this.matches('.cgv-card-lifted') || this.querySelector(':scope > .cgv-card-lifted')) {
        const source = document.querySelector('.cgv-card-source');
        return source ? layout.call(source) : rect(0, 0, 0, 0);
      }
      const zones = [...document.querySelectorAll('[data-testid="drop-zone"]')];
      const zone = this.matches('[data-testid="drop-zone"]') ? this : this.closest('[data-testid="drop-zone"]');
      const at = zone ? zones.indexOf(zone) : -1;
      if (!zone || at === -1) return rect(0, 0, 0, 0);
      if (this === zone) return rect(0, at * 200, 360, 180);
      const card = this.closest('[data-card-id]');
      if (!card) return rect(0, 0, 0, 0);
      const j = stackCards ? [...zone.querySelectorAll('[data-card-id]')].indexOf(card) : 0;
      return rect(10, at * 200 + 40 + j * 50, 300, 40);
    };
  });
  afterEach(() => {
    Element.prototype.getBoundingClientRect = realRect;
  });
}
