import type { PresenterViewProps } from '../view-types';
import { Trans } from '@lingui/react/macro';
import { CardSortPresenter } from '../cardsort/Presenter';
import type { KpiSortConfig } from './definition';
import '../kit/views/exercises.css';

/** The company goal first, then the columns and the KPIs to sort. */
export function KpiSortPresenter(props: PresenterViewProps<KpiSortConfig>) {
  const { config } = props;
  return (
    <div className="cgx-stack cgx-stack-fill">
      {config.goal ? (
        <div className="cg-views cg-surface-projector">
          <p className="cgx-goal">
            <span className="cgx-goal-label">
              <Trans>The goal we both serve</Trans>
            </span>
            {config.goal}
          </p>
        </div>
      ) : null}
      <CardSortPresenter {...props} />
    </div>
  );
}
