import type { PresenterViewProps } from '../view-types';
import { useLingui } from '@lingui/react/macro';
import type { BreakConfig } from './definition';
import { Surface } from '../kit/views/surface';

export function BreakPresenter({ config }: PresenterViewProps<BreakConfig>) {
  const { t } = useLingui();
  return (
    <Surface kind="projector" className="cgv-break">
      <p className="cgv-p-break-icon" aria-hidden="true">
        ☕
      </p>
      <p className="cgv-p-break">{config.message || t`Back in a few minutes`}</p>
    </Surface>
  );
}
