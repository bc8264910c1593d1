import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_DEFINITIONS } from '../../../src/activities/registry';
import { ACTIVITY_VIEWS, viewsFor } from '../../../src/activities/views';
import { activityOf } from './helpers';

describe('activity views registry', () => {
  it('has views for every registered kind, and nothing else', () => {
    expect(Object.keys(ACTIVITY_VIEWS).sort()).toEqual(ACTIVITY_DEFINITIONS.map((d) => d.kind).sort());
  });

  it.each(ACTIVITY_DEFINITIONS.map((d) => [d.kind, d] as const))('%s: a Participant exactly when people respond to it', (kind, def) => {
    const views = viewsFor(kind)!;
    expect(views.Presenter).toBeTypeOf('function');
    expect(Boolean(views.Participant)).toBe(def.interactive);
    expect(Boolean(views.Results)).toBe(def.interactive);
  });

  it('slides and breaks have no Participant; a Board exactly where the definition keeps a board', () => {
    expect(viewsFor('slide')?.Participant).toBeUndefined();
    expect(viewsFor('break')?.Participant).toBeUndefined();
    expect(
      Object.entries(ACTIVITY_VIEWS)
        .filter(([, v]) => 'Board' in v)
        .map(([k]) => k)
        .sort(),
    ).toEqual(
      ACTIVITY_DEFINITIONS.filter((d) => d.board)
        .map((d) => d.kind)
        .sort(),
    );
    expect(viewsFor('brainstorm')?.Board).toBeTypeOf('function');
  });

  it('knows nothing of unknown kinds, including object keys', () => {
    expect(viewsFor('nope')).toBeUndefined();
    expect(viewsFor('toString')).toBeUndefined();
  });

  it.each(ACTIVITY_DEFINITIONS.map((d) => [d.kind, d] as const))('%s: the presenter renders its default config', (kind, def) => {
    const P = viewsFor(kind)!.Presenter;
    const { container } = render(<P activity={activityOf(kind, def.defaultConfig())} config={def.defaultConfig()} />);
    expect(container.querySelector('.cg-surface-projector')).not.toBeNull();
  });

  it('the slide presenter shows the text and every bullet; the break shows its message', () => {
    const Slide = viewsFor('slide')!.Presenter;
    const config = { text: 'Why we are here', bullets: ['One', 'Two'] };
    render(<Slide activity={activityOf('slide', config)} config={config} />);
    expect(screen.getByText('Why we are here')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['One', 'Two']);
    const Break = viewsFor('break')!.Presenter;
    render(<Break activity={activityOf('break', { message: 'Back at 10:45' })} config={{ message: 'Back at 10:45' }} />);
    expect(screen.getByText('Back at 10:45')).toBeTruthy();
  });
});
