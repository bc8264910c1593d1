import {
  DndContext,
  DragOverlay,
  MouseSensor,
  TouchSensor,
  KeyboardSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { CARDS, COLUMNS } from './cards';

// A minimal React + dnd-kit board with the same cards: no memoisation, no menus, no notes;
// dnd-kit's defaults except the sensors, which match the app's.
const ZONES = [{ id: 'unsorted', text: 'Unsorted' }, ...COLUMNS];
const card = {
  padding: '10px 12px',
  margin: '0 0 8px',
  background: '#fff',
  border: '1px solid #ccd',
  borderRadius: 10,
  listStyle: 'none',
  font: '16px system-ui',
};

function Card({ id, text }: { id: string; text: string }) {
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id });
  return (
    <li ref={setNodeRef} data-testid="card" data-card-id={id} style={{ ...card, opacity: isDragging ? 0.4 : 1 }} {...listeners} {...attributes}>
      <span className="cgv-card-text">{text}</span>
    </li>
  );
}

function Zone({ id, text, children, pile }: { id: string; text: string; children: ReactNode; pile: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <section
      ref={setNodeRef}
      data-testid="drop-zone"
      data-zone-id={id}
      style={{ flex: 1, minHeight: 200, padding: 10, border: `2px dashed ${isOver ? '#36c' : '#aab'}`, borderRadius: 14 }}
    >
      <h3 style={{ margin: '0 0 8px', font: '600 18px system-ui' }}>{text}</h3>
      <ul
        style={{
          margin: 0,
          padding: 0,
          ...(pile
            ? { maxHeight: 'min(38vh, 420px)', overflowY: 'auto', display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: 8 }
            : {}),
        }}
      >
        {children}
      </ul>
    </section>
  );
}

function Board() {
  const [where, setWhere] = useState<Record<string, string>>({});
  const [active, setActive] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 5 } }),
    useSensor(KeyboardSensor),
  );
  const onDragEnd = (e: DragEndEvent) => {
    setActive(null);
    if (e.over) setWhere((w) => ({ ...w, [String(e.active.id)]: String(e.over!.id) }));
  };
  const zone = (z: { id: string; text: string }) => (
    <Zone key={z.id} id={z.id} text={z.text} pile={z.id === 'unsorted'}>
      {CARDS.filter((c) => (where[c.id] ?? 'unsorted') === z.id).map((c) => (
        <Card key={c.id} id={c.id} text={c.text} />
      ))}
    </Zone>
  );
  return (
    <DndContext sensors={sensors} onDragStart={(e) => setActive(String(e.active.id))} onDragEnd={onDragEnd} onDragCancel={() => setActive(null)}>
      <div style={{ padding: 16, display: 'flex', flexDirection: 'column', gap: 16 }}>
        {zone(ZONES[0]!)}
        <div style={{ display: 'flex', gap: 16 }}>{ZONES.slice(1).map(zone)}</div>
      </div>
      <DragOverlay>{active ? <div style={card}>{CARDS.find((c) => c.id === active)?.text}</div> : null}</DragOverlay>
    </DndContext>
  );
}

createRoot(document.getElementById('root')!).render(<Board />);
