import { Trans } from '@lingui/react/macro';
import { useApp } from '../../app/store-context';
import { Icon } from '../../../ui/Icon';
import { useNamesRemovedLine } from '../export/AnonymiseSection';
import '../export/anonymise.css';

/** Above the roster of an anonymised workshop: why everyone is called "Sales 1", "Marketing 2", ... */
export function NamesRemovedNote() {
  const anonymisedAt = useApp((s) => s.planner.detail?.workshop.anonymisedAt ?? null);
  const namesRemovedLine = useNamesRemovedLine();
  if (!anonymisedAt) return null;
  return (
    <p className="callout roster-names-removed" data-testid="names-removed">
      <Icon name="lock" /> {namesRemovedLine(anonymisedAt)} <Trans>Everyone is shown by team and number.</Trans>
    </p>
  );
}
