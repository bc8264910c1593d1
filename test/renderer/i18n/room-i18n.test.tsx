import { render, screen } from '@testing-library/react';
import { useLingui } from '@lingui/react';
import { describe, expect, it } from 'vitest';
import { RoomI18n } from '../../../src/renderer/i18n/RoomI18n';
import { LANGUAGE } from '../../../src/renderer/i18n/messages';

function Probe({ id }: { id: string }) {
  const { i18n } = useLingui();
  return <p data-testid={id}>{i18n._(LANGUAGE)}</p>;
}

// The room's language apart from the interface's: a tree inside RoomI18n speaks the workshop's language.

describe('RoomI18n', () => {
  it('renders English at once, and another language once its catalog has loaded', async () => {
    render(
      <>
        <Probe id="ui" />
        <RoomI18n locale="pseudo">
          <Probe id="room" />
        </RoomI18n>
      </>,
    );
    expect(screen.getByTestId('ui').textContent).toBe('Language');
    // The pseudo-locale is generated from English: accented, longer, bracketed.
    expect((await screen.findByTestId('room')).textContent).toMatch(/^⟦.+⟧$/);
  });
});
