import { useCallback, useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/store-context';
import type { viewsFor } from '../../../activities/views';
import { TEAM_MARK, type Activity, type Participant } from '../../../shared/domain';
import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { TEAM_NAME } from '../../../shared/team-words';
import type { Naming } from '../../../shared/privacy';
import { PrivacyLine } from '../../components/run/PrivacyLine';
import { ScreenHeading } from '../../../ui/focus-rule';
import { HandOverBar } from './HandOverBar';

export type Person = Pick<Participant, 'id' | 'name' | 'team'>;
type ParticipantView = NonNullable<ReturnType<typeof viewsFor>>['Participant'] & {};

/**
 * One person's answers on the shared screen. Opened with `hidden`, their earlier
 * answers are not even loaded until they press "Show my answers".
 */
export function AnswerPanel({
  activity,
  person,
  naming,
  locked,
  hidden,
  hasPin,
  announce,
  onHandOver,
  onNotMe,
  View,
  shared,
}: {
  activity: Activity;
  person: Person;
  naming: Naming;
  locked: boolean;
  hidden: boolean;
  hasPin: boolean;
  announce(message: string): void;
  onHandOver(pin: string | undefined): Promise<void>;
  onNotMe(): void;
  View: ParticipantView;
  /** What the facilitator opened to the room from the board (e.g. the themes to vote on). */
  shared: unknown;
}) {
  const loadMine = useApp((s) => s.loadMine);
  const submitAnswer = useApp((s) => s.submitAnswer);
  const [shown, setShown] = useState(!hidden);
  const [mine, setMine] = useState<Record<string, unknown> | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const { t, i18n } = useLingui();

  useEffect(() => {
    if (!shown) return;
    let live = true;
    loadMine(activity.id, person.id).then(
      (m) => live && setMine(m),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : t`Your answers could not be loaded.`),
    );
    return () => {
      live = false;
    };
  }, [shown, activity.id, person.id, loadMine, attempt, t]);

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

  let body;
  if (!shown) {
    body = (
      <div className="part-hidden" data-testid="answers-hidden">
        <p>
          <Trans>Your earlier answers are hidden, so nobody else sees them by chance.</Trans>
        </p>
        <button
          type="button"
          className="part-btn part-btn-primary"
          onClick={() => {
            setShown(true);
            announce(t`Showing your answers.`);
          }}
        >
          <Trans>Show my answers</Trans>
        </button>
      </div>
    );
  } else if (loadError) {
    body = (
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
          <Trans>Try again</Trans>
        </button>
      </div>
    );
  } else if (mine === null) {
    body = (
      <p className="part-loading" role="status">
        <Trans>Loading your answers…</Trans>
      </p>
    );
  } else {
    body = (
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
    );
  }

  return (
    <div className="part-answer">
      <header className="part-head">
        <ScreenHeading className="part-title" ref={heading}>
          {activity.title}
        </ScreenHeading>
        <div className="part-who">
          <span>
            <Trans>
              Answering as <strong>{ph({ name: person.name })}</strong>
            </Trans>{' '}
            <span className={`part-team part-team-${person.team}`}>
              <span aria-hidden="true">{TEAM_MARK[person.team]}</span> {i18n._(TEAM_NAME[person.team])}
            </span>
          </span>
          <button type="button" className="part-link" onClick={onNotMe}>
            <Trans>Not you?</Trans>
          </button>
        </div>
        <PrivacyLine naming={naming} />
      </header>
      {body}
      <HandOverBar hasPin={hasPin} onHandOver={onHandOver} />
    </div>
  );
}
