import { Component, Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Activity } from '../../shared/domain';
import type { PhoneActivity, RosterEntry } from '../../shared/participant-protocol';
import { PrivacyLine } from '../components/run/PrivacyLine';
import { useAnnouncer } from '../components/run/use-announcer';
import { PhoneClient, socketUrl, type PhoneClientOptions, type PhoneSnapshot } from './client';
import { CodeEntry } from './CodeEntry';
import { JoinScreen } from './JoinScreen';
import { viewFor } from './lazy-views';
import { ScreenFocusScope, ScreenHeading } from '../../ui/focus-rule';
import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { LanguageSwitch } from './LanguageSwitch';
import { PhoneI18n, useWorkshopLanguage } from './i18n';
import { said } from './reasons';
import { TEAM_LABEL } from './team-labels';

/** `/` asks for the code; `/j/<roomToken>` is the room itself. */
export function PhoneApp({
  path = window.location.pathname,
  createSocket,
  initialTitle,
  client,
  initialCode,
}: {
  path?: string;
  createSocket?: PhoneClientOptions['createSocket'];
  /** The workshop title the HTML already showed before the welcome arrives. */
  initialTitle?: string | undefined;
  /** A client already connecting (main.tsx starts it before React renders, to overlap the two). */
  client?: PhoneClient | undefined;
  /** What the person had typed in the HTML's own code form before the script took over. */
  initialCode?: string | undefined;
}) {
  const roomToken = roomTokenOf(path);
  // The focus rule: each screen's heading takes the keyboard, the first one too (it replaces the page's own "Connecting…").
  return (
    <PhoneI18n>
      {roomToken ? (
        <Room roomToken={roomToken} createSocket={createSocket} initialTitle={initialTitle} early={client} />
      ) : (
        <>
          <ScreenFocusScope screen="code" focusFirst>
            <CodeEntry initialCode={initialCode} />
          </ScreenFocusScope>
          <LanguageSwitch />
        </>
      )}
    </PhoneI18n>
  );
}

/** The room token of a `/j/<roomToken>` path, or null for the code page. */
export function roomTokenOf(path: string): string | null {
  return /^\/j\/([A-Za-z0-9_-]+)\/?$/.exec(path)?.[1] ?? null;
}

function Room({
  roomToken,
  createSocket,
  initialTitle,
  early,
}: {
  roomToken: string;
  createSocket: PhoneClientOptions['createSocket'];
  initialTitle: string | undefined;
  early: PhoneClient | undefined;
}) {
  const [client] = useState(
    () => early ?? new PhoneClient({ url: socketUrl(window.location, roomToken), roomToken, ...(createSocket ? { createSocket } : {}) }),
  );
  const snap = useSyncExternalStore(client.subscribe, client.getSnapshot);
  const { message, announce } = useAnnouncer();
  const { t, i18n } = useLingui();
  useWorkshopLanguage(snap.workshopLanguage);

  useEffect(() => {
    client.start();
    const wake = () => {
      if (document.visibilityState === 'visible') client.wake();
    };
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', wake);
    return () => {
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', wake);
      client.stop();
    };
  }, [client]);

  const title = snap.welcome?.workshopTitle ?? initialTitle;
  useEffect(() => {
    document.title = title ? `${title} · Common Ground` : 'Common Ground';
  }, [title]);
  useNextActivitySaid(snap, announce, (title) => t`New activity: ${title}`);
  const screen = screenOf(snap);

  return (
    <>
      {snap.connection === 'reconnecting' ? (
        <p className="ph-banner" role="status">
          <Trans>Reconnecting… Your answers are kept and sent when the connection is back.</Trans>
        </p>
      ) : null}
      {snap.saveTrouble && snap.connection !== 'reconnecting' ? (
        <p className="ph-banner" role="status" data-testid="save-trouble">
          {said('SAVE_TROUBLE', snap.saveTrouble, i18n)}
        </p>
      ) : null}
      <ScreenFocusScope screen={screen} focusFirst>
        <RoomScreen snap={snap} client={client} announce={announce} initialTitle={initialTitle} />
      </ScreenFocusScope>
      {/* Not under an activity: its view has the whole screen (the one-card sort fits 390×844 to the pixel).
          The language can be changed on the list of names and between activities. */}
      {screen.startsWith('activity:') ? null : <LanguageSwitch workshop={snap.workshopLanguage} />}
      <div className="ph-sr" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </>
  );
}

/** Which screen the room shows: a new one takes focus to its heading (the focus rule). */
function screenOf(snap: PhoneSnapshot): string {
  if (snap.closedMessage !== null || snap.state?.stage === 'ended') return 'closed';
  if (!snap.me) return !snap.welcome || snap.resuming ? 'connecting' : 'join';
  const activity = snap.state?.stage === 'activity' ? snap.state.activity : null;
  return `${activity && viewFor(activity.kind) ? 'activity' : 'waiting'}:${activity?.id ?? ''}:${snap.me.id}`;
}

/** Once someone is in, each new activity is said aloud in the polite live region (its heading also takes focus). */
function useNextActivitySaid(snap: PhoneSnapshot, announce: (message: string) => void, say: (title: string) => string) {
  const activity = snap.me && snap.state?.stage === 'activity' ? snap.state.activity : null;
  const said = useRef<string | null>(null);
  useEffect(() => {
    if (!activity || activity.id === said.current) return;
    said.current = activity.id;
    announce(say(/[.?!…]$/.test(activity.title) ? activity.title : `${activity.title}.`)); // one stop: not “quality lead?.”
  }, [activity, announce, say]);
}

