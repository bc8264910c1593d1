import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor } from '../../src/renderer/features/run/shortcuts';

const key = (k: string, target: Element = document.body) =>
  shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, target } as unknown as KeyboardEvent);

describe('console shortcuts for the projector pages', () => {
  it('↓/PageDown turn to the next page and ↑/PageUp back, and the help list says so', () => {
    expect(['ArrowDown', 'PageDown', 'ArrowUp', 'PageUp'].map((k) => key(k))).toEqual(['pageNext', 'pageNext', 'pagePrevious', 'pagePrevious']);
    expect(SHORTCUTS.find((s) => s.action === 'pageNext')?.keys).toEqual(['↓', 'Page Down']);
    expect(SHORTCUTS.find((s) => s.action === 'pagePrevious')?.keys).toEqual(['↑', 'Page Up']);
  });

  it('leaves up and down to typing and to widgets that move with them', () => {
    document.body.innerHTML = `<input id="i"><textarea id="t"></textarea><select id="s"><option>a</option></select>
      <div role="listbox"><span id="l"></span></div><div aria-roledescription="sortable" id="d"></div><div role="radiogroup"><span id="r"></span></div>
      <button id="b">Go</button>`;
    const el = (id: string) => document.getElementById(id)!;
    for (const id of ['i', 't', 's', 'l', 'd', 'r']) {
      expect(key('ArrowDown', el(id)), id).toBeNull();
      expect(key('PageUp', el(id)), id).toBeNull();
    }
    expect(key('ArrowDown', el('b'))).toBe('pageNext'); // a focused button has no use for ↓
  });
});
