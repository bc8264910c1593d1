import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RetroPresenter } from './Presenter';
import { retro } from './definition';
import { activityOf } from '../../../test/activities/views/helpers';

// The projector follows the retro: the questions while people write, the
// themes on the ballot once the facilitator opens the vote.

const config = retro.defaultConfig();
const themes = [
  { id: 't1', name: 'Leads nobody follows up', cardKeys: ['a/card-1'] },
  { id: 't2', name: 'Credit for wins', cardKeys: ['b/card-1'] },
  { id: 't3', name: 'Empty theme', cardKeys: [] },
];

describe('trust retro on the projector', () => {
  it('shows the questions while people write', () => {
    render(<RetroPresenter activity={activityOf('retro', config)} config={config} board={{ clusters: themes, voting: false }} />);
    expect(screen.getByText('What broke trust between us?')).toBeTruthy();
    expect(screen.queryByText('Leads nobody follows up')).toBeNull();
  });

  it('shows the themes to vote on, and the dots each person has, once the vote is open', () => {
    render(<RetroPresenter activity={activityOf('retro', config)} config={config} board={{ clusters: themes, voting: true }} />);
    expect(screen.getByText(`Vote now: spend your ${config.dotsPerPerson} dots on the themes we should work on first.`)).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Leads nobody follows up', 'Credit for wins']);
    expect(screen.queryByText('What broke trust between us?')).toBeNull();
  });
});
