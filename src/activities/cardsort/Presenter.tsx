import type { PresenterViewProps } from '../view-types';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { CardSortConfig } from './definition';
import { Surface } from '../kit/views/surface';
import { PagedColumns } from '../kit/views/PagedColumns';
import './cardsort.css';

/** The columns on top, then every card to sort: two columns of the whole width, paged when they outgrow the screen. */
export function CardSortPresenter({ config }: PresenterViewProps<CardSortConfig>) {
  const { t } = useLingui();
  const count = config.cards.length;
  return (
    <Surface kind="projector" className="cgv-p-sort cgv-paged-screen">
      {config.prompt ? <p className="cgv-p-prompt">{config.prompt}</p> : null}
      <div className="cgv-p-columns" aria-label={t`Columns`}>
        {config.columns.map((c) => (
          <div key={c.id} className="cgv-p-column">
            <span className="cgv-p-column-name">{c.text}</span>
            {c.description ? <span className="cgv-p-column-desc">{c.description}</span> : null}
          </div>
        ))}
        {config.open ? (
          <div className="cgv-p-column cgv-p-column-open">
            <span className="cgv-p-column-name">
              + <Trans>your own</Trans>
            </span>
          </div>
        ) : null}
      </div>
      <h2 className="cgv-p-subtitle">
        <Plural value={count} one="# card to sort" other="# cards to sort" />
      </h2>
      <PagedColumns label={t`The cards to sort`} columns={2}>
        <ul className="cgv-p-chips cgv-p-chips-paged">
          {config.cards.map((c) => (
            <li key={c.id} className="cgv-p-chip">
              {c.text}
            </li>
          ))}
        </ul>
      </PagedColumns>
    </Surface>
  );
}
