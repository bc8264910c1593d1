import { useId, useState } from 'react';
import { REVIEW_REASON_MAX, REVIEW_STATUSES, type ReviewSource, type ReviewStatus } from '../../shared/review';
import type { BoardViewProps, ReviewPort } from '../view-types';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { Surface } from '../kit/views/surface';
import { plural } from '../kit/numbers';
import { readReviewBoard, type ReviewBoard, type ReviewItem } from './board';
import type { ReviewConfig } from './definition';
import { dayMonth, fromWords, headline, STATUS_LABEL } from './summary';
import { FollowThroughList } from './FollowThroughList';
import './review.css';

/** Why there is nothing to review, in words: not in a series, or the first workshop of it. */
function emptyWhy(source: ReviewSource): string | null {
  if (!source.series)
    return 'This workshop is in no series, so there are no earlier workshops to look back on. Put it in a series from the workshop list, and the open commitments of the workshops before it come in here.';
  if (source.earlier === 0)
    return `This is the first workshop of “${source.series.title}”: nothing to look back on yet. What is committed to today comes back in the next workshop’s review.`;
  return null;
}

/** The console's review: bring in open commitments from earlier workshops, and mark each with the room. */
export function ReviewBoardView({ activity, board: raw, announce, review, trends }: BoardViewProps<ReviewConfig, never, ReviewBoard>) {
  const { items } = readReviewBoard(raw);
  const [busy, setBusy] = useState(false);
  if (!review) return <p className="hint">Open this review in the run console to mark its commitments.</p>;
  const source = review.source;
  const why = source && items.length === 0 ? emptyWhy(source) : null;
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
          {head.text}
        </p>
      ) : null}
      <FollowThroughList trends={trends} workshopId={activity.workshopId} className="cgr-follow-console" />
      {why ? (
        <div className="cgr-empty" role="status">
          <p className="cgr-empty-title">Nothing to review here</p>
          <p>{why}</p>
        </div>
      ) : source && items.length === 0 && source.newItems === 0 ? (
        <p className="cgr-empty" role="status">
          Every commitment from the earlier workshops of “{source.series?.title}” is done or dropped. Nothing is carried over.
        </p>
      ) : null}
      {source && source.newItems > 0 ? (
        <Button variant={items.length ? 'secondary' : 'primary'} icon="plus" busy={busy} onClick={() => void bringIn()}>
          Bring in {plural(source.newItems, 'open commitment', 'open commitments')} from earlier workshops
        </Button>
      ) : null}
      {items.length > 0 ? (
        <ol className="cgr-items" aria-label="Commitments to review">
          {items.map((item) => (
            <ReviewRow key={item.id} item={item} port={review} announce={announce} />
          ))}
        </ol>
      ) : null}
    </Surface>
  );
}

const SHORT: Record<ReviewStatus, string> = { done: 'Done', partly: 'Partly', notDone: 'Not done', dropped: 'Dropped' };

function ReviewRow({ item, port, announce }: { item: ReviewItem; port: ReviewPort; announce(message: string): void }) {
  const id = useId();
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
        From {fromWords(item)}
        {item.before ? (
          <>
            {' '}
            · {STATUS_LABEL[item.before.status].toLowerCase()} at {item.before.at.title}
            {item.before.reason ? `: ${item.before.reason}` : ''}
          </>
        ) : null}
      </p>
      <fieldset className="cgr-marks">
        <legend className="cgr-marks-legend">How did it go?</legend>
        {REVIEW_STATUSES.map((s) => (
          <label key={s} className={`cgr-mark cgr-mark-${s}`}>
            <input
              type="radio"
              name={`${id}-status`}
              value={s}
              checked={status === s}
              onChange={() => {
                setStatus(s);
                void save({ status: s }, `“${item.what.slice(0, 60)}”: ${STATUS_LABEL[s].toLowerCase()}.`);
              }}
            />
            <span>{SHORT[s]}</span>
          </label>
        ))}
      </fieldset>
      <div className="cgr-fields">
        <TextField
          label="Why (optional)"
          value={reason}
          maxLength={REVIEW_REASON_MAX}
          fieldClassName="cgr-reason"
          onChange={(e) => setReason(e.target.value)}
          onBlur={() => (reason !== item.reason ? void save({ reason }, 'Reason saved.') : undefined)}
        />
        <TextField
          label="Owner"
          value={owner}
          maxLength={120}
          onChange={(e) => setOwner(e.target.value)}
          onBlur={() => (owner !== item.owner ? void save({ owner }, `Owner changed to ${owner || 'nobody'}.`) : undefined)}
        />
        <TextField
          label="Due"
          type="date"
          value={item.due ?? ''}
          hint={item.due ? undefined : 'No date yet'}
          onChange={(e) => void save({ due: e.target.value || null }, e.target.value ? `Due ${dayMonth(e.target.value)}.` : 'Due date cleared.')}
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
