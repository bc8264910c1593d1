import { useLingui } from '@lingui/react/macro';
import { findDefinition } from '../../../activities/registry';
import { Dialog } from '../../../ui/Dialog';
import { FacilitatorGuideBody, useGuide, WithInterfaceI18n } from '../../components/FacilitatorGuide';
import { kindWord } from '../../../activities/kind-words';

/** An activity kind's facilitator guide, read in a wide dialog rather than in the narrow library column. */
export function GuideDialog(props: { kind: string; onClose(): void }) {
  return (
    <WithInterfaceI18n>
      <GuideDialogIn {...props} />
    </WithInterfaceI18n>
  );
}

function GuideDialogIn({ kind, onClose }: { kind: string; onClose(): void }) {
  const { t, i18n } = useLingui();
  const def = findDefinition(kind);
  const guide = useGuide(kind);
  if (!def || !guide) return null;
  const label = kindWord(i18n, def.kind, def);
  return (
    <Dialog title={t`Facilitator guide: ${label}`} description={<p>{guide.timing}</p>} onClose={onClose} size="lg">
      <div className="guide-dialog">
        <FacilitatorGuideBody guide={guide} />
      </div>
    </Dialog>
  );
}
