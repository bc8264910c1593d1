import { memo, useId, useMemo, useRef, useState } from 'react';
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { loadCatalog, loadedCatalog } from '../../i18n/catalogs';
import { roomLocale } from '../../i18n/interface-language';
import type { ActivityResults } from '../../../shared/api/contract';
import type { ActionItem, Activity } from '../../../shared/domain';
import { useApp, useAppStore } from '../../app/store-context';
import { Button } from '../../../ui/Button';
import { useAnnounce } from '../../components/run/live-announcer';
import { StillResults, type StillBackground } from '../present/StillResults';
import { clipboardProblem, copyPngToClipboard, countStillPages, downloadPng, renderStillPng, resultsImageName } from './results-image';
import './results-image.css';

interface Props {
  activity: Activity;
  results: ActivityResults;
  board?: unknown;
  actionItems?: readonly ActionItem[];
}

const BACKGROUNDS: readonly { value: StillBackground; label: MessageDescriptor }[] = [
  { value: 'white', label: msg`White` },
  { value: 'dark', label: msg`Dark` },
];

const isDesktop = () => typeof window !== 'undefined' && 'commonGround' in window;

/**
 * "Copy as image" and "Save as PNG" for the results on the console: the projector's results
 * view at 1920×1080 on white or dark (results-image.ts), with the projector's privacy rules.
 * A result longer than one projector screen is one picture per page: "Page" picks which
 * (one image fits the clipboard and a slide; one file per press, never a burst of downloads).
 */
export const ResultsImageMenu = memo(function ResultsImageMenu({ activity, results, board, actionItems }: Props) {
  const store = useAppStore();
  const workshopTitle = useApp((s) => s.runView.detail?.workshop.title ?? '');
  // The picture is what the room sees: in the workshop's language, whatever the console's is.
  const language = roomLocale(useApp((s) => s.runView.detail?.workshop.language ?? 'en'));
  const { t, i18n } = useLingui();
  const reason = (error: unknown) => (error instanceof Error && error.message ? error.message : t`something went wrong`);
  const announce = useAnnounce();
  const name = useId();
  const [background, setBackground] = useState<StillBackground>('white');
  const [working, setWorking] = useState<'copy' | 'save' | null>(null);
  const busy = useRef(false);
  // What the picture shows: a new answer, board or title is new content with pages not yet measured.
  const content = useMemo(() => ({ activity, results, board, actionItems }), [activity, results, board, actionItems]);
  const [measured, setMeasured] = useState<{ content: object; pages: number } | null>(null);
  const pages = measured?.content === content ? measured.pages : null;
  const [page, setPage] = useState(1);
  const shownPage = Math.min(page, pages ?? 1);
  const measuring = useRef<object | null>(null);

  const toast = (tone: 'success' | 'error', message: string) => store.getState().pushToast({ tone, message });
  const still = (bg: StillBackground, p: number) => (
    <StillResults
      workshopTitle={workshopTitle}
      activity={activity}
      results={results}
      board={board}
      actionItems={actionItems}
      background={bg}
      page={p}
      language={language}
    />
  );
  /** The room's catalog first: at once when loaded (the console's thumbnail usually has), so drawing starts in the press itself. */
  const whenReady = <T,>(draw: () => Promise<T>): Promise<T> => (loadedCatalog(language) ? draw() : loadCatalog(language).then(draw, draw));
  const learn = (n: number) => setMeasured({ content, pages: n });
  const pageOf = (p: number, n: number) => {
    const page = i18n.number(p);
    const count = i18n.number(n);
    return t`${page} of ${count}`;
  };
  const ofPages = (p: number, n: number) => {
    if (n <= 1) return '';
    const page = i18n.number(p);
    const pages = i18n.number(n);
    return ' ' + t`(page ${page} of ${pages}; pick another page under Page for the rest)`;
  };

  /** Measure the pages once the facilitator reaches for the menu, so "Page" is there before a press. */
  const prefetchPages = () => {
    if (pages !== null || measuring.current === content) return;
    measuring.current = content;
    whenReady(() => countStillPages(still(background, 1)))
      .then((n) => setMeasured((m) => (m?.content === content ? m : { content, pages: n })))
      .catch(() => undefined);
  };

  const start = (kind: 'copy' | 'save') => {
    if (busy.current) return false;
    busy.current = true;
    setWorking(kind);
    announce(t`Making a 1920 by 1080 picture of the results…`);
    return true;
  };
  const done = () => {
    busy.current = false;
    setWorking(null);
  };

  function copy() {
    if (busy.current) return;
    const problem = clipboardProblem();
    if (problem) {
      toast('error', i18n._(problem));
      return;
    }
    if (!start('copy')) return;
    const image = whenReady(() => renderStillPng(still(background, shownPage), background, shownPage));
    image.catch(() => undefined);
    copyPngToClipboard(image.then((i) => i.blob))
      .then(async () => {
        const i = await image;
        learn(i.pages);
        const more = ofPages(i.page, i.pages);
        toast('success', t`Copied — paste into your slides${more}.`);
      })
      .catch((error: unknown) => {
        const problem = reason(error);
        const refused = error instanceof DOMException && error.name === 'NotAllowedError';
        toast(
          'error',
          refused
            ? t`The clipboard refused the image (the browser did not allow it). Use Save as PNG instead.`
            : t`The image could not be copied: ${problem}. Try again, or use Save as PNG.`,
        );
      })
      .finally(done);
  }

  async function save() {
    if (!start('save')) return;
    try {
      const i = await whenReady(() => renderStillPng(still(background, shownPage), background, shownPage));
      learn(i.pages);
      const fileName = resultsImageName(workshopTitle, activity.title, i);
      downloadPng(i.blob, fileName);
      const more = ofPages(i.page, i.pages);
      toast('success', isDesktop() ? t`Saving ${fileName}: choose where${more}.` : t`Saved ${fileName} to your downloads${more}.`);
    } catch (error) {
      const problem = reason(error);
      toast('error', t`The image could not be made: ${problem}. Try again.`);
    } finally {
      done();
    }
  }

  return (
    <div className="results-image" role="group" aria-label={t`Results as an image for slides`} onPointerEnter={prefetchPages} onFocus={prefetchPages}>
      <fieldset className="results-image-bg">
        <legend className="results-image-legend">
          <Trans>Background</Trans>
        </legend>
        {BACKGROUNDS.map((b) => (
          <label key={b.value} className="results-image-choice">
            <input type="radio" name={name} value={b.value} checked={background === b.value} onChange={() => setBackground(b.value)} />
            {i18n._(b.label)}
          </label>
        ))}
      </fieldset>
      <Button size="sm" icon="copy" busy={working === 'copy'} aria-disabled={working ? true : undefined} onClick={copy}>
        <Trans>Copy as image</Trans>
      </Button>
      <Button size="sm" icon="down" busy={working === 'save'} aria-disabled={working ? true : undefined} onClick={() => void save()}>
        <Trans>Save as PNG</Trans>
      </Button>
      {pages !== null && pages > 1 ? (
        <label className="results-image-page">
          <Trans>Page</Trans>
          <select className="input select results-image-select" value={shownPage} onChange={(e) => setPage(Number(e.target.value))}>
            {Array.from({ length: pages }, (_, k) => (
              <option key={k + 1} value={k + 1}>
                {pageOf(k + 1, pages)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
});
