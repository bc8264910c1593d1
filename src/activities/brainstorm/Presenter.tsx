import type { PresenterViewProps } from '../view-types';
import type { BrainstormConfig } from './definition';
import { Surface } from '../kit/views/surface';

export function BrainstormPresenter({ config }: PresenterViewProps<BrainstormConfig>) {
  return (
    <Surface kind="projector" className="cgv-p-brainstorm">
      <p className="cgv-p-big-prompt">{config.prompt || 'What comes to mind?'}</p>
      <p className="cgv-p-rule">
        One idea per card · up to {config.maxCardsPerPerson} each · {config.anonymous ? 'names are not shown' : 'names are shown to the facilitator'}
      </p>
    </Surface>
  );
}
