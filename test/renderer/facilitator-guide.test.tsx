import { render, screen } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { act } from 'react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FacilitatorGuide } from '../../src/renderer/components/FacilitatorGuide';
import { GuideDialog } from '../../src/renderer/features/planner/GuideDialog';
import { inLocale } from '../helpers/i18n';

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
  it('speaks the interface language: the guide’s words and its headings in German', async () => {
    render(<FacilitatorGuide kind="leadsort" defaultOpen />, { wrapper: await inLocale('de') });
    expect(screen.getByText('Leitfaden für die Moderation')).toBeTruthy();
    expect(screen.getByText(/Etwa 25 Minuten/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'So läuft es ab' })).toBeTruthy();
    expect(screen.getByText(/Entwerfen Sie im Board aus den Ergebnissen die Definition/)).toBeTruthy();
    expect(screen.queryByText(/Draft the definition from the results/)).toBeNull();
  });
  it('the planner’s guide dialog reads the same language (French)', async () => {
    render(<GuideDialog kind="pulse" onClose={() => {}} />, { wrapper: await inLocale('fr') });
    expect(screen.getByRole('dialog', { name: /^Guide d’animation : / })).toBeTruthy();
    expect(screen.getByText(/Prendre en deux minutes la température/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Points de vigilance' })).toBeTruthy();
  });
  it('outside any Lingui provider (a screen the app has not wrapped yet) it reads in English rather than fail', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host); // React's own render: no test wrapper, no provider
    await act(async () => root.render(<FacilitatorGuide kind="leadsort" defaultOpen />));
    expect(host.textContent).toContain('Facilitator guide');
    expect(host.textContent).toContain('Draft the definition from the results');
    act(() => root.unmount());
    host.remove();
  });
  it('renders nothing for an unknown kind', () => {
    const { container } = render(<FacilitatorGuide kind="nope" />);
    expect(container.innerHTML).toBe('');
  });
});
