import { Trans, useLingui } from '@lingui/react/macro';
import type { PresenterViewProps } from '../view-types';
import type { RankingConfig } from './definition';
import { PagedOptions } from '../kit/views/PagedOptions';
import { Surface } from '../kit/views/surface';

export function RankingPresenter({ config }: PresenterViewProps<RankingConfig>) {
  const { t } = useLingui();
  return (
    <Surface kind="projector" className="cgv-p-vote cgv-paged-screen">
      {config.prompt ? <p className="cgv-p-prompt">{config.prompt}</p> : null}
      <p className="cgv-p-rule">
        <Trans>Put them in order: most important first.</Trans>
      </p>
      <PagedOptions options={config.options} label={t`The options`} />
    </Surface>
  );
}
