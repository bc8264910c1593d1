import { Trans } from '@lingui/react/macro';
import type { Workshop } from '../../../shared/domain';
import { Icon } from '../../../ui/Icon';

/** One line on where names end up: the JSON is the facilitator's full copy; the PDF and CSV follow the workshop setting. */
export function NamesNote({ workshop }: { workshop: Pick<Workshop, 'namesInExports' | 'anonymisedAt'> }) {
  if (workshop.anonymisedAt) return null; // the anonymise section says that names are gone everywhere
  return (
    <p className="export-names-note" data-testid="export-names-note">
      <Icon name="info" />{' '}
      {workshop.namesInExports ? (
        <Trans>Names are on: the PDF and the CSV show who gave each answer in activities marked Named. The JSON holds every name.</Trans>
      ) : (
        <Trans>The JSON file holds everyone’s names; the PDF report and the CSV show them only in activities marked Named, such as commitments.</Trans>
      )}
    </p>
  );
}
