import { useId, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const saved = textOf(answers.pledge);
  const [draft, setDraft] = useState<string | null>(null);
  const fieldId = useId();
  const shadow = inOf(answers.shadow);
  const text = draft ?? saved;

  const choose = (value: boolean) => {
    if (locked || shadow === value) return;
    announce(value ? t`You are in for job shadowing.` : t`Not this time for job shadowing.`);
    void save('shadow', { in: value }, { undoneMessage: t`Your answer about job shadowing was not saved.` });
  };

  return (
    <Surface kind="phone" className="cgk-phone">
      {locked ? <LockedNote /> : null}
      {config.askShadowing ? (
        <fieldset className="cgk-question" disabled={locked}>
          <legend className="cgk-question-title">
            <Trans>Job shadowing: a day with someone from the other team</Trans>
          </legend>
          <p className="cgv-hint">
            <Trans>One day in the next few weeks: sit in on their calls and meetings. We pair Sales with Marketing.</Trans>
          </p>
          <div className="cgk-choice">
            <button
              type="button"
              className={`cgv-btn cgk-choice-btn${shadow === true ? ' cgk-on' : ''}`}
              aria-pressed={shadow === true}
              disabled={locked}
              onClick={() => choose(true)}
            >
              {shadow === true ? '✓ ' : ''}
              <Trans>I’m in</Trans>
            </button>
            <button
              type="button"
              className={`cgv-btn cgk-choice-btn${shadow === false ? ' cgk-on' : ''}`}
              aria-pressed={shadow === false}
              disabled={locked}
              onClick={() => choose(false)}
            >
              {shadow === false ? '✓ ' : ''}
              <Trans>Not this time</Trans>
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
          announce(t`Saved: ${clean}`);
          void save('pledge', { text: clean }, { undoneMessage: t`Your commitment was not saved.` }).then((ok) => ok && setDraft(null));
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
              {saved ? t`Save the change` : t`Save`}
            </button>
            {saved ? (
              <button
                type="button"
                className="cgv-btn cgv-btn-quiet cgv-btn-danger"
                onClick={() => {
                  announce(t`Removed your commitment.`);
                  setDraft('');
                  void save('pledge', null, { undoneMessage: t`Your commitment is back.` });
                }}
              >
                <Trans>Remove</Trans>
              </button>
            ) : null}
          </div>
        ) : null}
      </form>
      <div className="cgv-bottom-bar">
        <p className="cgv-progress">{saved ? t`Your commitment is in. The facilitator sees your name with it.` : t`Your name goes with what you write.`}</p>
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}
