import { Trans, useLingui } from '@lingui/react/macro';
import type { ParticipantViewProps } from '../view-types';
import { useAnswers } from '../kit/views/answers';
import { LockedNote, SaveFeedback } from '../kit/views/SaveFeedback';
import { Surface } from '../kit/views/surface';
import type { CompParticipantConfig } from './definition';
import type { ChoiceValue } from './logic';
import './comp.css';

const choiceOf = (v: unknown) => (v && typeof v === 'object' ? (v as ChoiceValue).option : undefined);

/**
 * The scenario poll the facilitator opened, and nothing before that. Phones
 * get only the open situation in `config`; the in-room page has them all,
 * so the view also keeps to the one `shared` names (a page that passes no
 * `shared` shows what its config holds).
 */
export function CompParticipant({ config, mine, locked, submit, announce, shared }: ParticipantViewProps<CompParticipantConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const open = (shared as { scenarioId?: string | null } | undefined)?.scenarioId ?? null;
  const scenarios = shared === undefined ? config.scenarios : config.scenarios.filter((s) => s.id === open);
  const answered = config.scenarios.filter((s) => choiceOf(answers[s.id])).length;
  const total = config.scenarios.length;
  const { t } = useLingui();

  return (
    <Surface kind="phone" className="cgc-phone">
      <p className="cgv-prompt">
        <Trans>What would you do now?</Trans>
      </p>
      {scenarios.length > 0 ? (
        <p className="cgv-hint">
          {scenarios.length > 1 ? (
            <Trans>Pick one answer for each situation. There is no right answer: say what you would really do.</Trans>
          ) : (
            <Trans>Pick one answer. There is no right answer: say what you would really do.</Trans>
          )}
        </p>
      ) : null}
      {locked ? <LockedNote /> : null}
      {scenarios.length === 0 ? (
        <p className="cgv-muted">
          <Trans>No question open yet. Watch the main screen: it appears here when the facilitator opens the poll.</Trans>
        </p>
      ) : null}
      {scenarios.map((s, n) => {
        const chosen = choiceOf(answers[s.id]);
        return (
          // Locking makes the answers aria-disabled, not disabled: the one in hand keeps the keyboard and a press says why (#15).
          <fieldset key={s.id} className="cgc-question" aria-disabled={locked || undefined}>
            <legend className="cgc-question-prompt">
              {scenarios.length > 1 ? <span className="cgv-muted">{n + 1}. </span> : null}
              {s.prompt}
            </legend>
            <div className="cgc-answers">
              {s.options.map((o) => {
                const on = chosen === o.id;
                const answer = o.text;
                return (
                  <button
                    key={o.id}
                    type="button"
                    className={`cgv-btn cgc-answer${on ? ' cgc-answer-on' : ''}`}
                    aria-pressed={on}
                    aria-disabled={locked || undefined}
                    onClick={() => {
                      if (locked) {
                        announce(t`Answers are locked. You can still see what you chose.`);
                        return;
                      }
                      if (on) {
                        announce(t`Took back your answer: ${answer}.`);
                        void save(s.id, null, { undoneMessage: t`Your answer is still ${answer}.` });
                      } else {
                        announce(t`Chose: ${answer}.`);
                        void save(s.id, { option: o.id }, { undoneMessage: t`Your answer was not saved.` });
                      }
                    }}
                  >
                    <span className="cgc-answer-tick" aria-hidden="true">
                      {on ? '✓' : ''}
                    </span>
                    {o.text}
                  </button>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      <div className="cgv-bottom-bar">
        <p className="cgv-progress">
          {shared === undefined
            ? t`${answered} of ${total} answered`
            : scenarios.length === 0
              ? ''
              : scenarios.some((s) => choiceOf(answers[s.id]))
                ? t`Answered. You can still change it.`
                : t`Not answered yet`}
        </p>
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}
