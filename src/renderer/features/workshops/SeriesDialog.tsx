import { useRef, useState, type FormEvent } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Select } from '../../../ui/Select';
import { NewSeriesTitle } from '../series/NewSeriesTitle';
import { useApp } from '../../app/store-context';

const NONE = '';
const NEW = '__new__';

/** Move a workshop into a series, out of one, or into a new series. */
export function SeriesDialog({ workshopId, workshopTitle, onClose }: { workshopId: string; workshopTitle: string; onClose(): void }) {
  const series = useApp((s) => s.workshops.series);
  const setWorkshopSeries = useApp((s) => s.setWorkshopSeries);
  const createSeriesFor = useApp((s) => s.createSeriesFor);
  const current = series.find((s) => s.workshops.some((w) => w.id === workshopId))?.id ?? NONE;
  const [choice, setChoice] = useState(current || (series.length === 0 ? NEW : NONE));
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const { t } = useLingui();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const err = choice === NEW ? await createSeriesFor(workshopId, title) : await setWorkshopSeries(workshopId, choice || null);
    setBusy(false);
    if (err) {
      setError(err);
      (choice === NEW ? titleRef : selectRef).current?.focus();
    } else onClose();
  }

  const options = [{ value: NONE, label: t`No series` }, ...series.map((s) => ({ value: s.id, label: s.title })), { value: NEW, label: t`A new series…` }];

  return (
    <Dialog title={t`Series`} description={t`Which series “${workshopTitle}” belongs to.`} onClose={onClose} initialFocus={selectRef} size="sm">
      <form onSubmit={submit} className="stack-4" noValidate>
        <Select
          ref={selectRef}
          label={t`Series`}
          value={choice}
          options={options}
          onChange={(e) => {
            setChoice(e.target.value);
            setError(null);
          }}
          error={choice === NEW ? null : error}
        />
        {choice === NEW ? (
          <NewSeriesTitle
            inputRef={titleRef}
            value={title}
            onChange={(next) => {
              setTitle(next);
              setError(null);
            }}
            error={error}
          />
        ) : null}
        <div className="dialog-actions">
          <Button onClick={onClose}>
            <Trans>Cancel</Trans>
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            <Trans>Save</Trans>
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
