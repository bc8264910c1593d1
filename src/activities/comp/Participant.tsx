import type { ParticipantViewProps } from '../view-types';
import { useAnswers } from '../views-kit/answers';
import { LockedNote, SaveFeedback } from '../views-kit/SaveFeedback';
import { Surface } from '../views-kit/surface';
import type { CompConfig } from './definition';
import type { ChoiceValue } from './logic';
import './comp.css';

const choiceOf = (v: unknown) => (v && typeof v === 'object' ? (v as ChoiceValue).option : undefined);

/** The scenario polls: the one the facilitator opened, or every one when the page does not say. */
export function CompParticipant({ config, mine, locked, submit, announce, shared }: ParticipantViewProps<CompConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const open = (shared as { scenarioId?: string | null } | undefined)?.scenarioId ?? null;
  const scenarios = open ? config.scenarios.filter((s) => s.id === open) : config.scenarios;
  const answered = config.scenarios.filter((s) => choiceOf(answers[s.id])).length;

  return (
    <Surface kind="phone" className="cgc-phone">
      <p className="cgv-prompt">What would you do now?</p>
      <p className="cgv-hint">Pick one answer{scenarios.length > 1 ? ' for each situation' : ''}. There is no right answer: say what you would really do.</p>
      {locked ? <LockedNote /> : null}
      {scenarios.length === 0 ? <p className="cgv-muted">No questions yet. Watch the screen.</p> : null}
      {scenarios.map((s, n) => {
        const chosen = choiceOf(answers[s.id]);
        return (
          <fieldset key={s.id} className="cgc-question" disabled={locked}>
            <legend className="cgc-question-prompt">
              {scenarios.length > 1 ? <span className="cgv-muted">{n + 1}. </span> : null}
              {s.prompt}
            </legend>
            <div className="cgc-answers">
              {s.options.map((o) => {
                const on = chosen === o.id;
                return (
                  <button
                    key={o.id}
                    type="button"
                    className={`cgv-btn cgc-answer${on ? ' cgc-answer-on' : ''}`}
                    aria-pressed={on}
                    disabled={locked}
                    onClick={() => {
                      if (locked) return;
                      if (on) {
                        announce(`Took back your answer: ${o.text}.`);
                        void save(s.id, null, { undoneMessage: `Your answer is still ${o.text}.` });
                      } else {
                        announce(`Chose: ${o.text}.`);
                        void save(s.id, { option: o.id }, { undoneMessage: 'Your answer was not saved.' });
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
          {open ? (scenarios.some((s) => choiceOf(answers[s.id])) ? 'Answered. You can still change it.' : 'Not answered yet') : `${answered} of ${config.scenarios.length} answered`}
        </p>
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}
