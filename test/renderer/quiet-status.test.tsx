import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { App } from '../../src/renderer/app/App';
import { href } from '../../src/renderer/app/router';
import { createAppStore } from '../../src/renderer/store';
import type { ApiClient } from '../../src/shared/api/contract';
import type { EventName } from '../../src/shared/api/names';
import { call, testCore } from '../helpers/core';
import { pngLogo } from '../helpers/logos';
import { createRunFake, renderRunPage } from './run/run-fake';

// Status lines a screen reader hears (#15, found by the keyboard-only path): they speak when
// something happened, in words, and stay quiet otherwise. The export's status is not read as
// a clock four times a second; the planner says what "Add" added; the branding default's line
// is not announced on every visit and takes the keyboard from the button that goes away.

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

function appOnCore(c: Core, hash: string) {
  const api: ApiClient = {
    invoke: async (op, input) => c.dispatch(op, input) as never,
    on: (event, listener) => c.subscribe((e: EventName, payload: unknown) => e === event && listener(payload as never)),
  };
  window.location.hash = hash;
  const root = document.body.appendChild(document.createElement('div'));
  root.id = 'root';
  return render(<App store={createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20 })} />, { container: root });
}

describe('status lines that speak only when something happened', () => {
  it('export: while the report is made, the live status changes with the phase only, never with the running seconds', async () => {
    const fake = createRunFake();
    let release: () => void = () => {};
    const invoke = fake.api.invoke.bind(fake.api);
    fake.api.invoke = (async (name: string, input: unknown) => {
      if (name !== 'export:prepare') return invoke(name as never, input as never);
      await new Promise<void>((go) => (release = go));
      return { ok: false, error: { code: 'INTERNAL', message: 'The report could not be made.' } };
    }) as typeof fake.api.invoke;
    renderRunPage(href.export(fake.workshopId), fake);
    const make = await screen.findByRole('button', { name: 'Make and download the report' });
    await userEvent.setup().click(make);
    const card = make.closest('section')!;
    const spoken = new Set<string>();
    for (let i = 0; i < 8; i++) {
      await act(() => new Promise((r) => setTimeout(r, 130)));
      for (const s of within(card as HTMLElement).getAllByRole('status')) spoken.add(s.textContent ?? '');
    }
    const words = [...spoken].filter(Boolean);
    expect(words.length).toBeGreaterThan(0);
    for (const t of words) expect(['Gathering the results…', 'Laying out the pages…']).toContain(t);
    expect(card.textContent).toMatch(/\d\.\d s/); // the seconds are still shown
    release();
    expect((await screen.findByRole('alert')).textContent).toContain('The report could not be made.');
  });

  it('planner: "Add Dot vote" says what was added and where', async () => {
    core = testCore();
    const w = call(core, 'workshop:create', { title: 'Kick-off' });
    appOnCore(core, href.planner(w.id));
    const add = await screen.findByRole('button', { name: 'Add Dot vote' });
    await userEvent.setup().click(add);
    await waitFor(() => expect(screen.getByTestId('library-announcer').textContent).toMatch(/^Dot vote added to the agenda as activity 1 of 1\.\u200b?$/));
  });

  it('planner: the branding default line is not a live region on arrival; after "Use as default" it is, says so and has the keyboard', async () => {
    core = testCore();
    const w = call(core, 'workshop:create', { title: 'Kick-off', clientName: 'Northwind' });
    call(core, 'workshop:setLogo', { id: w.id, base64: pngLogo().toString('base64') });
    appOnCore(core, href.planner(w.id));
    const section = await screen.findByRole('region', { name: 'Branding' });
    const line = await within(section).findByTestId('brand-default-status');
    await waitFor(() => expect(line.textContent).toBe('New workshops start without branding.'));
    expect(line.getAttribute('role')).toBeNull();
    const use = within(section).getByRole('button', { name: 'Use as default for new workshops' });
    use.focus();
    await userEvent.setup().keyboard('{Enter}');
    await waitFor(() => expect(line.textContent).toBe('This is the default: new workshops start with this branding.'));
    expect(line.getAttribute('role')).toBe('status');
    expect(within(section).queryByRole('button', { name: 'Use as default for new workshops' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(line));
  });
});
