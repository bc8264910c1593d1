import { Trans, useLingui } from '@lingui/react/macro';
import type { PresenterViewProps } from '../view-types';
import type { PulseConfig } from './definition';
import { allStatements } from './statements';
import { PagedOptions } from '../kit/views/PagedOptions';
import { Surface } from '../kit/views/surface';

export function PulsePresenter({ config }: PresenterViewProps<PulseConfig>) {
  const { t } = useLingui();
  const options = allStatements(config).map((s) => ({ id: s.id, text: s.text, description: '' }));
  return (
    <Surface kind="projector" className="cgv-p-vote cgv-paged-screen">
      <p className="cgv-p-prompt">
        <Trans>Answer on your phone: anonymous, two minutes.</Trans>
      </p>
      <p className="cgv-p-rule">
        <Trans>Rate each statement from 1 (strongly disagree) to 5 (strongly agree).</Trans>
      </p>
      <PagedOptions options={options} label={t`The statements`} />
    </Surface>
  );
}
