import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { href, navigate } from '../../app/router';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import './series-page.css';

/**
 * "Import series": a .common-ground-series.json file back, as a series with all its workshops (all or nothing).
 * A refused file (a single workshop, damaged, too new) gets the core's sentence under the button; nothing changes.
 */
export function ImportSeriesButton() {
  const importSeries = useApp((s) => s.importSeries);
  const progress = useApp((s) => s.seriesImportProgress);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { t, i18n } = useLingui();
  const share = progress ? i18n.number(progress.loaded / (progress.total || 1), { style: 'percent', maximumFractionDigits: 0, roundingMode: 'floor' }) : '';

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await importSeries(file);
    setBusy(false);
    if ('error' in result) setError(result.error);
    else navigate(href.series(result.id));
  }

  return (
    <div className="import-series">
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        aria-label={t`Series file to import`}
        tabIndex={-1}
        onChange={(e) => void onFile(e)}
      />
      <Button icon="up" busy={busy} onClick={() => input.current?.click()} aria-describedby={error ? `${id}-error` : undefined}>
        <Trans>Import series</Trans>
      </Button>
      {progress ? (
        <p className="import-series-progress" role="status">
          {progress.loaded < progress.total ? t`Sending the series file: ${share}` : t`Checking and importing…`}
        </p>
      ) : null}
      {error ? (
        <div id={`${id}-error`} role="alert" className="callout callout-error import-series-error">
          <Icon name="alert" /> <span>{error}</span>
        </div>
      ) : null}
    </div>
  );
}
