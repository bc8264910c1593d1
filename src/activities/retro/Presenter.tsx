import { Trans } from '@lingui/react/macro';
import type { PresenterViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { retro, type RetroConfig, type RetroShared } from './definition';
import '../kit/views/exercises.css';

/**
 * While writing: the questions, side by side, and the promise that matters most here.
 * Once the facilitator opens the vote: the themes on the ballot and how many dots each person has.
 */
export function RetroPresenter({ config, board }: PresenterViewProps<RetroConfig>) {
  const ballot = retro.shared!(config, board) as RetroShared;
  const dots = config.dotsPerPerson;
  if (ballot.voting && ballot.themes.length > 0) {
    return (
      <Surface kind="projector" className="cgx-retro-present">
        <p className="cgv-p-prompt">
          <Trans>Vote now: spend your {dots} dots on the themes we should work on first.</Trans>
        </p>
        <ol className="cgx-retro-themes">
          {ballot.themes.map((t) => (
            <li key={t.id} className="cgx-retro-theme cgx-retro-big">
              {t.name}
            </li>
          ))}
        </ol>
      </Surface>
    );
  }
  return (
    <Surface kind="projector" className="cgx-retro-present">
      <p className="cgv-p-prompt">
        {config.anonymous ? <Trans>Cards are anonymous. We talk about what happened, not who did it.</Trans> : <Trans>Write one thought per card.</Trans>}
      </p>
      <ol className="cgx-retro-columns">
        {config.prompts.map((p) => (
          <li key={p.id} className="cgx-retro-column cgx-retro-big">
            <span className="cgx-retro-q">{p.text}</span>
            {p.description ? <span className="cgx-retro-hint">{p.description}</span> : null}
          </li>
        ))}
      </ol>
    </Surface>
  );
}
