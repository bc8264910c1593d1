import { useEffect } from 'react';
import { formatDuration } from '../../../shared/schedule';
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
  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);
  return (
    <EmptyState
      title="Plan your first alignment workshop"
      art={<VennArt />}
      actions={
        <>
          <Button variant="primary" onClick={onSample} busy={sampleBusy}>
            Sample: Sales &amp; Marketing alignment kickoff
          </Button>
          <Button icon="plus" onClick={onNew}>
            New workshop
          </Button>
        </>
      }
    >
      {sample ? (
        <>
          <p>Start from a ready-made {formatDuration(sample.minutes)} kickoff, with sample people from both teams. Its agenda:</p>
          <ol className="sample-agenda" aria-label="The sample’s agenda">
            {sample.activityTitles.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ol>
          <p>Change anything you like — or start from a blank page.</p>
        </>
      ) : (
        <p>Start from a ready-made kickoff with sample people from both teams and change anything you like — or start from a blank page.</p>
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
