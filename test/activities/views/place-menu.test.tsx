import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PlaceMenu } from '../../../src/activities/kit/views/PlaceMenu';

const places = [
  { id: 'c1', label: 'Quality lead' },
  { id: 'c2', label: 'Not a signal' },
];

function renderMenu() {
  const onPlace = vi.fn();
  render(<PlaceMenu label="Place Requested a demo" listLabel="Where Requested a demo goes" buttonText="Place…" places={places} onPlace={onPlace} />);
  return { onPlace, trigger: screen.getByRole('button', { name: 'Place Requested a demo' }) };
}

describe('Place… menu', () => {
  it('Escape closes the open menu and puts focus back on its button, placing nothing', async () => {
    const user = userEvent.setup();
    const { onPlace, trigger } = renderMenu();
    await user.click(trigger);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    screen.getByRole('button', { name: 'Not a signal' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: 'Where Requested a demo goes' })).toBeNull();
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(trigger);
    expect(onPlace).not.toHaveBeenCalled();
  });

  it('Escape on the button itself closes the menu too', async () => {
    const user = userEvent.setup();
    const { trigger } = renderMenu();
    await user.click(trigger);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: 'Where Requested a demo goes' })).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('choosing a place still places and closes', async () => {
    const user = userEvent.setup();
    const { onPlace, trigger } = renderMenu();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Quality lead' }));
    expect(onPlace).toHaveBeenCalledWith('c1');
    expect(screen.queryByRole('list', { name: 'Where Requested a demo goes' })).toBeNull();
  });
});
