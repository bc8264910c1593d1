import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ItemRows } from '../../../src/activities/exercise-kit/ItemRows';

// The list editor of the lead signals and KPIs: starting again from the
// examples asks first, and a new row takes the typing.

interface Row {
  id: string;
  text: string;
  description: string;
}

function Harness({ onReset }: { onReset(): void }) {
  const [items, setItems] = useState<Row[]>([
    { id: 'k1', text: 'Requested a demo', description: '' },
    { id: 'k2', text: 'Our own signal', description: '' },
  ]);
  return <ItemRows label="Lead signals" items={items} onChange={setItems} make={(row) => row} addLabel="Add a signal" onReset={onReset} resetLabel="Start again from the 26 example signals" />;
}

describe('list editor', () => {
  it('asks before replacing the list with the examples; “Keep mine” changes nothing', async () => {
    const user = userEvent.setup();
    const onReset = vi.fn();
    render(<Harness onReset={onReset} />);
    await user.click(screen.getByRole('button', { name: 'Start again from the 26 example signals' }));
    expect(onReset).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Replace all 2 with the examples? Your changes to this list are lost.');
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
});
