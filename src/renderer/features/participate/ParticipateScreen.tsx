import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/store-context';
import { viewsFor } from '../../../activities/views';
import { findDefinition } from '../../../activities/registry';
import { namingOf } from '../../../activities/naming';
import { doneWithActivity } from '../../../shared/room-privacy';
import { RosterPicker } from '../../components/run/RosterPicker';
import { useBodyClass } from '../../components/run/use-body-class';
import { useAnnouncer } from '../../components/run/use-announcer';
import { ScreenHeading, useScreenKey } from '../../../ui/focus-rule';
import { AnswerPanel, type Person } from './AnswerPanel';
import { IdleGuard } from './IdleGuard';
import { HandOverBar } from './HandOverBar';
import { ReopenStep } from './ReopenStep';
import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { RoomI18n } from '../../i18n/RoomI18n';
import './participate.css';

/** Where the shared screen is: the names, a handed-over person's closed answers, or someone's answers. */
type Step = { kind: 'pick' } | { kind: 'reopen'; person: Person } | { kind: 'answer'; person: Person; hidden: boolean };

/**
 * In-room participation on a shared screen (or a passed-around tablet): pick
 * your name, answer the current activity, hand over to the next person. Once
 * someone has handed over, their answers only open with their own step. The
 * facilitator can use it to enter someone's answers for them.
 */
export function ParticipateScreen({ workshopId }: { workshopId: string }) {
  // The room's page speaks the workshop's language, whatever the facilitator's screens speak.
  const language = useApp((s) => (s.runView.workshopId === workshopId ? s.runView.detail?.workshop.language : undefined)) ?? 'en';
  return (
    <RoomI18n locale={language}>
      <Participate workshopId={workshopId} />
    </RoomI18n>
  );
}

