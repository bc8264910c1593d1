import { useId, useState } from 'react';
import type { ParticipantViewProps } from '../view-types';
import { useAnswers } from '../kit/views/answers';
import { LockedNote, SaveFeedback } from '../kit/views/SaveFeedback';
import { Surface } from '../kit/views/surface';
import type { CommitmentsParticipantConfig } from './definition';
import './commitments.css';

const inOf = (v: unknown) => (v && typeof v === 'object' && 'in' in v ? Boolean((v as { in: boolean }).in) : null);
const textOf = (v: unknown) => (v && typeof v === 'object' && 'text' in v ? String((v as { text: string }).text) : '');

/** On a phone: am I in for job shadowing, and one thing I will do. */
export function CommitmentsParticipant({ config, mine, locked, submit, announce }: ParticipantViewProps<CommitmentsParticipantConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const saved = textOf(answers.pledge);
  const [draft, setDraft] = useState<string | null>(null);
  const fieldId = useId();
  const shadow = inOf(answers.shadow);
  const text = draft ?? saved;

  const choose = (value: boolean) => {
    if (locked || shadow === value) return;
    announce(value ? 'You are in for job shadowing.' : 'Not this time for job shadowing.');
    void save('shadow', { in: value }, { undoneMessage: 'Your answer about job shadowing was not saved.' });
  };

  return (
    <Surface kind="phone" className="cgk-phone">
      {locked ? <LockedNote /> : null}
      {config.askShadowing ? (
        <fieldset className="cgk-question" disabled={locked}>
          <legend className="cgk-question-title">Job shadowing: a day with someone from the other team</legend>
          <p className="cgv-hint">One day in the next few weeks: sit in on their calls and meetings. We pair Sales with Marketing.</p>
          <div className="cgk-choice">
            <button
              type="button"
              className={`cgv-btn cgk-choice-btn${shadow === true ? ' cgk-on' : ''}`}
              aria-pressed={shadow === true}
              disabled={locked}
              onClick={() => choose(true)}
            >
              {shadow === true ? '✓ ' : ''}I’m in
            </button>
            <button
              type="button"
              className={`cgv-btn cgk-choice-btn${shadow === false ? ' cgk-on' : ''}`}
              aria-pressed={shadow === false}
              disabled={locked}
              onClick={() => choose(false)}
            >
              {shadow === false ? '✓ ' : ''}Not this time
            </button>
          </div>
        </fieldset>
      ) : null}
      <form
        className="cgk-question"
        onSubmit={(e) => {
          e.preventDefault();
          const clean = text.trim();
          if (locked || !clean || clean === saved) return;
          announce(`Saved: ${clean}`);
          void save('pledge', { text: clean }, { undoneMessage: 'Your commitment was not saved.' }).then((ok) => ok && setDraft(null));
        }}
      >
        <label htmlFor={fieldId} className="cgk-question-title">
          {config.pledgePrompt}
        </label>
        <textarea
          id={fieldId}
          className="cgv-input cgv-textarea"
          rows={3}
          maxLength={200}
          value={text}
          disabled={locked}
          onChange={(e) => setDraft(e.target.value)}
        />
        {!locked ? (
          <div className="cgk-row">
            <button type="submit" className="cgv-btn cgv-btn-primary" disabled={!text.trim() || text.trim() === saved}>
              {saved ? 'Save the change' : 'Save'}
            </button>
            {saved ? (
              <button
                type="button"
                className="cgv-btn cgv-btn-quiet cgv-btn-danger"
                onClick={() => {
                  announce('Removed your commitment.');
                  setDraft('');
                  void save('pledge', null, { undoneMessage: 'Your commitment is back.' });
                }}
              >
                Remove
              </button>
            ) : null}
          </div>
        ) : null}
      </form>
      <div className="cgv-bottom-bar">
        <p className="cgv-progress">{saved ? 'Your commitment is in. The facilitator sees your name with it.' : 'Your name goes with what you write.'}</p>
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}
