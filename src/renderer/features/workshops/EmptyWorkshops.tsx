import { useEffect } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { durationShort } from '../../i18n/format';
import { BUILT_IN_PREFIX } from '../../../shared/templates';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import './empty-workshops.css';

/** The built-in template the sample workshop is made from (the core's createSampleWorkshop). */
export const SAMPLE_TEMPLATE_ID = `${BUILT_IN_PREFIX}kickoff`;

export function EmptyWorkshops({ onSample, sampleBusy, onNew }: { onSample(): void; sampleBusy: boolean; onNew(): void }) {
  const loadTemplates = useApp((s) => s.loadTemplates);
  // The sample is described from its template, so the words cannot drift from what it contains.
  const sample = useApp((s) => s.templates.items.find((t) => t.id === SAMPLE_TEMPLATE_ID));
  const { t, i18n } = useLingui();
  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);
  const length = sample ? durationShort(i18n, sample.minutes) : '';
  return (
    <EmptyState
      title={t`Plan your first alignment workshop`}
      art={<VennArt />}
      actions={
        <>
          <Button variant="primary" onClick={onSample} busy={sampleBusy}>
            <Trans>Sample: Sales &amp; Marketing alignment kickoff</Trans>
          </Button>
          <Button icon="plus" onClick={onNew}>
            <Trans>New workshop</Trans>
          </Button>
        </>
      }
    >
      {sample ? (
        <>
          <p>
            <Trans>Start from a ready-made {length} kickoff, with sample people from both teams. Its agenda:</Trans>
          </p>
          <ol className="sample-agenda" aria-label={t`The sample’s agenda`}>
            {sample.activityTitles.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ol>
          <p>
            <Trans>Change anything you like — or start from a blank page.</Trans>
          </p>
        </>
      ) : (
        <p>
          <Trans>Start from a ready-made kickoff with sample people from both teams and change anything you like — or start from a blank page.</Trans>
        </p>
      )}
    </EmptyState>
  );
}

function VennArt() {
  return (
    <svg width="120" height="72" viewBox="0 0 120 72" aria-hidden="true" focusable="false">
      <circle cx="44" cy="36" r="30" fill="var(--team-sales-soft)" stroke="var(--team-sales)" strokeWidth="2" />
      <circle cx="76" cy="36" r="30" fill="var(--team-marketing-soft)" stroke="var(--team-marketing)" strokeWidth="2" opacity="0.95" />
      <path d="M60 11a30 30 0 0 1 0 50 30 30 0 0 1 0-50Z" fill="var(--color-accent-soft)" stroke="var(--color-accent)" strokeWidth="2" />
      <text x="30" y="41" fontSize="14" fill="var(--team-sales)" textAnchor="middle">
        ◆
      </text>
      <text x="90" y="41" fontSize="14" fill="var(--team-marketing)" textAnchor="middle">
        ●
      </text>
    </svg>
  );
}
