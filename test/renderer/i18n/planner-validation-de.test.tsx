import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/app/App';
import { href } from '../../../src/renderer/app/router';
import { createAppStore } from '../../../src/renderer/store';
import { createFakeApi } from '../../helpers/fake-api';
import { inLocale } from '../../helpers/i18n';

// The planner checks an activity's settings as they are typed, with the engine's schema (#19):
// its messages speak the facilitator's interface language, German here, and the invalid settings
// are not saved.

describe('the planner’s settings check in German', () => {
  it('says a dot vote’s cap above the dots per person in German, and saves nothing', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    const w = api.seedWorkshop({ title: 'Kickoff' }, { participants: [], activities: [{ kind: 'dotvote', title: 'Prioritäten', minutes: 30 }] });
    window.location.hash = href.planner(w.id);
    const store = createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20 });
    render(<App store={store} />, { wrapper: await inLocale('de') });

    await user.click(await screen.findByRole('button', { name: 'Einstellungen und Notizen für Prioritäten' }));
    const before = api.callsOf('activity:update').length;
    // The dot vote's settings end with the dots per person (5 to start with) and the cap per option (3).
    const numbers = screen.getAllByRole('spinbutton') as HTMLInputElement[];
    const cap = numbers.at(-1)!;
    expect([numbers.at(-2)!.value, cap.value]).toEqual(['5', '3']);
    await user.clear(cap);
    await user.type(cap, '9');
    expect(await screen.findByText('Die Obergrenze pro Option kann nicht höher sein als die Punkte pro Person')).toBeTruthy();
    expect(screen.queryByText('The cap per option cannot be more than the dots each person has')).toBeNull();
    expect(api.callsOf('activity:update').slice(before)).toEqual([]);
  });
});
