import type { PresenterViewProps } from '../view-types';
import type { RankingConfig } from './definition';
import { Surface } from '../views-kit/surface';

export function RankingPresenter({ config }: PresenterViewProps<RankingConfig>) {
  return (
    <Surface kind="projector" className="cgv-p-vote">
      {config.prompt ? <p className="cgv-p-prompt">{config.prompt}</p> : null}
      <p className="cgv-p-rule">Put them in order: most important first.</p>
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
