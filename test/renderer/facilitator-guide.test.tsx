import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FacilitatorGuide } from '../../src/renderer/components/FacilitatorGuide';

describe('FacilitatorGuide', () => {
  it('is closed by default and opens to show the purpose, steps and what to watch for', async () => {
    render(<FacilitatorGuide kind="leadsort" />);
    const summary = screen.getByText('Facilitator guide');
    expect(screen.getByText(/About 25 minutes/)).toBeTruthy();
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await userEvent.click(summary);
    expect(details.open).toBe(true);
    expect(screen.getByRole('heading', { name: 'How to run it' })).toBeTruthy();
    expect(screen.getByText(/Draft the definition from the results/)).toBeTruthy();
  });
  it('renders nothing for an unknown kind', () => {
    const { container } = render(<FacilitatorGuide kind="nope" />);
    expect(container.innerHTML).toBe('');
  });
});
