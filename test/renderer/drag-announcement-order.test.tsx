import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RankingParticipant } from '../../src/activities/ranking/Participant';
import type { RankingConfig } from '../../src/activities/ranking/definition';
import { createFakeApi } from '../helpers/fake-api';
import { participantProps } from '../activities/views/helpers';
import { renderApp } from './render-app';

// What a screen reader hears during a keyboard drag of a sorted list: the live region's text
// each time it changes. "Picked up …" must be heard first (not replaced in the same task by an
// "over/moved" report of the item's own place), "over" only when the position changes, and
// the drop says the final position or that nothing moved.

// jsdom has no layout: rows stacked 60 px apart in page order.
const ROW = '[data-testid="agenda-row"], [data-testid="rank-row"]';
const realRect = Element.prototype.getBoundingClientRect;
beforeEach(() => {
  Element.prototype.getBoundingClientRect = function layout(this: Element): DOMRect {
    const rect = (top: number, height: number) =>
      ({ left: 0, top, width: 400, height, right: 400, bottom: top + height, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;
    // The ranking's drag overlay sits where its source row is.
    if (this.matches('.cgv-card-lifted') || this.querySelector(':scope > .cgv-card-lifted')) {
      const source = document.querySelector('.cgv-card-source');
      return source ? layout.call(source) : rect(0, 0);
    }
    const row = this.closest(ROW);
    if (!row) return rect(0, 0);
    const at = [...document.querySelectorAll(ROW)].indexOf(row);
    return row === this ? rect(at * 60, 50) : rect(at * 60 + 5, 40);
  };
});
afterEach(() => {
  Element.prototype.getBoundingClientRect = realRect;
});

/** Records every committed text of dnd-kit's live region. */
function heard(): string[] {
  const region = document.querySelector('[id^="DndLiveRegion"]');
  if (!region) throw new Error('No dnd-kit live region on the page');
  const said: string[] = [];
  new MutationObserver(() => {
    const text = region.textContent ?? '';
    if (text && said.at(-1) !== text) said.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

async function press(handle: HTMLElement, code: string, said: string[], expectCount: number) {
  fireEvent.keyDown(handle, { code, key: code === 'Space' ? ' ' : code });
  await waitFor(() => expect(said.length).toBeGreaterThanOrEqual(expectCount));
}

describe('keyboard drag announcements on the agenda', () => {
  function seeded() {
    const api = createFakeApi();
    const w = api.seedWorkshop(
      { title: 'Kickoff', startTime: '09:00', plannedEnd: '10:00' },
      {
        activities: [
          { kind: 'slide', title: 'Welcome', minutes: 10 },
          { kind: 'dotvote', title: 'Dot vote', minutes: 30 },
          { kind: 'break', title: 'Coffee', minutes: 15 },
        ],
      },
    );
    renderApp(`#/w/${w.id}`, api);
    return api;
  }

  it('says "Picked up" first, nothing moved until an arrow, then over, then the drop', async () => {
    seeded();
    const handle = await screen.findByRole('button', { name: 'Reorder Dot vote' });
    handle.focus();
    const said = heard();
    await press(handle, 'Space', said, 1);
    expect(said[0]).toBe('Picked up Dot vote, position 2 of 3.');
    expect(said.join(' | ')).not.toMatch(/moved to position|is over/);
    await press(handle, 'ArrowDown', said, 2);
    expect(said[1]).toBe('Dot vote is over position 3 of 3.');
    await press(handle, 'Space', said, 3);
    expect(said[2]).toBe('Dot vote dropped at position 3 of 3.');
  });

  it('dropping where it started says it did not move; Escape says cancelled', async () => {
    seeded();
    const handle = await screen.findByRole('button', { name: 'Reorder Dot vote' });
    handle.focus();
    const said = heard();
    await press(handle, 'Space', said, 1);
    await press(handle, 'Space', said, 2);
    expect(said).toEqual(['Picked up Dot vote, position 2 of 3.', 'Dot vote dropped. It did not move: still position 2 of 3.']);
    handle.focus();
    await press(handle, 'Space', said, 3);
    await press(handle, 'Escape', said, 4);
    expect(said.at(-1)).toBe('Moving Dot vote was cancelled. It is back at position 2 of 3.');
  });
});

describe('keyboard drag announcements on the ranking', () => {
  const config: RankingConfig = {
    prompt: 'Which KPI first?',
    options: [
      { id: 'r1', text: 'Pipeline created', description: '' },
      { id: 'r2', text: 'Win rate', description: '' },
      { id: 'r3', text: 'Sales cycle length', description: '' },
    ],
  };

  it('says "Picked up" first, over only when the position changes, then the drop', async () => {
    render(<RankingParticipant {...participantProps('ranking', config)} />);
    const handle = screen.getByRole('button', { name: 'Drag Win rate, position 2 of 3' });
    handle.focus();
    const said = heard();
    await press(handle, 'Space', said, 1);
    expect(said[0]).toBe('Picked up Win rate, position 2 of 3.');
    expect(said.join(' | ')).not.toMatch(/moved to position|is over/);
    await press(handle, 'ArrowUp', said, 2);
    expect(said[1]).toBe('Win rate is over position 1 of 3.');
    await press(handle, 'Space', said, 3);
    expect(said[2]).toBe('Win rate dropped at position 1 of 3.');
  });

  it('dropping where it started says it did not move', async () => {
    render(<RankingParticipant {...participantProps('ranking', config)} />);
    const handle = screen.getByRole('button', { name: 'Drag Win rate, position 2 of 3' });
    handle.focus();
    const said = heard();
    await press(handle, 'Space', said, 1);
    await press(handle, 'Space', said, 2);
    expect(said).toEqual(['Picked up Win rate, position 2 of 3.', 'Win rate dropped. It did not move: still position 2 of 3.']);
  });
});
