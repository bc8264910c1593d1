import { findDefinition } from '../../../activities/registry';
import { Dialog } from '../../../ui/Dialog';
import { FacilitatorGuideBody } from '../../components/FacilitatorGuide';

/** An activity kind's facilitator guide, read in a wide dialog rather than in the narrow library column. */
export function GuideDialog({ kind, onClose }: { kind: string; onClose(): void }) {
  const def = findDefinition(kind);
  if (!def?.guide) return null;
  return (
    <Dialog title={`Facilitator guide: ${def.label}`} description={<p>{def.guide.timing}</p>} onClose={onClose} size="lg">
      <div className="guide-dialog">
        <FacilitatorGuideBody guide={def.guide} />
      </div>
    </Dialog>
  );
}
