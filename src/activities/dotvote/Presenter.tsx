import type { PresenterViewProps } from '../view-types';
import type { DotVoteConfig } from './definition';
import { PagedOptions } from '../kit/views/PagedOptions';
import { Surface } from '../kit/views/surface';
import { plural } from '../kit/numbers';

export function DotVotePresenter({ config }: PresenterViewProps<DotVoteConfig>) {
  return (
    <Surface kind="projector" className="cgv-p-vote cgv-paged-screen">
      {config.prompt ? <p className="cgv-p-prompt">{config.prompt}</p> : null}
      <p className="cgv-p-rule">
        <span className="cgv-p-dots" aria-hidden="true">
          {'●'.repeat(Math.min(config.dotsPerPerson, 10))}
        </span>{' '}
        {plural(config.dotsPerPerson, 'dot')} each · at most {config.maxPerItem} on one option
      </p>
      <PagedOptions options={config.options} label="The options" />
    </Surface>
  );
}
