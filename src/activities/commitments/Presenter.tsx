import type { PresenterViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { agreed, type CommitmentsConfig } from './definition';
import './commitments.css';

/** Before the reveal: what we are about to agree, and what to do on your phone. */
export function CommitmentsPresenter({ config, board }: PresenterViewProps<CommitmentsConfig>) {
  const plan = agreed(config, board);
  return (
    <Surface kind="projector" className="cgk">
      <p className="cgk-lead">Before we leave: names, dates and a meeting in the calendar.</p>
      <ol className="cgk-steps">
        {config.askShadowing ? (
          <li>
            <strong>Job shadowing.</strong> One day with someone from the other team. <span className="cgk-muted">On your phone: are you in?</span>
          </li>
        ) : null}
        <li>
          <strong>A weekly report, both ways.</strong>{' '}
          <span className="cgk-muted">{plan.reports.map((r) => `${r.from === 'sales' ? 'Sales' : 'Marketing'} on ${r.day}s`).join(', ')}</span>
        </li>
        <li>
          <strong>A joint meeting.</strong>{' '}
          <span className="cgk-muted">
            Every {plan.meeting.everyWeeks} weeks, {plan.meeting.day}s at {plan.meeting.time}
          </span>
        </li>
        <li>
          <strong>One thing you will do.</strong> <span className="cgk-muted">On your phone, in your own words.</span>
        </li>
      </ol>
    </Surface>
  );
}
