import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useState } from 'react';
import { useApp, useAppStore } from '../../app/store-context';
import { IconButton } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import './series-field.css';

/**
 * Once, on the planner of a workshop just made with "Next workshop in this series": whose roster it took.
 * People can join or leave; the roster below is edited as usual. The note is read when the planner opens,
 * then cleared from the store, so coming back later does not say it again.
 */
export function CarriedOverNote({ workshopId }: { workshopId: string }) {
  const store = useAppStore();
  const noteCarriedOver = useApp((s) => s.noteCarriedOver);
  const { t } = useLingui();
  const [note, setNote] = useState(() => {
    const c = store.getState().carriedOver;
    return c && c.workshopId === workshopId ? c : null;
  });

  useEffect(() => {
    if (note) noteCarriedOver(null);
  }, [note, noteCarriedOver]);

  if (!note) return null;
  const from = note.fromTitle;
  return (
    <div className="callout callout-info carried-over-note" role="status">
      <Icon name="users" />
      <span>
        <Trans>Roster carried over from “{from}”. People can join or leave: change the list below as usual.</Trans>
      </span>
      <IconButton label={t`Dismiss the note about the roster`} icon="x" size="sm" onClick={() => setNote(null)} />
    </div>
  );
}
