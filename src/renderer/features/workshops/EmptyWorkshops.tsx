import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';

export function EmptyWorkshops({ onSample, sampleBusy, onNew }: { onSample(): void; sampleBusy: boolean; onNew(): void }) {
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
      <p>
        Start from a ready-made kickoff: a welcome, the sales persona, a lead-quality card sort, a dot vote on priorities
        and commitments with owners. Change anything you like — or start from a blank page.
      </p>
    </EmptyState>
  );
}

function VennArt() {
  return (
    <svg width="120" height="72" viewBox="0 0 120 72" aria-hidden="true" focusable="false">
      <circle cx="44" cy="36" r="30" fill="var(--team-sales-soft)" stroke="var(--team-sales)" strokeWidth="2" />
      <circle cx="76" cy="36" r="30" fill="var(--team-marketing-soft)" stroke="var(--team-marketing)" strokeWidth="2" opacity="0.95" />
      <path d="M60 11a30 30 0 0 1 0 50 30 30 0 0 1 0-50Z" fill="var(--color-accent-soft)" stroke="var(--color-accent)" strokeWidth="2" />
      <text x="30" y="41" fontSize="14" fill="var(--team-sales)" textAnchor="middle">◆</text>
      <text x="90" y="41" fontSize="14" fill="var(--team-marketing)" textAnchor="middle">●</text>
    </svg>
  );
}
