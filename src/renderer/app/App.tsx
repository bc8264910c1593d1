import { useEffect, type MouseEvent } from 'react';
import { msg, t } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { ToastRegion } from '../components/Toasts';
import { SaveStalled } from '../components/SaveStalled';
import { WorkshopListScreen } from '../features/workshops/WorkshopListScreen';
import { PlannerScreen } from '../features/planner/PlannerScreen';
import { PresenterScreen } from '../features/present/PresenterScreen';
import { ParticipateScreen } from '../features/participate/ParticipateScreen';
import { RunConsoleScreen } from '../features/run/RunConsoleScreen';
import { ExportScreen } from '../features/export/ExportScreen';
import { SeriesScreen } from '../features/series/SeriesScreen';
import type { AppStore } from '../store';
import { StoreProvider } from './store-context';
import { useRoute, type Route } from './router';
import { ScreenFocusScope } from '../../ui/focus-rule';
import { NotFoundScreen } from './NotFoundScreen';

export function App({ store }: { store: AppStore }) {
  return (
    <StoreProvider store={store}>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        <Trans>Skip to content</Trans>
      </a>
      <Screens />
      <SaveStalled />
      <ToastRegion />
    </StoreProvider>
  );
}

/** One key per screen: a new key is a screen change, and the focus rule moves the keyboard to its heading. */
const screenKey = (route: Route) =>
  `${route.name}:${'workshopId' in route ? route.workshopId : 'seriesId' in route ? route.seriesId : 'path' in route ? route.path : ''}`;

/** Each screen's window title, in the interface language (the presenter sets its own, in the workshop's). */
const TITLES: Partial<Record<Route['name'], MessageDescriptor>> = {
  list: msg`Workshops`,
  trash: msg`Trash`,
  planner: msg`Planner`,
  run: msg`Console`,
  export: msg`Export`,
  series: msg`Series`,
  notFound: msg`Not found`,
};

function Screens() {
  const route = useRoute();
  const { i18n } = useLingui();
  useEffect(() => {
    const title = TITLES[route.name];
    const screen = title ? i18n._(title) : '';
    document.title = t(i18n)`${screen} · Common Ground`;
  }, [route.name, i18n]);
  return (
    <ScreenFocusScope screen={screenKey(route)}>
      <Screen route={route} />
    </ScreenFocusScope>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'list':
      return <WorkshopListScreen view="list" />;
    case 'trash':
      return <WorkshopListScreen view="trash" />;
    case 'planner':
      return <PlannerScreen key={route.workshopId} workshopId={route.workshopId} />;
    case 'present':
      return <PresenterScreen key={route.workshopId} workshopId={route.workshopId} />;
    case 'participate':
      return <ParticipateScreen key={route.workshopId} workshopId={route.workshopId} />;
    case 'run':
      return <RunConsoleScreen key={route.workshopId} workshopId={route.workshopId} />;
    case 'export':
      return <ExportScreen key={route.workshopId} workshopId={route.workshopId} />;
    case 'series':
      return <SeriesScreen key={route.seriesId} seriesId={route.seriesId} />;
    default:
      return <NotFoundScreen />;
  }
}

/** The skip link must not change the hash route. */
function skipToMain(e: MouseEvent) {
  e.preventDefault();
  const main = document.getElementById('main');
  main?.focus();
}
