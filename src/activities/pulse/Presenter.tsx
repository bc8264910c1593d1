import type { PresenterViewProps } from '../view-types';
import type { PulseConfig } from './definition';
import { allStatements } from './statements';
import { PagedOptions } from '../kit/views/PagedOptions';
import { Surface } from '../kit/views/surface';

export function PulsePresenter({ config }: PresenterViewProps<PulseConfig>) {
  const options = allStatements(config).map((s) => ({ id: s.id, text: s.text, description: '' }));
  return (
    <Surface kind="projector" className="cgv-p-vote cgv-paged-screen">
      <p className="cgv-p-prompt">Answer on your phone: anonymous, two minutes.</p>
      <p className="cgv-p-rule">Rate each statement from 1 (strongly disagree) to 5 (strongly agree).</p>
      <PagedOptions options={options} label="The statements" />
    </Surface>
  );
}
