import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { PresenterViewProps } from '../view-types';
import type { DotVoteConfig } from './definition';
import { PagedOptions } from '../kit/views/PagedOptions';
import { Surface } from '../kit/views/surface';

export function DotVotePresenter({ config }: PresenterViewProps<DotVoteConfig>) {
  const { t } = useLingui();
  const dots = config.dotsPerPerson;
  const max = config.maxPerItem;
  return (
    <Surface kind="projector" className="cgv-p-vote cgv-paged-screen">
      {config.prompt ? <p className="cgv-p-prompt">{config.prompt}</p> : null}
      <p className="cgv-p-rule">
        <span className="cgv-p-dots" aria-hidden="true">
          {'●'.repeat(Math.min(config.dotsPerPerson, 10))}
        </span>{' '}
        <Trans>
          <Plural value={dots} one="# dot" other="# dots" /> each · at most {max} on one option
        </Trans>
      </p>
      <PagedOptions options={config.options} label={t`The options`} />
    </Surface>
  );
}
