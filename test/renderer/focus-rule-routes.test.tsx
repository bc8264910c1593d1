import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { href, ROUTE_NAMES, type Route } from '../../src/renderer/app/router';
import { createRunFake, renderRunPage } from './run/run-fake';

// The focus rule, screen by screen: after a route change the keyboard lands on the new
// screen's heading (the presenter, a projector canvas, on its main region), never on <body>.
// One entry per kind of route: a kind added to router.ts without one here does not compile,
// and the first test below fails at run time too.

type Target = { hash(workshopId: string): string; expect(): Promise<HTMLElement> };

const h1 = (name: string | RegExp) => () => screen.findByRole('heading', { level: 1, name });

const TARGETS: Record<Route['name'], Target> = {
  list: { hash: () => href.list(), expect: h1('Workshops') },
  trash: { hash: () => href.trash(), expect: h1('Trash') },
  planner: { hash: (id) => href.planner(id), expect: h1('Q3 alignment kickoff') },
  run: { hash: (id) => href.run(id), expect: h1('Q3 alignment kickoff') },
  export: { hash: (id) => href.export(id), expect: h1('Export “Q3 alignment kickoff”') },
  // A projector canvas: its main region.
  present: { hash: (id) => href.present(id), expect: () => screen.findByTestId('presenter-main') },
  participate: { hash: (id) => href.participate(id), expect: h1('Nothing to answer yet') },
  // The run fake has no series: the series page's heading says it could not open it (focus lands there all the same).
  series: { hash: () => href.series('no-such-series'), expect: h1('Couldn’t open the series') },
  notFound: { hash: () => '#/no/such/page', expect: h1('Page not found') },
};

/** Where each walk starts: a screen whose link (kept focused) is left behind by the change. */
const startOf = (name: Route['name']) => (name === 'list' ? href.trash() : href.list());

describe('focus rule: every route moves focus to its screen', () => {
  it('lists every kind of route (the list in router.ts is the one the app routes on)', () => {
    expect([...ROUTE_NAMES].sort()).toEqual(Object.keys(TARGETS).sort());
  });

  for (const name of ROUTE_NAMES) {
    it(`${name}: focus goes to the new screen's heading`, async () => {
      const fake = createRunFake();
      renderRunPage(startOf(name), fake);
      await screen.findByRole('heading', { level: 1, name: startOf(name) === href.list() ? 'Workshops' : 'Trash' });
      // As if the person pressed Enter on a link in the page they leave.
      const link = screen.getByRole('link', { name: 'Common Ground: all workshops' });
      link.focus();
      act(() => {
        window.location.hash = TARGETS[name].hash(fake.workshopId);
      });
      const target = await TARGETS[name].expect();
      await waitFor(() => expect(document.activeElement).toBe(target));
      expect(target.tabIndex).toBe(-1);
    });
  }

  it('does not move focus on the first screen of a page (the page starts at the top)', async () => {
    const fake = createRunFake();
    renderRunPage(href.planner(fake.workshopId), fake);
    await screen.findByRole('heading', { level: 1, name: 'Q3 alignment kickoff' });
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(document.activeElement).toBe(document.body);
  });

  it('leaves focus alone when the person moved it while the screen loaded', async () => {
    const fake = createRunFake();
    let release = () => {};
    const invoke = fake.api.invoke.bind(fake.api);
    fake.api.invoke = (async (op: string, input: unknown) => {
      if (op === 'workshop:get') await new Promise<void>((go) => (release = go));
      return invoke(op as never, input as never);
    }) as typeof fake.api.invoke;
    renderRunPage(href.list(), fake);
    await screen.findByRole('heading', { level: 1, name: 'Workshops' });
    act(() => {
      window.location.hash = href.planner(fake.workshopId);
    });
    await screen.findByText('Opening the workshop…');
    const back = screen.getByRole('link', { name: 'Workshops' });
    back.focus();
    act(() => release());
    await screen.findByRole('heading', { level: 1, name: 'Q3 alignment kickoff' });
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(document.activeElement).toBe(back);
  });
});
