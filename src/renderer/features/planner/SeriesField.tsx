import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { href } from '../../app/router';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { Select } from '../../../ui/Select';
import { NewSeriesTitle } from '../series/NewSeriesTitle';
import './series-field.css';

const NONE = '';
const NEW = '__new__';

/** Details › Series (#18): which series this workshop belongs to; move it into another, a new one, or out of any. */
export function SeriesField({ workshopId }: { workshopId: string }) {
  const series = useApp((s) => s.workshops.series);
  const loadSeriesList = useApp((s) => s.loadSeriesList);
  const setWorkshopSeries = useApp((s) => s.setWorkshopSeries);
  const createSeriesFor = useApp((s) => s.createSeriesFor);
  const current = series.find((s) => s.workshops.some((w) => w.id === workshopId)) ?? null;
  const [choosingNew, setChoosingNew] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const { t } = useLingui();

  useEffect(() => {
    void loadSeriesList();
  }, [loadSeriesList, workshopId]);

  async function move(seriesId: string | null) {
    setBusy(true);
    const err = await setWorkshopSeries(workshopId, seriesId);
    setBusy(false);
    setError(err);
    if (err) selectRef.current?.focus();
  }

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const err = await createSeriesFor(workshopId, title);
    setBusy(false);
    setError(err);
    if (err) titleRef.current?.focus();
    else {
      setChoosingNew(false);
      setTitle('');
    }
  }

  const options = [{ value: NONE, label: t`No series` }, ...series.map((s) => ({ value: s.id, label: s.title })), { value: NEW, label: t`A new series…` }];
  const count = current?.workshops.length ?? 0;
  const seriesTitle = current?.title;

  return (
    <div className="span-2 series-field">
      <Select
        ref={selectRef}
        label={t`Series`}
        value={choosingNew ? NEW : (current?.id ?? NONE)}
        options={options}
        disabled={busy}
        hint={
          current ? (
            <>
              <Trans>
                One of {count} in <a href={href.series(current.id)}>{seriesTitle}</a>: its timeline, next workshop and export.
              </Trans>
            </>
          ) : (
            t`Workshops in a series share a timeline, and the next one is a click away with the same people and agenda.`
          )
        }
        onChange={(e) => {
          const value = e.target.value;
          setError(null);
          if (value === NEW) {
            setChoosingNew(true);
            return;
          }
          setChoosingNew(false);
          void move(value || null);
        }}
        error={choosingNew ? null : error}
      />
      {choosingNew ? (
        <form className="series-field-new" onSubmit={(e) => void create(e)} noValidate>
          <NewSeriesTitle
            inputRef={titleRef}
            value={title}
            onChange={(t) => {
              setTitle(t);
              setError(null);
            }}
            error={error}
            fieldClassName="series-field-title"
          />
          <Button type="submit" busy={busy}>
            <Trans>Create series</Trans>
          </Button>
          <Button
            variant="ghost"
            onClick={() => {
              setChoosingNew(false);
              setError(null);
            }}
          >
            <Trans>Cancel</Trans>
          </Button>
        </form>
      ) : null}
    </div>
  );
}
