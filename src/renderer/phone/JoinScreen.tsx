import { useEffect, useState } from 'react';
import { RosterPicker } from '../components/run/RosterPicker';
import { ScreenHeading, useScreenKey } from '../../ui/focus-rule';
import type { PhoneClient, PhoneSnapshot } from './client';
import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { SelfAdd } from './SelfAdd';
import { warmViews } from './lazy-views';
import { said } from './reasons';

/** Who are you? The names by team, "add yourself", and a check before two phones answer as one person. */
export function JoinScreen({ snap, client, announce }: { snap: PhoneSnapshot; client: PhoneClient; announce(message: string): void }) {
  const { t, i18n } = useLingui();
  const [adding, setAdding] = useState(false);
  /** A name someone has already joined as: ask before two phones answer as one person. */
  const [twin, setTwin] = useState<{ id: string; name: string } | null>(null);
  const welcome = snap.welcome!;
  useEffect(warmViews, []); // the name list is up: fetch the activities' code while people find their name
  useScreenKey(twin ? 'twin' : adding ? 'add' : 'names'); // each of the three takes focus to its heading
  return (
    <main id="main" className="ph-screen ph-join">
      <div className="ph-body">
        {snap.notice ? (
          <p className="ph-error" role="alert">
            {said(snap.noticeReason, snap.notice, i18n)}
          </p>
        ) : null}
        {twin ? (
          <section className="ph-twin" aria-labelledby="twin-title">
            <ScreenHeading id="twin-title" className="pick-title">
              <Trans>{ph({ name: twin.name })} is already answering on another phone</Trans>
            </ScreenHeading>
            <p className="ph-hint">
              <Trans>
                If that is you on a new phone, carry on here: your answers stay with your name. If it is not you, pick your own name, or two people’s answers
                would mix.
              </Trans>
            </p>
            <div className="ph-actions">
              <button
                type="button"
                className="ph-btn ph-btn-primary"
                onClick={() => {
                  announce(t`Joining as ${ph({ name: twin.name })}…`);
                  client.join(twin.id);
                  setTwin(null);
                }}
              >
                <Trans>Yes, I’m {ph({ name: twin.name })}</Trans>
              </button>
              <button type="button" className="ph-btn" onClick={() => setTwin(null)}>
                <Trans>Pick another name</Trans>
              </button>
            </div>
          </section>
        ) : adding ? (
          <SelfAdd
            busy={snap.joining}
            onCancel={() => setAdding(false)}
            onAdd={(name, team) => {
              announce(t`Adding ${name}…`);
              client.joinNew(name, team);
            }}
          />
        ) : (
          <>
            <RosterPicker
              people={welcome.roster}
              title={welcome.workshopTitle}
              hint={t`Who are you? Tap your name.`}
              empty={t`There is nobody on the list yet.`}
              onPick={(p) => {
                if (p.joined) {
                  setTwin(p);
                  return;
                }
                announce(t`Joining as ${ph({ name: p.name })}…`);
                client.join(p.id);
              }}
            />
            {welcome.allowSelfAdd ? (
              <div className="ph-actions">
                <button type="button" className="ph-btn" onClick={() => setAdding(true)}>
                  <Trans>Not on the list? Add yourself</Trans>
                </button>
              </div>
            ) : (
              <p className="ph-hint">
                <Trans>Not on the list? Ask the facilitator to add you.</Trans>
              </p>
            )}
          </>
        )}
      </div>
    </main>
  );
}
