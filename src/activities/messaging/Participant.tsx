import { useId, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useFocusHandOff } from '../../ui/focus-rule';
import type { ParticipantViewProps } from '../view-types';
import { newCardKey } from '../brainstorm/Participant';
import { CARD_KEY } from '../brainstorm/keys';
import { useAnswers } from '../kit/views/answers';
import { useComposeFocus } from '../kit/views/compose-focus';
import { afterDelete } from '../kit/views/card-focus';
import { LockedNote, SaveFeedback, useLockHandOff } from '../kit/views/SaveFeedback';
import { Surface } from '../kit/views/surface';
import type { MessagingParticipantConfig, MessagingShared } from './definition';
import { MESSAGE_MAX, voteKey } from './keys';
import { HeardBefore } from './phone/HeardBefore';
import './messaging.css';

const textOf = (v: unknown): string | null => (v && typeof v === 'object' && 'text' in v ? String((v as { text: unknown }).text) : null);

function readShared(shared: unknown): MessagingShared | null {
  if (!shared || typeof shared !== 'object') return null;
  const s = shared as MessagingShared;
  return s.phase === 'vote' && Array.isArray(s.ballot) && s.ballot.length > 0 ? s : null;
}

export function MessagingParticipant(props: ParticipantViewProps<MessagingParticipantConfig>) {
  const vote = readShared(props.shared);
  return vote ? <MessagingVote {...props} ballot={vote.ballot} /> : <MessagingWrite {...props} />;
}

function Heading({ config }: { config: MessagingParticipantConfig }) {
  const segment = config.segment;
  return (
    <>
      {segment ? (
        <p className="cgm-segment">
          <Trans>For: {segment}</Trans>
        </p>
      ) : null}
      {config.prompt ? <p className="cgv-prompt">{config.prompt}</p> : null}
    </>
  );
}

