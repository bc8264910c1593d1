// Issue #13 (a console that responds at once): a paged list lays the page out to count its
// pages when its text changes, not on every redraw of the screen around it. A console
// redrawing four times a second with a room's answers paid a forced layout each time.
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PagedColumns } from '../../../src/activities/kit/views/PagedColumns';

const list = (texts: string[]) => (
  <ul>
    {texts.map((t) => (
      <li key={t}>{t}</li>
    ))}
  </ul>
);
const nextFrame = () => act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));

describe('PagedColumns measuring', () => {
  afterEach(() => vi.restoreAllMocks());

  it('does not lay the page out again when a redraw leaves its text as it was, and does when the text changes', async () => {
    const measured = vi.spyOn(window, 'getComputedStyle');
    const texts = ['Slow follow-up', 'No feedback on rejected leads'];
    const view = render(
      <PagedColumns columns={2} label="Options">
        {list(texts)}
      </PagedColumns>,
    );
    await nextFrame();
    const afterMount = measured.mock.calls.length;
    expect(afterMount).toBeGreaterThan(0);

    for (let i = 0; i < 5; i++)
      view.rerender(
        <PagedColumns columns={2} label="Options">
          {list([...texts])}
        </PagedColumns>,
      );
    await nextFrame();
    expect(measured.mock.calls.length).toBe(afterMount);

    view.rerender(
      <PagedColumns columns={2} label="Options">
        {list([...texts, 'No MQL definition'])}
      </PagedColumns>,
    );
    await nextFrame();
    expect(measured.mock.calls.length).toBeGreaterThan(afterMount);
  });

  it('counts one page when there is no width to measure (no NaN pages)', () => {
    const view = render(
      <PagedColumns columns={1} label="Options">
        {list(['A'])}
      </PagedColumns>,
    );
    expect(view.container.querySelector('.cgv-paged')!.getAttribute('data-pages')).toBe('1');
  });
});
