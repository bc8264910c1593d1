import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LeadSortBoardView } from '../../../src/activities/leadsort/Board';
import { findDefinition } from '../../../src/activities/registry';
import type { LeadSortConfig } from '../../../src/activities/leadsort/definition';
import { activityOf, resultsFor } from './helpers';

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

  it('saves the latest typing when the console moves on before the autosave', () => {
    vi.useFakeTimers();
    try {
      const { onChange, view } = setup('A quality lead asked for a demo.');
      fireEvent.change(screen.getByLabelText('Our shared definition of a quality lead'), { target: { value: 'A quality lead asked for a demo and has budget.' } });
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
