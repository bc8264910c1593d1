import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LeadSortBoardView } from './Board';
import { LeadSortResults } from './Results';
import { findDefinition } from '../registry';
import type { LeadSortConfig } from './definition';
import { activityOf, resultsFor } from '../../../test/activities/views/helpers';

// The draft definition is the exercise's outcome: leaving the activity must
// never overwrite it, and what was typed but not yet sent is saved on leaving.

const config = findDefinition('leadsort')!.defaultConfig() as LeadSortConfig;

function setup(definition: string) {
  const onChange = vi.fn();
  const board = (text: string) => (
    <LeadSortBoardView
      activity={activityOf('leadsort', config)}
      config={config}
      results={resultsFor('leadsort', config, [])}
      board={{ definition: text, onScreen: 'results' }}
      onChange={onChange}
      announce={vi.fn()}
    />
  );
  const view = render(board(definition));
  return { onChange, view, showSaved: (text: string) => view.rerender(board(text)) };
}

describe('lead sort board', () => {
  it('leaves a saved definition alone when the console moves on', () => {
    // Opened empty, then the definition arrives (drafted in another window, or saved a moment ago).
    const { onChange, view, showSaved } = setup('');
    showSaved('A quality lead asked for a demo.');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Our shared definition of a quality lead').value).toBe('A quality lead asked for a demo.');
    view.unmount();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps the typing when its save is refused, and sends it again on the next blur', () => {
    const { onChange, showSaved } = setup('A quality lead asked for a demo.');
    const field = screen.getByLabelText<HTMLTextAreaElement>('Our shared definition of a quality lead');
    fireEvent.change(field, { target: { value: 'A quality lead asked for a demo and has budget.' } });
    fireEvent.blur(field);
    expect(onChange).toHaveBeenCalledTimes(1);
    showSaved('A quality lead asked for a demo and has budget.'); // shown at once
    showSaved('A quality lead asked for a demo.'); // refused: the console shows the board as saved
    expect(field.value).toBe('A quality lead asked for a demo and has budget.');
    fireEvent.blur(field);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.calls[1]![0]).toMatchObject({ definition: 'A quality lead asked for a demo and has budget.' });
    // Someone else's text still replaces ours when we are not typing.
    showSaved('Drafted in the other window.');
    expect(field.value).toBe('Drafted in the other window.');
  });

  it('saves the latest typing when the console moves on before the autosave', () => {
    vi.useFakeTimers();
    try {
      const { onChange, view } = setup('A quality lead asked for a demo.');
      fireEvent.change(screen.getByLabelText('Our shared definition of a quality lead'), {
        target: { value: 'A quality lead asked for a demo and has budget.' },
      });
      view.unmount();
      expect(onChange).toHaveBeenCalledTimes(1);
      expect(onChange.mock.calls[0]![0]).toEqual({ definition: 'A quality lead asked for a demo and has budget.', onScreen: 'results' });
      vi.advanceTimersByTime(2000);
      expect(onChange).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('lead sort definition on the projector', () => {
  it('shows the draft as written, with its "- " lines as lists, in order', () => {
    const definition =
      'A quality lead shows one or more of these:\n- Budget is known\n- Timing is known\n\nStill to agree:\n- Requested a demo\nReviewed by both teams every quarter.';
    render(
      <LeadSortResults
        activity={activityOf('leadsort', config)}
        config={config}
        results={resultsFor('leadsort', config, [])}
        surface="projector"
        board={{ definition, onScreen: 'outcome' }}
      />,
    );
    const lists = screen.getAllByRole('list');
    expect(
      lists.map((l) =>
        within(l)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ),
    ).toEqual([['Budget is known', 'Timing is known'], ['Requested a demo']]);
    const text = document.querySelector('.cgx-definition-text')!.textContent;
    expect(text).toBe(
      'A quality lead shows one or more of these:Budget is knownTiming is knownStill to agree:Requested a demoReviewed by both teams every quarter.',
    );
  });
});
