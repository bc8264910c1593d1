import { useEffect, type ReactNode } from 'react';
import { useLingui } from '@lingui/react';
import { useAppStore } from '../../app/store-context';
import { LiveAnnouncer, useAnnounce } from '../../components/run/live-announcer';
import { describeRunChange } from './run-announcements';

/**
 * The console's one polite live region. It says every change of the run in words,
 * whatever caused it (a shortcut with the focus anywhere, a button, another window),
 * by comparing the run before and after. Parts of the console say what only they
 * know (the timer running out, a board's moves) through useAnnounce().
 */
export function ConsoleAnnouncer({ children }: { children: ReactNode }) {
  return (
    <LiveAnnouncer testId="console-announcer">
      <RunChangesSpoken />
      {children}
    </LiveAnnouncer>
  );
}

function RunChangesSpoken() {
  const store = useAppStore();
  const announce = useAnnounce();
  const { i18n } = useLingui();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.runView === previous.runView) return;
        const said = describeRunChange(i18n, previous.runView, state.runView, Date.now() + state.runView.clockOffsetMs);
        if (said.length) announce(said.join(' '));
      }),
    [store, announce, i18n],
  );
  return null;
}
