import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { href } from '../../src/renderer/app/router';
import { createRunFake, renderRunPage } from './run/run-fake';

// The focus rule (#15) when a screen cannot open: the error has a heading, and the keyboard goes
// to it after the route change (it stayed on the link left behind: <body> in a browser).

const screens = [
  { name: 'console', hash: href.run },
  { name: 'export', hash: href.export },
];

describe.each(screens)('$name: a workshop that cannot be opened', ({ hash }) => {
  it('puts the keyboard on the error’s heading, with the reason under it', async () => {
    const fake = createRunFake();
    renderRunPage(href.list(), fake);
    await screen.findByRole('heading', { level: 1, name: 'Workshops' });
    screen.getByRole('link', { name: 'Common Ground: all workshops' }).focus();
    act(() => {
      window.location.hash = hash('no-such-workshop');
    });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Couldn’t open this workshop' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('alert').textContent).toMatch(/\S/);
  });
});
