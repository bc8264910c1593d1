import { Trans, useLingui } from '@lingui/react/macro';
import { forwardRef } from 'react';
import type { ReactNode } from 'react';
import type { Participant } from '../../../shared/domain';
import { ScreenHeading } from '../../../ui/focus-rule';
import { TEAM_MARK, TEAMS } from '../../../shared/teams'; // not domain.ts: keeps zod out of the phone's first load
import { TEAM_NAME } from '../../../shared/team-words';
import './run.css';

// Shown on phones and on the in-room page: in the phone catalog as well as the app's (lingui.config.ts).

type Person = Pick<Participant, 'id' | 'name' | 'team'> & { joined?: boolean; done?: boolean };

/** Big name buttons grouped by team (each team named and marked ◆ ● ▲). */
export const RosterPicker = forwardRef<
  HTMLHeadingElement,
  { people: readonly Person[]; title: string; hint: ReactNode; empty: string; onPick(person: Person): void }
>(function RosterPicker({ people, title, hint, empty, onPick }, headingRef) {
  const { i18n } = useLingui();
  const groups = TEAMS.map((team) => ({ team, people: people.filter((p) => p.team === team) })).filter((g) => g.people.length > 0);
  return (
    <section className="pick" aria-labelledby="pick-heading">
      <ScreenHeading id="pick-heading" className="pick-title" ref={headingRef}>
        {title}
      </ScreenHeading>
      <p className="pick-hint">{hint}</p>
      {people.length === 0 ? <p className="pick-empty">{empty}</p> : null}
      {groups.map((g) => (
        <div key={g.team} className={`pick-group pick-team-${g.team}`} role="group" aria-labelledby={`pick-${g.team}`}>
          <h2 id={`pick-${g.team}`} className="pick-group-title">
            <span className="pick-mark" aria-hidden="true">
              {TEAM_MARK[g.team]}
            </span>{' '}
            {i18n._(TEAM_NAME[g.team])}
          </h2>
          <ul className="pick-list">
            {g.people.map((p) => (
              <li key={p.id}>
                <button type="button" className="pick-name" onClick={() => onPick(p)}>
                  <span className="pick-mark" aria-hidden="true">
                    {TEAM_MARK[p.team]}
                  </span>
                  <span>{p.name}</span>
                  {p.joined ? (
                    <span className="pick-joined">
                      <Trans>on another phone</Trans>
                    </span>
                  ) : null}
                  {p.done ? (
                    <span className="pick-done">
                      <span aria-hidden="true">✓</span> <Trans>Done</Trans>
                    </span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
});
