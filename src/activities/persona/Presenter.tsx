import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import type { PresenterViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { readPersonaBoard, type PersonaConfig } from './definition';
import './persona.css';
import { inSentence } from '../in-sentence';

/** The empty canvas while people write; the rule of the vote once it is open. */
export function PersonaPresenter({ config, board }: PresenterViewProps<PersonaConfig>) {
  const b = readPersonaBoard(board);
  const voting = b.phase === 'vote';
  const { t, i18n } = useLingui();
  const subject = inSentence(i18n.locale, config.subject);
  const dots = config.dotsPerPerson;
  const max = config.notesPerPerson;
  return (
    <Surface kind="projector" className="cgp">
      <p className="cgp-rule">
        {voting ? (
          <Trans>
            Vote on your phone: <Plural value={dots} one="# dot" other="# dots" /> each, on the notes that describe {subject} best.
          </Trans>
        ) : (
          <Trans>On your phone: a short note per idea, in any section. Up to {max} each.</Trans>
        )}
      </p>
      <ul className="cgp-canvas">
        {config.sections.map((s) => {
          const n = b.ballot.filter((x) => x.section === s.id).length;
          return (
            <li key={s.id} className="cgp-cell">
              <span className="cgp-cell-title">{s.title}</span>
              {voting ? (
                <span className="cgp-cell-hint">{t`${plural(n, { one: '# note to vote on', other: '# notes to vote on' })}`}</span>
              ) : s.hint ? (
                <span className="cgp-cell-hint">{s.hint}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Surface>
  );
}
