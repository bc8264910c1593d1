import type { PresenterViewProps } from '../view-types';
import { Trans, useLingui } from '@lingui/react/macro';
import type { BrainstormConfig } from './definition';
import { Surface } from '../kit/views/surface';

export function BrainstormPresenter({ config }: PresenterViewProps<BrainstormConfig>) {
  const { t } = useLingui();
  const max = config.maxCardsPerPerson;
  return (
    <Surface kind="projector" className="cgv-p-brainstorm">
      <p className="cgv-p-big-prompt">{config.prompt || t`What comes to mind?`}</p>
      <p className="cgv-p-rule">
        {config.anonymous ? (
          <Trans>One idea per card · up to {max} each · names are not shown</Trans>
        ) : (
          <Trans>One idea per card · up to {max} each · names are shown to the facilitator</Trans>
        )}
      </p>
    </Surface>
  );
}
