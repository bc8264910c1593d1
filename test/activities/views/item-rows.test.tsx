import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ItemRows } from '../../../src/activities/kit/rows/ItemRows';

// The list editor of the lead signals and KPIs: starting again from the
// examples asks first, a new row takes the typing, an empty new row is not an
// error until it is left empty, and Clear all can be undone.

interface Row {
  id: string;
  text: string;
  description: string;
}

function Harness({ onReset, onEmit = () => undefined }: { onReset(): void; onEmit?(items: Row[]): void }) {
  const [items, setItems] = useState<Row[]>([
    { id: 'k1', text: 'Requested a demo', description: '' },
    { id: 'k2', text: 'Our own signal', description: '' },
  ]);
  const change = (next: Row[]) => {
    onEmit(next);
    setItems(next);
  };
  return (
    <ItemRows
      label="Lead signals"
      items={items}
      onChange={change}
      make={(row) => row}
      addLabel="Add a signal"
      onReset={onReset}
      resetLabel="Start again from the 26 example signals"
    />
  );
}

describe('list editor', () => {
  it('asks before replacing the list with the examples; “Keep mine” changes nothing', async () => {
    const user = userEvent.setup();
    const onReset = vi.fn();
    render(<Harness onReset={onReset} />);
    await user.click(screen.getByRole('button', { name: 'Start again from the 26 example signals' }));
    expect(onReset).not.toHaveBeenCalled();
    expect(screen.getByText('Replace all 2 with the examples? Your changes to this list are lost.').getAttribute('role')).toBe('status');
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(onReset).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Start again from the 26 example signals' }));
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('puts the focus in a new row, so typing a sentence never presses Add again', async () => {
    const user = userEvent.setup();
    render(<Harness onReset={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: '+ Add a signal' }));
    await user.keyboard('Asked for a trial extension');
    expect(screen.getByLabelText<HTMLInputElement>('Lead signals: item 3').value).toBe('Asked for a trial extension');
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('keeps a new row out of the list until it has text, and says it is empty only once left empty', async () => {
    const user = userEvent.setup();
    const emitted: Row[][] = [];
    render(<Harness onReset={vi.fn()} onEmit={(items) => emitted.push(items)} />);
    await user.click(screen.getByRole('button', { name: '+ Add a signal' }));
    const blank = screen.getByLabelText<HTMLTextAreaElement>('Lead signals: item 3');
    expect(emitted).toEqual([]); // nothing empty was sent to be saved
    expect(blank.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/remove this row/)).toBeNull();
    await user.tab(); // leave it empty
    expect(blank.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Type a signal or remove this row: an empty row is not saved.')).toBeTruthy();
    // Pressing Add again goes back to the empty row rather than making another.
    await user.click(screen.getByRole('button', { name: '+ Add a signal' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    await user.keyboard('Trial{Enter} extended');
    expect(emitted.at(-1)!.map((i) => i.text)).toEqual(['Requested a demo', 'Our own signal', 'Trial extended']);
    expect(blank.getAttribute('aria-invalid')).toBeNull();
  });

  it('clears the whole list in one press and Undo puts every item back', async () => {
    const user = userEvent.setup();
    const emitted: Row[][] = [];
    render(<Harness onReset={vi.fn()} onEmit={(items) => emitted.push(items)} />);
    await user.click(screen.getByRole('button', { name: 'Clear all lead signals' }));
    expect(emitted.at(-1)).toEqual([]);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('Removed all 2 lead signals.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(emitted.at(-1)!.map((i) => i.id)).toEqual(['k1', 'k2']);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByText(/Removed all/)).toBeNull();
  });

  it('starts from the examples without asking when the list is empty', async () => {
    const user = userEvent.setup();
    const onReset = vi.fn();
    render(<Harness onReset={onReset} />);
    await user.click(screen.getByRole('button', { name: 'Clear all lead signals' }));
    await user.click(screen.getByRole('button', { name: 'Start again from the 26 example signals' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });
});
