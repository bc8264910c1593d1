import { useCallback, useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/store-context';
import { viewsFor } from '../../../activities/views';
import { TEAM_LABEL, TEAM_MARK, type Activity, type Participant } from '../../../shared/domain';
import { findDefinition } from '../../../activities/registry';
import { RosterPicker } from '../../components/run/RosterPicker';
import { useBodyClass } from '../../components/run/use-body-class';
import { useAnnouncer } from '../../components/run/use-announcer';
import './participate.css';

type Person = Pick<Participant, 'id' | 'name' | 'team'>;

/**
 * In-room participation on a shared screen (or a passed-around tablet): pick
 * your name, answer the current activity, hand over to the next person. The
 * facilitator can use it to enter someone's answers for them.
 */
export function ParticipateScreen({ workshopId }: { workshopId: string }) {
  const openRun = useApp((s) => s.openRun);
  const runView = useApp((s) => s.runView);
  const [person, setPerson] = useState<Person | null>(null);
  const { message, announce } = useAnnouncer();
  const pickerHeading = useRef<HTMLHeadingElement>(null);
  const focusPicker = useRef(false);
  useBodyClass('cg-participate-page');

  useEffect(() => {
    void openRun(workshopId);
  }, [workshopId, openRun]);

  const ready = runView.workshopId === workshopId && runView.status === 'ready' && runView.detail && runView.run;
  const detail = ready ? runView.detail : null;
  const run = ready ? runView.run : null;
  const current = run?.status === 'running' ? detail?.activities.find((a) => a.id === run.currentActivityId) : undefined;
  const Participant = current ? viewsFor(current.kind)?.Participant : undefined;
  const currentState = current ? run?.activities.find((s) => s.activityId === current.id) : undefined;
  const locked = Boolean(currentState?.locked);
  const shared = current ? findDefinition(current.kind)?.shared?.(current.config, currentState?.board) : undefined;
  // The person may have been removed from the roster meanwhile.
  const stillListed = person && detail?.participants.some((p) => p.id === person.id) ? person : null;

  useEffect(() => {
    document.title = `${detail?.workshop.title ? `${detail.workshop.title} · ` : ''}Answer · Common Ground`;
  }, [detail?.workshop.title]);

  useEffect(() => {
    if (!stillListed && focusPicker.current) {
      focusPicker.current = false;
      pickerHeading.current?.focus();
    }
  });

  const nextPerson = (who: Person) => {
    setPerson(null);
    focusPicker.current = true;
    announce(`Thanks, ${who.name}. Next person: pick your name.`);
  };

  let content;
  if (runView.workshopId === workshopId && runView.status === 'error') {
    content = (
      <div className="part-message" role="alert">
        <h1>This workshop could not be opened</h1>
        <p>{runView.error}</p>
      </div>
    );
  } else if (!detail || !run) {
    content = (
      <p className="part-loading" role="status">
        Loading…
      </p>
    );
  } else if (run.status === 'ended') {
    content = (
      <div className="part-message">
        <h1>Thanks for taking part</h1>
        <p>The workshop has ended. The facilitator will share what we agreed.</p>
      </div>
    );
  } else if (!current || !Participant) {
    content = (
      <div className="part-message">
        <p className="part-kicker">{detail.workshop.title}</p>
        <h1>{current ? 'Eyes on the main screen' : 'Nothing to answer yet'}</h1>
        <p>{current ? `“${current.title}” has nothing to answer here.` : 'The next activity will appear here when the facilitator starts it.'} This page updates by itself.</p>
        {stillListed ? (
          <button type="button" className="part-btn" onClick={() => nextPerson(stillListed)}>
            Done — next person
          </button>
        ) : null}
      </div>
    );
  } else if (!stillListed) {
    content = (
      <RosterPicker
        ref={pickerHeading}
        people={detail.participants}
        title="Who’s answering?"
        hint={
          <>
            Now: <strong>{current.title}</strong>. Tap your name, give your answers, then hand over to the next person.
          </>
        }
        empty="There is nobody on the list yet. Ask the facilitator to add you."
        onPick={(p) => {
          setPerson(p);
          announce(`Answering as ${p.name}.`);
        }}
      />
    );
  } else {
    content = (
      <AnswerPanel
        key={`${current.id}:${stillListed.id}`}
        activity={current}
        person={stillListed}
        locked={locked}
        announce={announce}
        onDone={() => nextPerson(stillListed)}
        onNotMe={() => {
          setPerson(null);
          focusPicker.current = true;
        }}
        View={Participant}
        shared={shared}
      />
    );
  }

  return (
    <main id="main" tabIndex={-1} className="part">
      {content}
      <div className="part-sr" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {message}
      </div>
    </main>
  );
}

type ParticipantView = NonNullable<ReturnType<typeof viewsFor>>['Participant'] & {};

function AnswerPanel({
  activity,
  person,
  locked,
  announce,
  onDone,
  onNotMe,
  View,
  shared,
}: {
  activity: Activity;
  person: Person;
  locked: boolean;
  announce(message: string): void;
  onDone(): void;
  onNotMe(): void;
  View: ParticipantView;
  /** What the facilitator opened to the room from the board (e.g. the themes to vote on). */
  shared: unknown;
}) {
  const loadMine = useApp((s) => s.loadMine);
  const submitAnswer = useApp((s) => s.submitAnswer);
  const [mine, setMine] = useState<Record<string, unknown> | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    loadMine(activity.id, person.id).then(
      (m) => live && setMine(m),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : 'Your answers could not be loaded.'),
    );
    return () => {
      live = false;
    };
  }, [activity.id, person.id, loadMine, attempt]);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const submit = useCallback(
    async (itemKey: string, value: unknown) => {
      const saved = await submitAnswer({ activityId: activity.id, participantId: person.id, itemKey, value });
      setMine(saved);
    },
    [submitAnswer, activity.id, person.id],
  );

  return (
    <div className="part-answer">
      <header className="part-head">
        <h1 className="part-title" tabIndex={-1} ref={heading}>
          {activity.title}
        </h1>
        <div className="part-who">
          <span>
            Answering as <strong>{person.name}</strong>{' '}
            <span className={`part-team part-team-${person.team}`}>
              <span aria-hidden="true">{TEAM_MARK[person.team]}</span> {TEAM_LABEL[person.team]}
            </span>
          </span>
          <button type="button" className="part-link" onClick={onNotMe}>
            Not you?
          </button>
        </div>
      </header>
      {loadError ? (
        <div className="part-error" role="alert">
          <p>{loadError}</p>
          <button
            type="button"
            className="part-btn"
            onClick={() => {
              setLoadError(null);
              setAttempt((n) => n + 1);
            }}
          >
            Try again
          </button>
        </div>
      ) : mine === null ? (
        <p className="part-loading" role="status">
          Loading your answers…
        </p>
      ) : (
        <View
          activity={{ ...activity, notes: '' }}
          config={activity.config}
          participant={person}
          mine={mine}
          locked={locked}
          shared={shared}
          submit={submit}
          announce={announce}
        />
      )}
      <div className="part-done-bar">
        <button type="button" className="part-btn part-btn-primary" onClick={onDone}>
          Done — next person
        </button>
      </div>
    </div>
  );
}
