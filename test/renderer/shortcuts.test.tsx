import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../src/renderer/features/run/shortcuts';

const key = (k: string, target: Element = document.body, mods: Partial<KeyboardEvent> = {}) =>
  shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, target, ...mods } as KeyboardEvent);

describe('console shortcuts', () => {
  it('maps the documented keys', () => {
    expect(['ArrowRight', 'ArrowLeft', ' ', 'r', 'R', 'l', 'L', '?'].map((k) => key(k))).toEqual([
      'next',
      'previous',
      'timer',
      'reveal',
      'reveal',
      'lock',
      'lock',
      'help',
    ]);
    expect(key('x')).toBeNull();
    expect(key('r', document.body, { ctrlKey: true })).toBeNull(); // Ctrl+R stays the browser's
  });

  it('never steals keys while typing, in a dialog, or from a drag handle', () => {
    document.body.innerHTML = `<input id="i"><textarea id="t"></textarea><div role="dialog"><span id="d"></span></div>
      <button id="b">Go</button><div aria-roledescription="sortable" id="s"></div>`;
    const el = (id: string) => document.getElementById(id)!;
    expect(key('r', el('i'))).toBeNull();
    expect(key('ArrowRight', el('t'))).toBeNull();
    expect(key('l', el('d'))).toBeNull();
    expect(key(' ', el('b'))).toBeNull(); // Space presses the focused button instead
    expect(key('ArrowRight', el('b'))).toBe('next');
    expect(key('ArrowRight', el('s'))).toBeNull(); // arrows move the picked-up card
  });
});
