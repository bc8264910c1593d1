import type { PresenterViewProps } from '../view-types';
import type { DotVoteConfig } from './definition';
import { Surface, plural } from '../views-kit/surface';

export function DotVotePresenter({ config }: PresenterViewProps<DotVoteConfig>) {
  return (
    <Surface kind="projector" className="cgv-p-vote">
      {config.prompt ? <p className="cgv-p-prompt">{config.prompt}</p> : null}
      <p className="cgv-p-rule">
        <span className="cgv-p-dots" aria-hidden="true">
          {'●'.repeat(Math.min(config.dotsPerPerson, 10))}
        </span>{' '}
        {plural(config.dotsPerPerson, 'dot')} each · at most {config.maxPerItem} on one option
      </p>
      <ul className="cgv-p-options">
        {config.options.map((o) => (
          <li key={o.id} className="cgv-p-option">
            {o.text}
          </li>
        ))}
      </ul>
    </Surface>
  );
}
