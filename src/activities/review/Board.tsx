import { useId, useState } from 'react';
import type { I18n } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { msg, plural } from '@lingui/core/macro';
import { REVIEW_REASON_MAX, REVIEW_STATUSES, type ReviewSource, type ReviewStatus } from '../../shared/review';
import type { BoardViewProps, ReviewPort } from '../view-types';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { Surface } from '../kit/views/surface';
import { readReviewBoard, type ReviewBoard, type ReviewItem } from './board';
import type { ReviewConfig } from './definition';
import { headline } from './summary';
import { fromWords, headlineWords, SHORT_STATUS, STATUS_WORDS } from './room-words';
import { inSentence } from '../in-sentence';
import { longDay } from '../room-dates';
import { FollowThroughList } from './FollowThroughList';
import './review.css';

/** Why there is nothing to review, in words: not in a series, or the first workshop of it. */
function emptyWhy(i18n: I18n, source: ReviewSource): string | null {
  if (!source.series)
    return i18n._(
      msg`This workshop is in no series, so there are no earlier workshops to look back on. Put it in a series from the workshop list, and the open commitments of the workshops before it come in here.`,
    );
  const series = source.series.title;
  if (source.earlier === 0)
    return i18n._(
      msg`This is the first workshop of “${series}”: nothing to look back on yet. What is committed to today comes back in the next workshop’s review.`,
    );
  return null;
}

/** The console's review: bring in open commitments from earlier workshops, and mark each with the room. */
export function ReviewBoardView({ activity, board: raw, announce, review, trends }: BoardViewProps<ReviewConfig, never, ReviewBoard>) {
  const { items } = readReviewBoard(raw);
  const [busy, setBusy] = useState(false);
  const { t, i18n } = useLingui();
  if (!review)
    return (
      <p className="hint">
        <Trans>Open this review in the run console to mark its commitments.</Trans>
      </p>
    );
  const source = review.source;
  const why = source && items.length === 0 ? emptyWhy(i18n, source) : null;
  const seriesTitle = source?.series?.title ?? '';
  const newItems = source?.newItems ?? 0;
  const head = headline(items);
  const bringIn = async () => {
    setBusy(true);
    try {
      await review.pull();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Surface kind="console" className="cgr-board">
      {items.length > 0 ? (
        <p className="cgr-headline" data-testid="review-console-headline">
          {headlineWords(i18n, head)}
        </p>
      ) : null}
      <FollowThroughList trends={trends} workshopId={activity.workshopId} className="cgr-follow-console" />
      {why ? (
        <div className="cgr-empty" role="status">
          <p className="cgr-empty-title">
            <Trans>Nothing to review here</Trans>
          </p>
          <p>{why}</p>
        </div>
      ) : source && items.length === 0 && source.newItems === 0 ? (
        <p className="cgr-empty" role="status">
          <Trans>Every commitment from the earlier workshops of “{seriesTitle}” is done or dropped. Nothing is carried over.</Trans>
        </p>
      ) : null}
      {source && source.newItems > 0 ? (
        <Button variant={items.length ? 'secondary' : 'primary'} icon="plus" busy={busy} onClick={() => void bringIn()}>
          {t`Bring in ${plural(newItems, { one: '# open commitment', other: '# open commitments' })} from earlier workshops`}
        </Button>
      ) : null}
      {items.length > 0 ? (
        <ol className="cgr-items" aria-label={t`Commitments to review`}>
          {items.map((item) => (
            <ReviewRow key={item.id} item={item} port={review} announce={announce} />
          ))}
        </ol>
      ) : null}
    </Surface>
  );
}

function ReviewRow({ item, port, announce }: { item: ReviewItem; port: ReviewPort; announce(message: string): void }) {
  const id = useId();
  const { t, i18n } = useLingui();
  const lower = (s: ReviewStatus) => inSentence(i18n.locale, i18n._(STATUS_WORDS[s]));
  const what = item.what.slice(0, 60);
  const from = fromWords(i18n, item);
  const [reason, setReason] = useState(item.reason);
  const [owner, setOwner] = useState(item.owner);
  // Shown at once on a click or an arrow key, put back if the core refuses it.
  const [status, setStatus] = useState(item.status);
  const [error, setError] = useState<string | null>(null);
  // A mark saved elsewhere (another console) shows here once this field is not being edited.
  const [seen, setSeen] = useState(item);
  if (seen !== item) {
    setSeen(item);
    if (seen.reason !== item.reason) setReason(item.reason);
    if (seen.owner !== item.owner) setOwner(item.owner);
    if (seen.status !== item.status) setStatus(item.status);
  }
  const beforeStatus = item.before ? lower(item.before.status) : '';
  const beforeAt = item.before?.at.title ?? '';
  const save = async (patch: Parameters<ReviewPort['mark']>[1], said: string) => {
    const why = await port.mark(item.id, patch);
    setError(why);
    if (why) setStatus(item.status);
    announce(why ?? said);
  };
  return (
    <li className={`cgr-item cgr-status-${status ?? 'none'}`} aria-labelledby={`${id}-what`}>
      <p className="cgr-what" id={`${id}-what`}>
        {item.what}
      </p>
      <p className="cgr-from">
        <Trans>From {from}</Trans>
        {item.before ? (
          <>
            {' '}
            · {t`${beforeStatus} at ${beforeAt}`}
            {item.before.reason ? `: ${item.before.reason}` : ''}
          </>
        ) : null}
      </p>
      <fieldset className="cgr-marks">
        <legend className="cgr-marks-legend">
          <Trans>How did it go?</Trans>
        </legend>
        {REVIEW_STATUSES.map((s) => (
          <label key={s} className={`cgr-mark cgr-mark-${s}`}>
            <input
              type="radio"
              name={`${id}-status`}
              value={s}
              checked={status === s}
              onChange={() => {
                setStatus(s);
                const mark = lower(s);
                void save({ status: s }, t`“${what}”: ${mark}.`);
              }}
            />
            <span>{i18n._(SHORT_STATUS[s])}</span>
          </label>
        ))}
      </fieldset>
      <div className="cgr-fields">
        <TextField
          label={t`Why (optional)`}
          value={reason}
          maxLength={REVIEW_REASON_MAX}
          fieldClassName="cgr-reason"
          onChange={(e) => setReason(e.target.value)}
          onBlur={() => (reason !== item.reason ? void save({ reason }, t`Reason saved.`) : undefined)}
        />
        <TextField
          label={t`Owner`}
          value={owner}
          maxLength={120}
          onChange={(e) => setOwner(e.target.value)}
          onBlur={() => (owner !== item.owner ? void save({ owner }, owner ? t`Owner changed to ${owner}.` : t`Owner removed.`) : undefined)}
        />
        <TextField
          label={t`Due`}
          type="date"
          value={item.due ?? ''}
          hint={item.due ? undefined : t`No date yet`}
          onChange={(e) => {
            const due = e.target.value ? longDay(i18n, e.target.value) : null;
            void save({ due: e.target.value || null }, due ? t`Due ${due}.` : t`Due date cleared.`);
          }}
        />
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
