import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BrainstormBoardView } from '../../../src/activities/brainstorm/Board';
import type { BrainstormConfig } from '../../../src/activities/brainstorm/definition';
import { CardSortParticipant } from '../../../src/activities/cardsort/Participant';
import type { CardSortConfig } from '../../../src/activities/cardsort/definition';
import { useFakeBoardLayout } from '../../helpers/fake-board-layout';
import { watchRenders, type Renders } from '../../helpers/render-count';
import { participantProps, resultsFor } from './helpers';

// A drag must not re-render every card: moving over a column changes no card, so no card's
// face, Place… menu or note renders again, whatever the number of cards; a drop renders the
// one card that moved. (dnd-kit's own hook holder around each card still re-renders when the
// column under the pointer changes; that is dnd-kit's design, the same on a bare board, and
// costs one hook and one element per card.)

useFakeBoardLayout({ stackCards: false });

const live = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';

interface DragRenders {
  pickUp: Renders;
  overFirst: Renders;
  overSecond: Renders;
  drop: Renders;
}

/** Lift the card with the keyboard, walk two zones with the arrow key, drop: what rendered at each step. */
async function keyboardDrag(container: Element, cardText: string, { first, second }: { first: string; second: string }): Promise<DragRenders> {
  const user = userEvent.setup();
  screen.getByRole('button', { name: `Drag ${cardText}` }).focus();
  let since = watchRenders(container);
  await user.keyboard('[Space]');
  await vi.waitFor(() => expect(live()).toContain(`Picked up ${cardText}`));
  const pickUp = since();
  since = watchRenders(container);
  await user.keyboard('{ArrowRight}');
  await vi.waitFor(() => expect(live()).toContain(`is over ${first}`));
  const overFirst = since();
  since = watchRenders(container);
  await user.keyboard('{ArrowRight}');
  await vi.waitFor(() => expect(live()).toContain(`is over ${second}`));
  const overSecond = since();
  since = watchRenders(container);
  await user.keyboard('[Space]');
  await vi.waitFor(() => expect(live()).toContain(`Dropped ${cardText}`));
  return { pickUp, overFirst, overSecond, drop: since() };
}

const sortConfig = (n: number): CardSortConfig => ({
  prompt: 'Is this a sign of a quality lead?',
  cards: Array.from({ length: n }, (_, i) => ({ id: `k${i + 1}`, text: `Signal ${i + 1}`, description: i % 2 ? 'What counts' : '' })),
  columns: [
    { id: 'c1', text: 'Quality lead', description: '' },
    { id: 'c2', text: 'Not a signal', description: '' },
    { id: 'c3', text: 'Depends', description: '' },
  ],
  open: false,
});

async function dragInSort(n: number) {
  const props = participantProps('cardsort', sortConfig(n), { k2: { column: 'c3', note: 'on size' } });
  const { container } = render(<CardSortParticipant {...props} />);
  const renders = await keyboardDrag(container, 'Signal 1', { first: 'Quality lead', second: 'Not a signal' });
  expect(props.submit).toHaveBeenCalledWith('k1', { column: 'c2' });
  return renders;
}

const insideCards = (r: DragRenders) => ({
  pickUp: r.pickUp.insideCards,
  overFirst: r.overFirst.insideCards,
  overSecond: r.overSecond.insideCards,
  drop: r.drop.insideCards,
});

describe('a drag re-renders only the cards that changed', () => {
  it('card sort (lead sort, KPI sort): picking up and moving over columns renders no card; the drop renders the moved card only, at 12 cards as at 48', async () => {
    const small = await dragInSort(12);
    document.body.innerHTML = '';
    const large = await dragInSort(48);
    expect(insideCards(large), JSON.stringify(large.overFirst.byName)).toEqual(insideCards(small));
    expect(large.overFirst.insideCards).toBe(0);
    expect(large.overSecond.insideCards).toBe(0);
    // The lifted card changes (its grip says it is pressed): only its content renders.
    expect(large.pickUp.insideCards, JSON.stringify(large.pickUp.byName)).toBe(1);
    // The moved card mounts in its new column: its face and its Place… menu, nothing else.
    expect(large.drop.insideCards).toBeGreaterThan(0);
    expect(large.drop.insideCards).toBeLessThanOrEqual(4);
  }, 60_000);

  it('brainstorm board on the console: the same, at 12 cards as at 48', async () => {
    const config: BrainstormConfig = { prompt: 'Ideas', maxCardsPerPerson: 50, anonymous: true };
    async function dragOnBoard(n: number) {
      const responses = Array.from({ length: n }, (_, i) => ({
        participantId: `p${i}`,
        team: 'sales' as const,
        itemKey: `card-${String(i + 1).padStart(4, '0')}`,
        value: { text: `Idea ${i + 1}` },
      }));
      const results = resultsFor('brainstorm', config, responses);
      const onChange = vi.fn();
      const board = {
        clusters: [
          { id: 'g1', name: 'Group 1', cardKeys: [] },
          { id: 'g2', name: 'Group 2', cardKeys: [] },
        ],
      };
      const { container } = render(
        <BrainstormBoardView activity={{} as never} config={config} results={results} board={board} onChange={onChange} announce={vi.fn()} />,
      );
      const renders = await keyboardDrag(container, 'Idea 1', { first: 'Group 1', second: 'Group 2' });
      expect(onChange).toHaveBeenCalledTimes(1);
      return renders;
    }
    const small = await dragOnBoard(12);
    document.body.innerHTML = '';
    const large = await dragOnBoard(48);
    expect(insideCards(large).overFirst, JSON.stringify(large.overFirst.byName)).toBe(0);
    expect(insideCards(large).overSecond).toBe(0);
    expect(insideCards(large).pickUp).toBe(insideCards(small).pickUp);
    expect(large.pickUp.insideCards, JSON.stringify(large.pickUp.byName)).toBe(1);
  }, 60_000);
});