function MessagingWrite({ config, mine, locked, submit, announce }: ParticipantViewProps<MessagingParticipantConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const [draft, setDraft] = useState('');
  const fieldId = useId();
  const countId = useId();
  const compose = useComposeFocus(announce, draft);
  const lock = useLockHandOff(locked);
  const handFocusTo = useFocusHandOff(); // Delete takes its button away (#15)
  const messages = Object.entries(answers).filter(([k, v]) => CARD_KEY.test(k) && textOf(v) !== null) as [string, { text: string }][];
  const full = messages.length >= config.messagesPerPerson;
  const { t } = useLingui();
  const max = config.messagesPerPerson;
  const count = messages.length;
  const typed = draft.length;

  async function add() {
    const text = draft.trim();
    if (full) return;
    if (!text) return compose.refuseEmpty();
    setDraft('');
    announce(t`Added: ${text}`);
    compose.added(messages.length + 1 >= config.messagesPerPerson);
    const ok = await save(newCardKey(), { text }, { undoneMessage: t`Your message was not added.` });
    if (!ok) setDraft(text);
  }

  return (
    <Surface kind="phone" className="cgv-brainstorm cgm-phone">
      <Heading config={config} />
      <HeardBefore seeds={config.seeds} />
      {locked ? <LockedNote ref={lock.note} /> : null}
      <h2 className="cgv-section-title">
        <Trans>
          Your messages{' '}
          <span className="cgv-muted">
            {count} of {max}
          </span>
        </Trans>
      </h2>
      <p className="cgv-muted">
        {config.anonymous ? <Trans>Anonymous: nobody sees who wrote a message.</Trans> : <Trans>The facilitator sees your name with your messages.</Trans>}
      </p>
      <ul className="cgv-my-cards">
        {messages.map(([key, m]) => {
          const text = m.text;
          return (
            <li key={key} className="cgv-card cgv-my-card">
              <span className="cgv-card-text">{m.text}</span>
              {locked ? null : (
                <button
                  {...lock.watch}
                  type="button"
                  className="cgv-btn cgv-btn-quiet cgv-btn-danger"
                  aria-label={t`Delete “${text}”`}
                  onClick={(e) => {
                    handFocusTo(afterDelete(e.currentTarget, 'li.cgv-my-card', () => compose.field.current ?? compose.fullNotice.current));
                    announce(t`Deleted: ${text}`);
                    void save(key, null, { undoneMessage: t`The message is back.` });
                  }}
                >
                  <Trans>Delete</Trans>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="cgv-bottom-bar">
        {locked ? null : full ? (
          <p className="cgv-notice" ref={compose.fullNotice} tabIndex={-1}>
            <Trans>That's all {max} of your messages. Delete one to write another.</Trans>
          </p>
        ) : (
          <form
            {...lock.watch}
            className="cgv-compose"
            onSubmit={(e) => {
              e.preventDefault();
              void add();
            }}
          >
            <label htmlFor={fieldId}>
              <Trans>Write a message</Trans>
            </label>
            <textarea
              ref={compose.field}
              id={fieldId}
              className="cgv-input cgv-textarea"
              rows={2}
              maxLength={MESSAGE_MAX}
              value={draft}
              aria-describedby={countId}
              onChange={(e) => setDraft(e.target.value)}
            />
            <span id={countId} className="cgv-muted cgm-count">
              <Trans>
                {typed} of {MESSAGE_MAX} characters
              </Trans>
            </span>
            <button type="submit" className="cgv-btn cgv-btn-primary cgv-btn-wide" {...compose.addProps}>
              <Trans>Add message</Trans>
            </button>
            {compose.emptyNote}
          </form>
        )}
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}

function MessagingVote({
  config,
  mine,
  locked,
  submit,
  announce,
  ballot,
}: ParticipantViewProps<MessagingParticipantConfig> & { ballot: MessagingShared['ballot'] }) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const used = ballot.filter((m) => answers[voteKey(m.id)]).length;
  const left = config.votesPerPerson - used;
  const total = config.votesPerPerson;
  const { t } = useLingui();
  const toggle = (id: string, text: string) => {
    const on = Boolean(answers[voteKey(id)]);
    const refused = locked ? t`Answers are locked. You can still see what you chose.` : !on && left <= 0 ? t`No votes left. Take one back first.` : null;
    if (refused) return announce(refused);
    const after = on ? left + 1 : left - 1;
    announce(on ? t`Vote taken back from: ${text}. ${after} of ${total} votes left.` : t`Voted for: ${text}. ${after} of ${total} votes left.`);
    void save(voteKey(id), on ? null : { picked: true }, { undoneMessage: t`Your vote was put back.` });
  };
  return (
    <Surface kind="phone" className="cgm-phone">
      <Heading config={config} />
      <p className="cgv-prompt">
        <Trans>Vote for the messages you would use yourself: up to {total}.</Trans>
      </p>
      {locked ? <LockedNote /> : null}
      <ul className="cgm-vote-list">
        {ballot.map((m) => {
          const on = Boolean(answers[voteKey(m.id)]);
          const message = m.text;
          return (
            <li key={m.id} className={`cgv-card cgm-vote-row${on ? ' is-on' : ''}`}>
              <span className="cgv-card-text">{m.text}</span>
              {/* aria-disabled, not disabled: the button keeps the keyboard, and a press says why (#15). */}
              <button
                type="button"
                className={`cgv-btn cgm-vote-btn${on ? ' cgv-btn-primary' : ''}`}
                aria-pressed={on}
                aria-disabled={locked || (!on && left <= 0) || undefined}
                aria-label={t`Vote for “${message}”`}
                onClick={() => toggle(m.id, m.text)}
              >
                {/* The same word either way (the name holds what is seen); aria-pressed and the tick say it is chosen. */}
                {on ? <span aria-hidden="true">✓ </span> : null}
                <Trans>Vote</Trans>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="cgv-bottom-bar">
        {/* Not a live region: each press already says what it did and how many votes are left (announce). */}
        <p className="cgv-progress">
          <Trans>
            <strong>{left}</strong> of {total} votes left
          </Trans>
        </p>
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}
