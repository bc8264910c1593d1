import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LeadSortBoardView } from '../../../src/activities/leadsort/Board';
import type { LeadSortConfig } from '../../../src/activities/leadsort/definition';
import { findDefinition } from '../../../src/activities/registry';
import { mergeBoard } from '../../../src/shared/board-merge';
import { activityOf, resultsFor } from '../../activities/views/helpers';

// Two facilitators type the lead-sort definition at once. While this console is typing,
// the other console's text arrives (the field keeps our typing). Our save must say it was
// made on the text we started from, so the core sees both changed the definition and keeps
// the stored text with a conflict, instead of our text silently replacing theirs.

const config = findDefinition('leadsort')!.defaultConfig() as LeadSortConfig;

describe('lead-sort definition typed while the other console saves', () => {
  it('sends the text the typing started from as the base, so the core reports the clash', () => {
    const onChange = vi.fn();
    const board = (definition: string) => (
      <LeadSortBoardView
        activity={activityOf('leadsort', config)}
        config={config}
        results={resultsFor('leadsort', config, [])}
        board={{ definition, onScreen: 'results' }}
        onChange={onChange}
        announce={vi.fn()}
      />
    );
    const view = render(board('Start'));
    const field = screen.getByLabelText<HTMLTextAreaElement>('Our shared definition of a quality lead');
    fireEvent.change(field, { target: { value: 'Mine' } });
    view.rerender(board('Theirs')); // saved by the other console while we type
    expect(field.value).toBe('Mine');
    fireEvent.blur(field);

    expect(onChange).toHaveBeenCalledTimes(1);
    const [mine, base] = onChange.mock.calls[0]! as [unknown, unknown];
    expect(mine).toEqual({ definition: 'Mine', onScreen: 'results' });
    expect(base).toEqual({ definition: 'Start', onScreen: 'results' });
    const merged = mergeBoard(base, { definition: 'Theirs', onScreen: 'results' }, mine);
    expect(merged.board).toEqual({ definition: 'Theirs', onScreen: 'results' });
    expect(merged.conflicts.map((c) => c.field)).toEqual(['the definition']);
    view.unmount();
  });
});
