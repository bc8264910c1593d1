import { useId, useState } from 'react';
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
  return (
    <>
      {config.segment ? <p className="cgm-segment">For: {config.segment}</p> : null}
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

  async function add() {
    const text = draft.trim();
    if (full) return;
    if (!text) return compose.refuseEmpty();
    setDraft('');
    announce(`Added: ${text}`);
    compose.added(messages.length + 1 >= config.messagesPerPerson);
    const ok = await save(newCardKey(), { text }, { undoneMessage: 'Your message was not added.' });
    if (!ok) setDraft(text);
  }

  return (
    <Surface kind="phone" className="cgv-brainstorm cgm-phone">
      <Heading config={config} />
      <HeardBefore seeds={config.seeds} />
      {locked ? <LockedNote ref={lock.note} /> : null}
      <h2 className="cgv-section-title">
        Your messages{' '}
        <span className="cgv-muted">
          {messages.length} of {config.messagesPerPerson}
        </span>
      </h2>
      <p className="cgv-muted">{config.anonymous ? 'Anonymous: nobody sees who wrote a message.' : 'The facilitator sees your name with your messages.'}</p>
      <ul className="cgv-my-cards">
        {messages.map(([key, m]) => (
          <li key={key} className="cgv-card cgv-my-card">
            <span className="cgv-card-text">{m.text}</span>
            {locked ? null : (
              <button
                {...lock.watch}
                type="button"
                className="cgv-btn cgv-btn-quiet cgv-btn-danger"
                aria-label={`Delete “${m.text}”`}
                onClick={(e) => {
                  handFocusTo(afterDelete(e.currentTarget, 'li.cgv-my-card', () => compose.field.current ?? compose.fullNotice.current));
                  announce(`Deleted: ${m.text}`);
                  void save(key, null, { undoneMessage: 'The message is back.' });
                }}
              >
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="cgv-bottom-bar">
        {locked ? null : full ? (
          <p className="cgv-notice" ref={compose.fullNotice} tabIndex={-1}>
            That's all {config.messagesPerPerson} of your messages. Delete one to write another.
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
            <label htmlFor={fieldId}>Write a message</label>
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
              {draft.length} of {MESSAGE_MAX} characters
            </span>
            <button type="submit" className="cgv-btn cgv-btn-primary cgv-btn-wide" {...compose.addProps}>
              Add message
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
  const toggle = (id: string, text: string) => {
    const on = Boolean(answers[voteKey(id)]);
    const refused = locked ? 'Answers are locked. You can still see what you chose.' : !on && left <= 0 ? 'No votes left. Take one back first.' : null;
    if (refused) return announce(refused);
    const after = on ? left + 1 : left - 1;
    announce(`${on ? 'Vote taken back from' : 'Voted for'}: ${text}. ${after} of ${config.votesPerPerson} votes left.`);
    void save(voteKey(id), on ? null : { picked: true }, { undoneMessage: 'Your vote was put back.' });
  };
  return (
    <Surface kind="phone" className="cgm-phone">
      <Heading config={config} />
      <p className="cgv-prompt">Vote for the messages you would use yourself: up to {config.votesPerPerson}.</p>
      {locked ? <LockedNote /> : null}
      <ul className="cgm-vote-list">
        {ballot.map((m) => {
          const on = Boolean(answers[voteKey(m.id)]);
          return (
            <li key={m.id} className={`cgv-card cgm-vote-row${on ? ' is-on' : ''}`}>
              <span className="cgv-card-text">{m.text}</span>
              {/* aria-disabled, not disabled: the button keeps the keyboard, and a press says why (#15). */}
              <button
                type="button"
                className={`cgv-btn cgm-vote-btn${on ? ' cgv-btn-primary' : ''}`}
                aria-pressed={on}
                aria-disabled={locked || (!on && left <= 0) || undefined}
                aria-label={`Vote for “${m.text}”`}
                onClick={() => toggle(m.id, m.text)}
              >
                {/* The same word either way (the name holds what is seen); aria-pressed and the tick say it is chosen. */}
                {on ? <span aria-hidden="true">✓ </span> : null}
                Vote
              </button>
            </li>
          );
        })}
      </ul>
      <div className="cgv-bottom-bar">
        {/* Not a live region: each press already says what it did and how many votes are left (announce). */}
        <p className="cgv-progress">
          <strong>{left}</strong> of {config.votesPerPerson} votes left
        </p>
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}
