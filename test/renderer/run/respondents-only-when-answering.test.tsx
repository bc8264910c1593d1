import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { href } from '../../../src/renderer/app/router';
import type { Core } from '../../../src/main/core';
import { call, testCore } from '../../helpers/core';
import { renderOnCore } from '../series-on-core';

// The console's "Answers" panel (who answered, who to nudge) is there only where people answer: on a slide
// or the commitments review it said "0 of 2 responded" with everyone under "Not yet", which misleads.

let core: Core | null = null;
afterEach(() => {
  cleanup();
  core?.close();
  core = null;
});

describe('the console’s Answers panel', () => {
  it('shows on an exercise people answer, not on a slide', async () => {
    core = testCore();
    const w = call(core, 'workshop:create', { title: 'Kickoff' });
    call(core, 'participant:addMany', {
      workshopId: w.id,
      people: [
        { name: 'Dana Whitfield', team: 'sales' },
        { name: 'Priya Raman', team: 'marketing' },
      ],
    });
    const slide = call(core, 'activity:add', { workshopId: w.id, kind: 'slide' });
    const sort = call(core, 'activity:add', { workshopId: w.id, kind: 'leadsort' });
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:goto', { workshopId: w.id, activityId: slide.id });
    renderOnCore(core, href.run(w.id));
    await screen.findByRole('heading', { name: 'On the projector' });
    await screen.findAllByText(slide.title);
    expect(screen.queryByRole('heading', { name: 'Answers' })).toBeNull();
    expect(screen.queryByTestId('respondent-count')).toBeNull();

    call(core, 'run:goto', { workshopId: w.id, activityId: sort.id });
    await waitFor(() => expect(screen.getByTestId('respondent-count').textContent).toBe('0 of 2 responded'));
  });
});
