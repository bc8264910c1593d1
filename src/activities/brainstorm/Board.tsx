import { DndContext, DragOverlay, useDroppable, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { ph } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { memo, useEffect, useId, useMemo, useState } from 'react';
import type { BoardViewProps } from '../view-types';
import type { BrainstormBoard, BrainstormConfig } from './definition';
import type { BrainstormTally } from './logic';
import type { Team } from '../../shared/domain';
import { addCluster, mergeClusters, moveCard, newClusterId, nextGroupName, readBoard, renameCluster, ungroup, type Board } from './board';
import { screenReaderInstructions, buildAnnouncements, useDragSensors, zoneCollision, type ZoneData } from '../kit/views/dnd';
import { CardFace, DraggableCard, keepOutOfDrag, useLatestCallback, useSameWhile, zonesKey } from '../kit/views/DraggableCard';
import { DropZone } from '../kit/views/DropZone';
import { TeamMark } from '../kit/views/TeamMark';
import { visibleTeams } from '../kit/views/charts';
import { Surface, useReducedMotion } from '../kit/views/surface';

const LOOSE = 'ungrouped';
const NEW_GROUP = 'new-group';

export function BrainstormBoardView({ results, board: rawBoard, onChange, announce }: BoardViewProps<BrainstormConfig, BrainstormTally, BrainstormBoard>) {
  const { i18n, t } = useLingui();
  const board = readBoard(rawBoard);
  const cards = results.aggregate?.overall?.cards ?? [];
  // Team marks only for teams with enough people to hide in (as everywhere else): a mark on a small team's card names its author.
  const markable = new Set(visibleTeams(results).map((t) => t.team));
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusName, setFocusName] = useState<string | null>(null);
  const reducedMotion = useReducedMotion();
  const sensors = useDragSensors();

  const textOf = (key: UniqueIdentifier) => cards.find((c) => c.key === key)?.text ?? t`the card`;
  const zoneName = (id: UniqueIdentifier) =>
    id === LOOSE ? t`Not grouped` : id === NEW_GROUP ? t`a new group` : board.clusters.find((c) => c.id === id)?.name;
  const groupName = (n: number) => t`Group ${n}`;
  // Which group each card is in, worked out once per board (the board asks for every card of every group); the first group holding a card wins, as in clusterOf.
  const groupOfCard = useMemo(() => new Map([...board.clusters].reverse().flatMap((c) => c.cardKeys.map((k) => [k, c.id] as const))), [board]);
  const zoneOf = (key: string) => groupOfCard.get(key) ?? LOOSE;
  const inZone = (id: string) => cards.filter((c) => zoneOf(c.key) === id);

  useEffect(() => {
    if (!focusName) return;
    document.querySelector<HTMLInputElement>(`[data-zone-id="${CSS.escape(focusName)}"] .cgv-cluster-name`)?.select();
    setFocusName(null);
  }, [focusName]);

  function commit(next: Board, message: string) {
    onChange(next);
    announce(message);
  }

  function place(key: string, target: string) {
    if (target === NEW_GROUP) {
      const id = newClusterId();
      const name = nextGroupName(board, groupName);
      commit(addCluster(board, id, name, key), t`Made ${name} with ${ph({ card: textOf(key) })}.`);
      setFocusName(id);
      return;
    }
    if (zoneOf(key) === target) return;
    commit(moveCard(board, key, target === LOOSE ? null : target), t`Moved ${ph({ card: textOf(key) })} to ${ph({ group: zoneName(target) ?? '' })}.`);
  }

  const announcements = buildAnnouncements(
    {
      nameOf: textOf,
      placeOf: zoneName,
      positionOf: (active, over) => {
        if (over === NEW_GROUP) return null;
        const list = inZone(String(over));
        const already = list.some((c) => c.key === active);
        return { position: already ? list.findIndex((c) => c.key === active) + 1 : list.length + 1, of: list.length + (already ? 0 : 1) };
      },
      originOf: (active) => zoneName(zoneOf(String(active))) ?? t`Not grouped`,
    },
    i18n,
  );

  const onDragEnd = (e: DragEndEvent) => {
    setActiveId(null);
    if (e.over) place(String(e.active.id), String(e.over.id));
  };

  const destinationList = [
    { id: LOOSE, name: t`Not grouped` },
    ...board.clusters.map((c) => ({ id: c.id, name: c.name })),
    { id: NEW_GROUP, name: t`A new group` },
  ];
  const cardCount = cards.length;
  const groupCount = board.clusters.length;
  const destinations = useSameWhile(destinationList, zonesKey(destinationList)); // stable while the groups are: cards stay memoised
  const moveByMenu = useLatestCallback(place);

  const renderCards = (zoneId: string) => {
    const list = inZone(zoneId);
    return list.length > 0 ? (
      <ul className="cgv-card-list">
        {list.map((card) => (
          <BoardCard
            key={card.key}
            cardKey={card.key}
            text={card.text}
            team={markable.has(card.team) ? card.team : null}
            zoneId={zoneId}
            destinations={destinations}
            onMove={moveByMenu}
          />
        ))}
      </ul>
    ) : null;
  };

  return (
    <Surface kind="console" className="cgv-board">
      <div className="cgv-board-bar">
        <p className="cgv-muted">
          <Trans>
            <Plural value={cardCount} one="# card" other="# cards" /> · <Plural value={groupCount} one="# group" other="# groups" />. Drag cards into groups, or
            use “Move to”.
          </Trans>
        </p>
        <button
          type="button"
          className="cgv-btn cgv-btn-primary"
          onClick={() => {
            const id = newClusterId();
            const name = nextGroupName(board, groupName);
            commit(addCluster(board, id, name), t`Added ${name}.`);
            setFocusName(id);
          }}
        >
          + <Trans>New group</Trans>
        </button>
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={zoneCollision}
        onDragStart={(e) => setActiveId(String(e.active.id))}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
        accessibility={{ announcements, screenReaderInstructions: screenReaderInstructions(i18n) }}
      >
        <div className="cgv-board-grid">
          <DropZone
            id={LOOSE}
            zoneIndex={0}
            title={t`Not grouped`}
            count={inZone(LOOSE).length}
            className="cgv-zone-pile"
            empty={inZone(LOOSE).length === 0 ? t`Every card is in a group.` : undefined}
          >
            {renderCards(LOOSE)}
          </DropZone>
          {board.clusters.map((cluster, i) => (
            <DropZone
              key={cluster.id}
              id={cluster.id}
              zoneIndex={i + 1}
              title={<span className="cgv-sr">{cluster.name}</span>}
              actions={
                <ClusterTools
                  board={board}
                  id={cluster.id}
                  name={cluster.name}
                  count={inZone(cluster.id).length}
                  onRename={(name) => commit(renameCluster(board, cluster.id, name), t`Renamed the group to ${name}.`)}
                  onMerge={(into) =>
                    commit(mergeClusters(board, cluster.id, into), t`Merged ${ph({ group: cluster.name })} into ${ph({ into: zoneName(into) ?? '' })}.`)
                  }
                  onUngroup={() => commit(ungroup(board, cluster.id), t`Ungrouped ${ph({ group: cluster.name })}: its cards are back in Not grouped.`)}
                />
              }
              empty={inZone(cluster.id).length === 0 ? t`Drop cards here` : undefined}
            >
              {renderCards(cluster.id)}
            </DropZone>
          ))}
          <NewGroupZone index={board.clusters.length + 1} />
        </div>
        <DragOverlay dropAnimation={reducedMotion ? null : undefined}>{activeId ? <CardFace text={textOf(activeId)} lifted /> : null}</DragOverlay>
      </DndContext>
    </Surface>
  );
}

