import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StillImage } from '../../../src/renderer/features/run/results-image';
import type { StillResultsProps } from '../../../src/renderer/features/present/StillResults';
import { CARDS, createRunFake, renderRunPage, SECRET_NOTES, type RunFake } from './run-fake';

// The console's "Copy as image" / "Save as PNG" (#16), with the drawing itself held: the
// buttons keep the keyboard and say they are busy, a second press does nothing, the file is
// named after the workshop and activity, and what is drawn is the projector's view only.
// (The real picture, clipboard and download are tested in Chromium: test/e2e/results-png.e2e.ts.)

const drawing = vi.hoisted(() => ({
  pending: [] as ((image: StillImage) => void)[],
  calls: [] as { still: ReactElement; background: string; page: number }[],
}));

vi.mock('../../../src/renderer/features/run/results-image', async (original) => ({
  ...(await original<Record<string, unknown>>()),
  renderStillPng: vi.fn((still: ReactElement, background: string, page: number) => {
    drawing.calls.push({ still, background, page });
    return new Promise<StillImage>((resolve) => drawing.pending.push(resolve));
  }),
  countStillPages: vi.fn(() => new Promise<number>(() => {})),
  downloadPng: vi.fn(),
}));

const { downloadPng } = await import('../../../src/renderer/features/run/results-image');

async function consoleOnTheSort(): Promise<{ fake: RunFake; panel: HTMLElement }> {
  const fake = createRunFake();
  const sort = fake.activityIds[1]!;
  fake.goTo(sort);
  const cards = fake.api.db.activities.find((a) => a.id === sort)!.config as { cards: { id: string }[]; columns: { id: string }[] };
  for (const [i, p] of fake.people.entries()) fake.answer(p.id, sort, cards.cards[0]!.id, { column: cards.columns[i % 2]!.id });
  renderRunPage(`#/run/${fake.workshopId}`, fake);
  const panel = (await screen.findByRole('heading', { name: /^Results/ })).closest('section')!;
  await within(panel).findByRole('button', { name: 'Save as PNG' });
  return { fake, panel };
}

const finish = (image: Partial<StillImage> = {}) =>
  act(() => drawing.pending.splice(0).forEach((done) => done({ blob: new Blob(['png'], { type: 'image/png' }), page: 1, pages: 1, ...image })));

describe('results as an image, on the console', () => {
  beforeEach(() => {
    drawing.pending.length = 0;
    drawing.calls.length = 0;
    vi.mocked(downloadPng).mockClear();
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('Save as PNG: busy and focused while drawing, one drawing per press, then a file named after the workshop and activity', async () => {
    const user = userEvent.setup();
    const { panel } = await consoleOnTheSort();
    const save = within(panel).getByRole('button', { name: 'Save as PNG' });
    const copy = within(panel).getByRole('button', { name: 'Copy as image' });
    await user.click(save);
    expect(drawing.calls).toHaveLength(1);
    expect(save.getAttribute('aria-busy')).toBe('true');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(copy.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(save);
    await user.click(copy);
    await user.keyboard('{Tab}');
    expect(document.activeElement).toBe(save);
    await user.keyboard('{Enter}');
    expect(drawing.calls).toHaveLength(1);

    await finish();
    await waitFor(() => expect(save.getAttribute('aria-busy')).toBeNull());
    expect(copy.getAttribute('aria-disabled')).toBeNull();
    expect(document.activeElement).toBe(save);
    expect(vi.mocked(downloadPng)).toHaveBeenCalledWith(expect.any(Blob), 'q3-alignment-kickoff-what-makes-a-quality-lead-results.png');
    expect(await screen.findByText(/Saved q3-alignment-kickoff-what-makes-a-quality-lead-results\.png/)).toBeTruthy();
  });

  it('draws the projector view on the chosen background: the title, no names, no private notes', async () => {
    const user = userEvent.setup();
    const { fake, panel } = await consoleOnTheSort();
    await user.click(within(panel).getByRole('radio', { name: 'Dark' }));
    await user.click(within(panel).getByRole('button', { name: 'Save as PNG' }));
    const { still, background } = drawing.calls[0]!;
    expect(background).toBe('dark');
    const props = still.props as StillResultsProps & { participants?: unknown };
    expect(props.background).toBe('dark');
    expect(props.participants).toBeUndefined();
    const drawn = render(still).container;
    expect(drawn.querySelector('h1')!.textContent).toBe('What makes a quality lead?');
    expect(drawn.textContent).toContain('Q3 alignment kickoff');
    expect(drawn.querySelector('.cg-surface-projector')).not.toBeNull();
    expect(drawn.textContent).toContain(CARDS[0]);
    for (const p of fake.people) expect(drawn.textContent).not.toContain(p.name);
    expect(drawn.textContent).not.toContain(SECRET_NOTES);
    await finish();
  });

  it('a result over several projector pages: Page N picks the page, and the file says which', async () => {
    const user = userEvent.setup();
    const { panel } = await consoleOnTheSort();
    await user.click(within(panel).getByRole('button', { name: 'Save as PNG' }));
    await finish({ pages: 3 });
    const pageSelect = await within(panel).findByRole('combobox', { name: /Page/ });
    expect(
      within(pageSelect)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['1 of 3', '2 of 3', '3 of 3']);
    expect(vi.mocked(downloadPng)).toHaveBeenLastCalledWith(expect.any(Blob), 'q3-alignment-kickoff-what-makes-a-quality-lead-results-page-1-of-3.png');
    await user.selectOptions(pageSelect, '2');
    await user.click(within(panel).getByRole('button', { name: 'Save as PNG' }));
    expect(drawing.calls.at(-1)!.page).toBe(2);
    await finish({ page: 2, pages: 3 });
    await waitFor(() =>
      expect(vi.mocked(downloadPng)).toHaveBeenLastCalledWith(expect.any(Blob), 'q3-alignment-kickoff-what-makes-a-quality-lead-results-page-2-of-3.png'),
    );
  });

  it('Copy as image without a clipboard says so and draws nothing', async () => {
    const user = userEvent.setup();
    const { panel } = await consoleOnTheSort();
    const copy = within(panel).getByRole('button', { name: 'Copy as image' });
    await user.click(copy);
    expect(await screen.findByText(/clipboard is not available.*Save as PNG/)).toBeTruthy();
    expect(drawing.calls).toHaveLength(0);
    expect(document.activeElement).toBe(copy);
  });
});