function Participate({ workshopId }: { workshopId: string }) {
  const { t } = useLingui();
  const openRun = useApp((s) => s.openRun);
  const watchRoomPrivacy = useApp((s) => s.watchRoomPrivacy);
  const handOver = useApp((s) => s.handOver);
  const runView = useApp((s) => s.runView);
  const privacy = useApp((s) => s.roomPrivacy);
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [thanks, setThanks] = useState<string | null>(null);
  const { message, announce } = useAnnouncer();
  const pickerHeading = useRef<HTMLHeadingElement>(null);
  const focusPicker = useRef(false);
  useBodyClass('cg-participate-page');

  useEffect(() => {
    void openRun(workshopId);
    void watchRoomPrivacy(workshopId);
  }, [workshopId, openRun, watchRoomPrivacy]);

  const ready = runView.workshopId === workshopId && runView.status === 'ready' && runView.detail && runView.run;
  const detail = ready ? runView.detail : null;
  const run = ready ? runView.run : null;
  const current = run?.status === 'running' ? detail?.activities.find((a) => a.id === run.currentActivityId) : undefined;
  const Participant = current ? viewsFor(current.kind)?.Participant : undefined;
  const currentState = current ? run?.activities.find((s) => s.activityId === current.id) : undefined;
  const locked = Boolean(currentState?.locked);
  const def = current ? findDefinition(current.kind) : undefined;
  const shared = current ? def?.shared?.(current.config, currentState?.board) : undefined;
  // The shared screen shows what a phone shows: only the settings the participant view needs now.
  const viewActivity = current && def?.participantConfig ? { ...current, config: def.participantConfig(current.config, currentState?.board) } : current;
  const naming = current && detail ? namingOf(def, current, detail.workshop) : 'team';
  const privacyReady = privacy.workshopId === workshopId && privacy.status === 'ready';
  // The person may have been removed from the roster meanwhile.
  const person = step.kind !== 'pick' && detail?.participants.some((p) => p.id === step.person.id) ? step.person : null;
  const stateOf = (id: string) => privacy.handOvers[id];
  const isDone = (id: string) => doneWithActivity(stateOf(id), currentState?.firstEnteredAt);
  // The focus rule: the names, a message (“Eyes on the main screen”) and someone's answers replace each other here, so
  // each is a screen change and its heading takes the keyboard (the names replaced by a message left it on <body>).
  const failed =
    (runView.workshopId === workshopId && runView.status === 'error') || (privacy.workshopId === workshopId && privacy.status === 'error' && !privacyReady);
  useScreenKey(
    failed
      ? 'error'
      : !detail || !run || !privacyReady
        ? 'loading'
        : run.status === 'ended'
          ? 'ended'
          : !current || !Participant
            ? `message:${current?.id ?? ''}`
            : person
              ? `${step.kind}:${person.id}`
              : 'names',
  );

  useEffect(() => {
    document.title = `${detail?.workshop.title ? `${detail.workshop.title} · ` : ''}${t`Answer`} · Common Ground`;
  }, [detail?.workshop.title, t]);

  useEffect(() => {
    if (!person && focusPicker.current) {
      focusPicker.current = false;
      pickerHeading.current?.focus();
    }
  });

  const backToNames = () => {
    setStep({ kind: 'pick' });
    focusPicker.current = true;
  };

  const handOverAndNext = async (who: Person, pin: string | undefined, why: 'done' | 'idle' = 'done') => {
    await handOver(who.id, pin);
    backToNames();
    const name = who.name;
    const text =
      why === 'idle'
        ? t`${name}’s answers were put away after a while without a touch. They are saved. Next person: pick your name.`
        : pin
          ? t`Thanks, ${name}. Your answers are locked with your PIN. Next person: pick your name.`
          : t`Thanks, ${name}. Next person: pick your name.`;
    setThanks(text);
    announce(text);
  };

  const pick = (p: Person) => {
    setThanks(null);
    if (stateOf(p.id)?.handedOverAt) {
      setStep({ kind: 'reopen', person: p });
      return;
    }
    setStep({ kind: 'answer', person: p, hidden: false });
    announce(t`Answering as ${ph({ name: p.name })}.`);
  };

  let content;
  if (runView.workshopId === workshopId && runView.status === 'error') {
    content = (
      <div className="part-message" role="alert">
        <ScreenHeading>
          <Trans>This workshop could not be opened</Trans>
        </ScreenHeading>
        <p>{runView.error}</p>
      </div>
    );
  } else if (privacy.workshopId === workshopId && privacy.status === 'error' && !privacyReady) {
    content = (
      <div className="part-message" role="alert">
        <ScreenHeading>
          <Trans>This page could not check who has answered</Trans>
        </ScreenHeading>
        <p>{privacy.error}</p>
        <button type="button" className="part-btn" onClick={() => void watchRoomPrivacy(workshopId)}>
          <Trans>Try again</Trans>
        </button>
      </div>
    );
  } else if (!detail || !run || !privacyReady) {
    content = (
      <p className="part-loading" role="status">
        <Trans>Loading…</Trans>
      </p>
    );
  } else if (run.status === 'ended') {
    content = (
      <div className="part-message">
        <ScreenHeading>
          <Trans>Thanks for taking part</Trans>
        </ScreenHeading>
        <p>
          <Trans>The workshop has ended. The facilitator will share what we agreed.</Trans>
        </p>
      </div>
    );
  } else if (!current || !Participant) {
    content = (
      <div className="part-message">
        <p className="part-kicker">{detail.workshop.title}</p>
        <ScreenHeading>{current ? t`Eyes on the main screen` : t`Nothing to answer yet`}</ScreenHeading>
        <p>
          {current ? t`“${ph({ title: current.title })}” has nothing to answer here.` : t`The next activity will appear here when the facilitator starts it.`}{' '}
          <Trans>This page updates by itself.</Trans>
        </p>
        {person && step.kind === 'answer' ? (
          <HandOverBar hasPin={Boolean(stateOf(person.id)?.hasPin)} onHandOver={(pin) => handOverAndNext(person, pin)} />
        ) : null}
      </div>
    );
  } else if (!person) {
    content = (
      <>
        {thanks ? (
          <p className="part-thanks" data-testid="thanks">
            <span aria-hidden="true">✓</span> {thanks}
          </p>
        ) : null}
        <RosterPicker
          ref={pickerHeading}
          people={detail.participants.map((p) => ({ id: p.id, name: p.name, team: p.team, done: isDone(p.id) }))}
          title={t`Who’s answering?`}
          hint={
            <Trans>
              Now: <strong>{ph({ title: current.title })}</strong>. Tap your name, give your answers, then hand over to the next person.
            </Trans>
          }
          empty={t`There is nobody on the list yet. Ask the facilitator to add you.`}
          onPick={pick}
        />
      </>
    );
  } else if (step.kind === 'reopen') {
    content = (
      <ReopenStep
        key={person.id}
        person={person}
        hasPin={Boolean(stateOf(person.id)?.hasPin)}
        done={isDone(person.id)}
        onBack={backToNames}
        onOpen={() => {
          setStep({ kind: 'answer', person, hidden: !stateOf(person.id)?.hasPin });
          announce(t`Answering as ${ph({ name: person.name })}.`);
        }}
      />
    );
  } else {
    content = (
      <AnswerPanel
        key={`${current.id}:${person.id}`}
        activity={viewActivity ?? current}
        person={person}
        naming={naming}
        locked={locked}
        hidden={step.kind === 'answer' && step.hidden}
        hasPin={Boolean(stateOf(person.id)?.hasPin)}
        announce={announce}
        onHandOver={(pin) => handOverAndNext(person, pin)}
        onNotMe={backToNames}
        View={Participant}
        shared={shared}
      />
    );
  }

  return (
    <main id="main" tabIndex={-1} className="part">
      {content}
      {person && step.kind === 'answer' && run?.status === 'running' ? (
        <IdleGuard key={person.id} name={person.name} onTimeout={() => void handOverAndNext(person, undefined, 'idle')} />
      ) : null}
      <div className="part-sr" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {message}
      </div>
    </main>
  );
}