function RoomScreen({
  snap,
  client,
  announce,
  initialTitle,
}: {
  snap: PhoneSnapshot;
  client: PhoneClient;
  announce(message: string): void;
  initialTitle: string | undefined;
}) {
  const { t, i18n } = useLingui();
  if (snap.closedMessage !== null || snap.state?.stage === 'ended') {
    return (
      <Message kicker={snap.welcome?.workshopTitle} title={t`Thanks for taking part`} testId="closed">
        <p>
          {snap.closedMessage !== null
            ? said(snap.closedReason, snap.closedMessage, i18n)
            : t`The workshop has ended. The facilitator will share what we agreed.`}
        </p>
        <p>
          <Trans>You can close this page.</Trans>
        </p>
      </Message>
    );
  }
  if (!snap.me) {
    if (!snap.welcome || snap.resuming) {
      return (
        <Message kicker={snap.welcome?.workshopTitle ?? initialTitle} title={snap.connection === 'reconnecting' ? t`Reconnecting…` : t`Connecting…`}>
          <p role="status">
            <Trans>Finding the workshop on this network.</Trans>
          </p>
        </Message>
      );
    }
    return <JoinScreen snap={snap} client={client} announce={announce} />;
  }
  const { state, me } = snap;
  const activity = state?.stage === 'activity' ? state.activity : null;
  if (!state || !activity || !viewFor(activity.kind)) {
    return (
      <Message kicker={snap.welcome?.workshopTitle} title={activity ? t`Eyes on the main screen` : t`You’re in, ${ph({ name: me.name })}`} testId="waiting">
        <p>
          {activity ? t`Nothing to answer for “${ph({ title: activity.title })}”.` : t`Look at the main screen.`}{' '}
          <Trans>Your phone shows the next activity as soon as it starts.</Trans>
        </p>
        <NotMe me={me} onLeave={() => client.leave()} />
      </Message>
    );
  }
  return <ActivityScreen key={`${activity.id}:${me.id}`} activity={activity} me={me} snap={snap} client={client} announce={announce} />;
}

/** The protocol's activity, shaped like the Activity the views expect (phones never get notes). */
const asActivity = (a: PhoneActivity): Activity => ({
  id: a.id,
  workshopId: '',
  position: 0,
  kind: a.kind,
  title: a.title,
  minutes: 0,
  config: a.config,
  configVersion: 1,
  notes: '',
  naming: null,
});

function ActivityScreen({
  activity,
  me,
  snap,
  client,
  announce,
}: {
  activity: PhoneActivity;
  me: RosterEntry;
  snap: PhoneSnapshot;
  client: PhoneClient;
  announce(message: string): void;
}) {
  // Chosen once for this activity: the view's code may arrive while it shows (see lazy-views.ts).
  const [View] = useState(() => viewFor(activity.kind)!);
  const submit = useCallback(
    async (itemKey: string, value: unknown) => {
      await client.submit(activity.id, itemKey, value);
    },
    [client, activity.id],
  );
  return (
    <main id="main" className="ph-screen ph-activity">
      <header className="ph-head">
        <ScreenHeading className="ph-activity-title">{activity.title}</ScreenHeading>
        <NotMe me={me} onLeave={() => client.leave()} compact />
        <PrivacyLine naming={activity.naming} />
      </header>
      <ViewLoadError>
        <Suspense
          fallback={
            <p className="ph-hint" role="status">
              <Trans>Loading the activity…</Trans>
            </p>
          }
        >
          <View
            activity={asActivity(activity)}
            config={activity.config}
            participant={me}
            mine={snap.state?.mine ?? {}}
            locked={snap.state?.locked ?? true}
            shared={activity.shared}
            submit={submit}
            announce={announce}
          />
        </Suspense>
      </ViewLoadError>
    </main>
  );
}

const TEAM_MARK = { sales: '◆', marketing: '●', other: '▲' } as const;

function NotMe({ me, onLeave, compact = false }: { me: RosterEntry; onLeave(): void; compact?: boolean }) {
  const { i18n } = useLingui();
  return (
    <p className={`ph-me${compact ? ' ph-me-compact' : ''}`}>
      <span>
        <strong>{me.name}</strong>{' '}
        <span className={`ph-team ph-team-${me.team}`}>
          <span aria-hidden="true">{TEAM_MARK[me.team]}</span> {i18n._(TEAM_LABEL[me.team])}
        </span>
      </span>
      <button type="button" className="ph-link" onClick={onLeave}>
        <Trans>Not you?</Trans>
      </button>
    </p>
  );
}

function Message({ kicker, title, children, testId }: { kicker?: string | undefined; title: string; children: ReactNode; testId?: string }) {
  return (
    <main id="main" className="ph-screen ph-message" data-testid={testId}>
      <div className="ph-body">
        {kicker ? <p className="ph-kicker">{kicker}</p> : null}
        <ScreenHeading className="ph-title">{title}</ScreenHeading>
        {children}
      </div>
    </main>
  );
}

/** An activity whose code could not be fetched (the Wi-Fi dropped out several times): say so, keep the rest of the page. */
class ViewLoadError extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="ph-error" role="alert">
        <p>
          <Trans>This activity could not be loaded: the connection to the room dropped out.</Trans>
        </p>
        <button type="button" className="ph-btn" onClick={() => window.location.reload()}>
          <Trans>Reload the page</Trans>
        </button>
      </div>
    );
  }
}
