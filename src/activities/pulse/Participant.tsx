import { Trans, useLingui } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import type { ParticipantViewProps } from '../view-types';
import type { PulseParticipantConfig } from './definition';
import { allStatements } from './statements';
import type { PulseValue } from './logic';
import { useAnswers } from '../kit/views/answers';
import { LockedNote, SaveFeedback } from '../kit/views/SaveFeedback';
import { Surface } from '../kit/views/surface';
import './pulse.css';

export const RATING_LABELS = [msg`Strongly disagree`, msg`Disagree`, msg`Neither agree nor disagree`, msg`Agree`, msg`Strongly agree`] as const;

const ratingOf = (value: unknown): number | null =>
  value && typeof value === 'object' && typeof (value as PulseValue).rating === 'number' ? (value as PulseValue).rating : null;

export function PulseParticipant({ config, mine, locked, submit, announce }: ParticipantViewProps<PulseParticipantConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const statements = allStatements(config);
  const answered = statements.filter((s) => ratingOf(answers[s.id]) !== null).length;
  const { t, i18n } = useLingui();
  const total = statements.length;

  async function rate(id: string, rating: number) {
    const before = ratingOf(answers[id]);
    await save(id, { rating }, { undoneMessage: before === null ? t`Your rating was not saved.` : t`Your rating is back to ${before}.` });
  }

  return (
    <Surface kind="phone" className="cgv-pulse">
      <p className="cgv-prompt">
        <Trans>Anonymous: rate each statement from 1 (strongly disagree) to 5 (strongly agree).</Trans>
      </p>
      {locked ? <LockedNote /> : null}
      <p className="cgv-pulse-progress" aria-live="polite">
        <Trans>
          {answered} of {total} answered
        </Trans>
      </p>
      <ol className="cgv-pulse-list">
        {statements.map((s) => {
          const current = ratingOf(answers[s.id]);
          return (
            <li key={s.id} className="cgv-pulse-item">
              <fieldset className="cgv-pulse-set" disabled={locked}>
                <legend className="cgv-pulse-text">{s.text}</legend>
                <div className="cgv-pulse-scale">
                  {RATING_LABELS.map((label, i) => {
                    const rating = i + 1;
                    return (
                      <label key={rating} className={`cgv-pulse-choice${current === rating ? ' is-on' : ''}`}>
                        <input
                          type="radio"
                          name={`pulse-${s.id}`}
                          value={rating}
                          checked={current === rating}
                          aria-label={`${rating} ${i18n._(label)}`}
                          onChange={() => void rate(s.id, rating)}
                        />
                        <span aria-hidden="true">{rating}</span>
                      </label>
                    );
                  })}
                </div>
                <div className="cgv-pulse-ends" aria-hidden="true">
                  <span>{i18n._(RATING_LABELS[0])}</span>
                  <span>{i18n._(RATING_LABELS[4])}</span>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <SaveFeedback status={status} onDismiss={dismiss} />
    </Surface>
  );
}
