import { Trans, useLingui } from '@lingui/react/macro';
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
  const { t, i18n } = useLingui();
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
  const client = d?.clientName;
  const accent = d?.accent;
  const parts = d ? [client ? t`“${client}”` : null, d.logo ? t`a logo` : null, accent ? t`accent ${accent}` : null].filter((p) => p !== null) : [];
  const what = parts.length ? new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(parts) : '';
  return (
    <div className="branding-default">
      <p className="field-hint" role={acted ? 'status' : undefined} tabIndex={-1} ref={line} data-testid="brand-default-status">
        {state.status !== 'ready'
          ? ' '
          : !d
            ? t`New workshops start without branding.`
            : same
              ? t`This is the default: new workshops start with this branding.`
              : what
                ? t`New workshops start with ${what}.`
                : t`New workshops start without branding.`}
      </p>
      <div className="branding-default-actions">
        {!same ? (
          <Button size="sm" onClick={() => act(save)} disabled={!hasBranding(w)}>
            <Trans>Use as default for new workshops</Trans>
          </Button>
        ) : null}
        {d && !same ? (
          <Button size="sm" variant="ghost" onClick={() => act(apply)}>
            <Trans>Use the default here</Trans>
          </Button>
        ) : null}
        {d ? (
          <Button size="sm" variant="ghost" onClick={() => act(clear)}>
            <Trans>Stop using a default</Trans>
          </Button>
        ) : null}
      </div>
    </div>
  );
}
