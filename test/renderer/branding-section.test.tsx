import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { App } from '../../src/renderer/app/App';
import { createAppStore } from '../../src/renderer/store';
import type { ApiClient } from '../../src/shared/api/contract';
import type { EventName } from '../../src/shared/api/names';
import { call, dumpRows, testCore } from '../helpers/core';
import { noisyPng, pngLogo } from '../helpers/logos';

// Branding in the planner (#16), on the real core: client name, a logo from
// disk (refused files say why and change nothing), the accent's contrast
// verdict in words, the default for new workshops, removing the logo.

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

function plannerOnCore(c: Core, workshopId: string) {
  const api: ApiClient = {
    invoke: async (op, input) => c.dispatch(op, input) as never,
    on: (event, listener) => c.subscribe((e: EventName, payload: unknown) => e === event && listener(payload as never)),
  };
  window.location.hash = `#/w/${workshopId}`;
  const root = document.body.appendChild(document.createElement('div'));
  root.id = 'root';
  return render(<App store={createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20 })} />, { container: root });
}

const file = (data: Buffer, name: string, type: string) => new File([new Uint8Array(data)], name, { type });

describe('the planner’s branding section', () => {
  it('saves the client name, takes a logo from disk, refuses a broken or too large one with the reason, and removes it', async () => {
    core = testCore();
    const w = call(core, 'workshop:create', { title: 'Kick-off' });
    const user = userEvent.setup();
    plannerOnCore(core, w.id);
    const section = await screen.findByRole('region', { name: 'Branding' });

    await user.type(within(section).getByRole('textbox', { name: 'Client name' }), 'Northwind Traders');
    await user.tab();
    await waitFor(() => expect(call(core!, 'workshop:get', { id: w.id }).workshop.clientName).toBe('Northwind Traders'));

    const input = within(section).getByLabelText('Logo file (PNG or SVG)');
    const png = pngLogo(300, 100);
    await user.upload(input, file(png, 'northwind.png', 'image/png'));
    const img = await within(section).findByRole('img', { name: 'The workshop’s logo' });
    expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(call(core, 'workshop:get', { id: w.id }).workshop.logo).toMatchObject({ mime: 'image/png', width: 300, height: 100 });
    expect(within(section).getByText(`PNG, 300 × 100 pixels, ${png.length} bytes`)).toBeTruthy();

    // A broken file: the core's reason, next to the field; nothing changed.
    const before = dumpRows(core);
    await user.upload(input, file(Buffer.from('not really a picture'), 'logo.png', 'image/png'));
    expect((await within(section).findByRole('alert')).textContent).toMatch(
      /That file is not a PNG or SVG image\. Choose the logo as a \.png or \.svg file\. The logo was not changed\./,
    );
    expect(dumpRows(core)).toBe(before);
    expect(within(section).getByRole('img', { name: 'The workshop’s logo' })).toBeTruthy();

    // Too large: said at once, never sent.
    await user.upload(input, file(noisyPng(400, 400), 'huge.png', 'image/png'));
    await waitFor(() => expect(within(section).getByRole('alert').textContent).toMatch(/That logo is \d+ KB: the limit is 512 KB/));
    expect(dumpRows(core)).toBe(before);

    await user.click(within(section).getByRole('button', { name: 'Remove logo' }));
    await within(section).findByText('No logo');
    expect(call(core, 'workshop:get', { id: w.id }).workshop.logo).toBeNull();
  });

  it('says in words where the accent may colour text, and saves the branding as the default for new workshops', async () => {
    core = testCore();
    const w = call(core, 'workshop:create', { title: 'Kick-off', clientName: 'Northwind' });
    call(core, 'workshop:setLogo', { id: w.id, base64: pngLogo().toString('base64') });
    const user = userEvent.setup();
    plannerOnCore(core, w.id);
    const section = await screen.findByRole('region', { name: 'Branding' });
    expect(within(section).getByText('No accent colour: the report and the projector use their own colours.')).toBeTruthy();

    const hex = within(section).getByRole('textbox', { name: 'Accent colour as hex' });
    await user.type(hex, 'FFD500{Enter}');
    const verdicts = await within(section).findByTestId('accent-verdicts');
    expect(verdicts.textContent).toMatch(/Report \(white\): Too light for text \(1\.\d:1\): used for lines and bars only/);
    expect(verdicts.textContent).toMatch(/Projector \(dark\): Used for text: 1\d\.\d:1/);
    await waitFor(() => expect(call(core!, 'workshop:get', { id: w.id }).workshop.accent).toBe('#ffd500'));

    await user.clear(hex);
    await user.type(hex, '#1e3a8a{Enter}');
    await waitFor(() =>
      expect(within(section).getByTestId('accent-verdicts').textContent).toMatch(
        /Report \(white\): Used for text: 10\.\d:1.*Projector \(dark\): Too dark for text \(1\.\d:1\)/,
      ),
    );

    await user.clear(hex);
    await user.type(hex, 'teal{Enter}');
    expect((await within(section).findByRole('alert')).textContent).toMatch(/Use a colour like #1a6b8f/);
    expect(call(core, 'workshop:get', { id: w.id }).workshop.accent).toBe('#1e3a8a');

    expect(within(section).getByTestId('brand-default-status').textContent).toBe('New workshops start without branding.');
    await user.click(within(section).getByRole('button', { name: 'Use as default for new workshops' }));
    await waitFor(() =>
      expect(within(section).getByTestId('brand-default-status').textContent).toBe('This is the default: new workshops start with this branding.'),
    );
    expect(call(core, 'workshop:create', { title: 'Next' })).toMatchObject({ clientName: 'Northwind', accent: '#1e3a8a', logo: { mime: 'image/png' } });
  });
});
