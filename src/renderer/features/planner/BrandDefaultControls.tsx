import { useEffect, useRef, useState } from 'react';
import { hasBranding } from '../../../shared/branding';
import type { Workshop } from '../../../shared/domain';
import { useApp } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { useFocusHandOff } from '../../../ui/focus-rule';

/** "Use as default for new workshops", what the default is, and applying or clearing it. */
export function BrandDefaultControls({ workshop: w }: { workshop: Workshop }) {
  const state = useApp((s) => s.brandDefault);
  const load = useApp((s) => s.loadBrandDefault);
  const save = useApp((s) => s.saveBrandDefault);
  const clear = useApp((s) => s.clearBrandDefault);
  const apply = useApp((s) => s.applyBrandDefault);
  // The line says what the default is. It is a live region only once the facilitator acts
  // (not on every visit to the planner), and takes the keyboard from a button that goes away.
  const [acted, setActed] = useState(false);
  const line = useRef<HTMLParagraphElement>(null);
  const handOff = useFocusHandOff();
  const act = (action: () => Promise<unknown>) => {
    setActed(true);
    handOff(line);
    void action();
  };
  useEffect(() => {
    if (state.status === 'idle') void load();
  }, [state.status, load]);

  const d = state.value;
  const same = d !== null && d.clientName === w.clientName && d.accent === w.accent && (d.logo?.hash ?? null) === (w.logo?.hash ?? null);
  const parts = d ? [d.clientName ? `“${d.clientName}”` : null, d.logo ? 'a logo' : null, d.accent ? `accent ${d.accent}` : null].filter(Boolean) : [];
  return (
    <div className="branding-default">
      <p className="field-hint" role={acted ? 'status' : undefined} tabIndex={-1} ref={line} data-testid="brand-default-status">
        {state.status !== 'ready'
          ? ' '
          : !d
            ? 'New workshops start without branding.'
            : same
              ? 'This is the default: new workshops start with this branding.'
              : `New workshops start with ${parts.length ? parts.join(', ') : 'no branding'}.`}
      </p>
      <div className="branding-default-actions">
        {!same ? (
          <Button size="sm" onClick={() => act(save)} disabled={!hasBranding(w)}>
            Use as default for new workshops
          </Button>
        ) : null}
        {d && !same ? (
          <Button size="sm" variant="ghost" onClick={() => act(apply)}>
            Use the default here
          </Button>
        ) : null}
        {d ? (
          <Button size="sm" variant="ghost" onClick={() => act(clear)}>
            Stop using a default
          </Button>
        ) : null}
      </div>
    </div>
  );
}
