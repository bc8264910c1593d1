import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { href, navigate } from '../../app/router';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import type { Series } from '../../../shared/series';
import { downloadText } from './download-text';
import { formatMinutes } from '../planner/words';

type Busy = 'next' | 'joint' | 'export' | 'delete' | null;

/** The next workshop, the series as a file, and deleting it (the core refuses while workshops are in it: its words are shown). */
export function SeriesActions({ series }: { series: Series }) {
  const nextInSeries = useApp((s) => s.nextInSeries);
  const exportSeries = useApp((s) => s.exportSeries);
  const deleteSeries = useApp((s) => s.deleteSeries);
  const [busy, setBusy] = useState<Busy>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const last = series.workshops[series.workshops.length - 1];
  const { i18n } = useLingui();
  const minutes = formatMinutes(i18n, 40);

  async function run(what: Busy, fn: () => Promise<void>) {
    setBusy(what);
    setRefusal(null);
    await fn();
    setBusy(null);
  }

  const next = (agenda: 'same' | 'joint-meeting') =>
    run(agenda === 'same' ? 'next' : 'joint', async () => {
      const id = last ? await nextInSeries(last.id, agenda) : null;
      if (id) navigate(href.planner(id));
    });
  const exportFile = () =>
    run('export', async () => {
      const file = await exportSeries(series.id);
      if (file) downloadText(file.fileName, file.json);
    });
  const remove = () =>
    run('delete', async () => {
      const error = await deleteSeries(series.id);
      if (error) setRefusal(error);
      else navigate(href.list());
    });

  return (
    <div className="series-page-actions">
      <div className="page-actions">
        <Button icon="trash" variant="ghost" onClick={() => void remove()} busy={busy === 'delete'}>
          <Trans>Delete series</Trans>
        </Button>
        <Button icon="down" onClick={() => void exportFile()} busy={busy === 'export'}>
          <Trans>Export series</Trans>
        </Button>
        {last ? (
          <>
            <Button icon="plus" onClick={() => void next('same')} busy={busy === 'next'}>
              <Trans>Next workshop in this series</Trans>
            </Button>
            <Button variant="primary" icon="plus" onClick={() => void next('joint-meeting')} busy={busy === 'joint'}>
              <Trans>Next joint meeting ({minutes})</Trans>
            </Button>
          </>
        ) : null}
      </div>
      {refusal ? (
        <div className="callout callout-error series-page-refusal" role="alert">
          <Icon name="alert" /> <span>{refusal}</span>
        </div>
      ) : null}
    </div>
  );
}