/** One card on the board, memoised: a drag or a move renders only the cards whose props changed. */
const BoardCard = memo(function BoardCard({
  cardKey,
  text,
  team,
  zoneId,
  destinations,
  onMove,
}: {
  cardKey: string;
  text: string;
  /** The author's team when it may be shown. */
  team: Team | null;
  zoneId: string;
  destinations: { id: string; name: string }[];
  onMove(cardKey: string, to: string): void;
}) {
  return (
    <DraggableCard id={cardKey} text={text} zoneId={zoneId} meta={team ? <TeamMark team={team} compact /> : undefined}>
      <MoveTo text={text} current={zoneId} destinations={destinations} onMove={(to) => onMove(cardKey, to)} />
    </DraggableCard>
  );
});

function NewGroupZone({ index }: { index: number }) {
  const data: ZoneData = { zoneIndex: index };
  const { setNodeRef, isOver } = useDroppable({ id: NEW_GROUP, data });
  return (
    <div ref={setNodeRef} data-testid="drop-zone" data-zone-id={NEW_GROUP} className={`cgv-zone cgv-zone-new${isOver ? ' cgv-zone-over' : ''}`}>
      <Trans>Drop a card here to start a new group</Trans>
    </div>
  );
}

function MoveTo({
  text,
  current,
  destinations,
  onMove,
}: {
  text: string;
  current: string;
  destinations: { id: string; name: string }[];
  onMove(id: string): void;
}) {
  const id = useId();
  const { t } = useLingui();
  return (
    <span className="cgv-move-to" {...keepOutOfDrag}>
      <label htmlFor={id} className="cgv-sr">
        <Trans>Move “{text}” to</Trans>
      </label>
      <select
        id={id}
        className="cgv-select"
        value=""
        onChange={(e) => {
          if (e.target.value) onMove(e.target.value);
        }}
      >
        <option value="">{t`Move to…`}</option>
        {destinations
          .filter((d) => d.id !== current)
          .map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
      </select>
    </span>
  );
}

function ClusterTools({
  board,
  id,
  name,
  count,
  onRename,
  onMerge,
  onUngroup,
}: {
  board: Board;
  id: string;
  name: string;
  count: number;
  onRename(name: string): void;
  onMerge(into: string): void;
  onUngroup(): void;
}) {
  const [draft, setDraft] = useState(name);
  const [prev, setPrev] = useState(name);
  if (prev !== name) {
    setPrev(name);
    setDraft(name);
  }
  const nameId = useId();
  const mergeId = useId();
  const { t } = useLingui();
  const others = board.clusters.filter((c) => c.id !== id);
  const finish = () => {
    const clean = draft.trim().slice(0, 80);
    if (!clean) setDraft(name);
    else if (clean !== name) onRename(clean);
  };
  return (
    <div className="cgv-cluster-tools">
      <label htmlFor={nameId} className="cgv-sr">
        <Trans>Group name</Trans>
      </label>
      <input
        id={nameId}
        className="cgv-input cgv-cluster-name"
        value={draft}
        maxLength={80}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={finish}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') setDraft(name);
        }}
      />
      <span className="cgv-cluster-actions">
        <span className="cgv-muted">
          <Plural value={count} one="# card" other="# cards" />
        </span>
        {others.length > 0 ? (
          <>
            <label htmlFor={mergeId} className="cgv-sr">
              <Trans>Merge {name} into</Trans>
            </label>
            <select id={mergeId} className="cgv-select" value="" onChange={(e) => e.target.value && onMerge(e.target.value)}>
              <option value="">{t`Merge into…`}</option>
              {others.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <button type="button" className="cgv-btn cgv-btn-quiet" onClick={onUngroup} aria-label={t`Ungroup ${name}`}>
          <Trans>Ungroup</Trans>
        </button>
      </span>
    </div>
  );
}
