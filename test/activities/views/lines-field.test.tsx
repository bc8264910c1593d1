import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { LinesField } from '../../../src/activities/kit/editor';
import type { Item } from '../../../src/activities/shared-schemas';

// The one-item-per-line editor (card sort, dot vote, ranking, comp answers) has
// the row editor's list actions: Clear all with Undo, and starting from the
// examples, which asks first when it would replace something.

const EXAMPLES = ['Slow follow-up', 'No shared MQL definition', 'No feedback on rejected leads'];

function Harness({ emitted, noExamples = false }: { emitted: Item[][]; noExamples?: boolean }) {
  const [items, setItems] = useState<Item[]>([
    { id: 'o1', text: 'Our own option', description: '' },
    { id: 'o2', text: 'No feedback on rejected leads', description: 'kept' },
  ]);
  const change = (next: Item[]) => {
    emitted.push(next);
    setItems(next);
  };
  return <LinesField label="Options" items={items} onChange={change} prefix="o" examples={noExamples ? undefined : EXAMPLES} />;
}

const box = () => screen.getByLabelText<HTMLTextAreaElement>('Options');

describe('LinesField list actions', () => {
  it('clears every line in one press and Undo puts them back with their ids', async () => {
    const user = userEvent.setup();
    const emitted: Item[][] = [];
    render(<Harness emitted={emitted} />);
    await user.click(screen.getByRole('button', { name: 'Clear all options' }));
    expect(emitted.at(-1)).toEqual([]);
    expect(box().value).toBe('');
    expect(screen.getByText('Removed all 2 options.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear all options' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(emitted.at(-1)!.map((i) => [i.id, i.text])).toEqual([
      ['o1', 'Our own option'],
      ['o2', 'No feedback on rejected leads'],
    ]);
    expect(box().value).toBe('Our own option\nNo feedback on rejected leads');
    expect(screen.queryByText(/Removed all/)).toBeNull();
  });

  it('Undo brings back what was typed just before the clear', async () => {
    const user = userEvent.setup();
    const emitted: Item[][] = [];
    render(<Harness emitted={emitted} />);
    await user.type(box(), '\nA third one');
    expect(emitted.at(-1)!.map((i) => i.text)).toEqual(['Our own option', 'No feedback on rejected leads', 'A third one']);
    await user.click(screen.getByRole('button', { name: 'Clear all options' }));
    expect(screen.getByText('Removed all 3 options.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(box().value).toBe('Our own option\nNo feedback on rejected leads\nA third one');
  });

  it('asks before replacing a list that has content with the examples; “Keep mine” changes nothing', async () => {
    const user = userEvent.setup();
    const emitted: Item[][] = [];
    render(<Harness emitted={emitted} />);
    await user.click(screen.getByRole('button', { name: 'Start options from the examples' }));
    expect(emitted).toEqual([]);
    expect(screen.getByText('Replace all 2 with the examples? Your changes to this list are lost.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(emitted).toEqual([]);
    expect(box().value).toBe('Our own option\nNo feedback on rejected leads');

    await user.click(screen.getByRole('button', { name: 'Start options from the examples' }));
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    const replaced = emitted.at(-1)!;
    expect(replaced.map((i) => i.text)).toEqual(EXAMPLES);
    expect(box().value).toBe(EXAMPLES.join('\n'));
    // An example that was already in the list keeps its id (and its description); the others are new, never an old id on new text.
    expect(replaced[2]).toEqual({ id: 'o2', text: 'No feedback on rejected leads', description: 'kept' });
    expect(replaced.slice(0, 2).map((i) => i.id)).not.toContain('o1');
    expect(new Set(replaced.map((i) => i.id)).size).toBe(3);
  });

  it('starts from the examples without asking when the list is empty', async () => {
    const user = userEvent.setup();
    const emitted: Item[][] = [];
    render(<Harness emitted={emitted} />);
    await user.clear(box());
    expect(emitted.at(-1)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Start options from the examples' }));
    expect(screen.queryByText(/Replace all/)).toBeNull();
    expect(emitted.at(-1)!.map((i) => i.text)).toEqual(EXAMPLES);
    expect(box().value).toBe(EXAMPLES.join('\n'));
  });

  it('offers no examples when the editor has none, but still Clear all', () => {
    render(<Harness emitted={[]} noExamples />);
    expect(screen.queryByRole('button', { name: 'Start options from the examples' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Clear all options' })).toBeTruthy();
  });
});
