// Every operation and event name, as plain data. The preload imports only
// this file (no zod) to build its allow-list; the contract must cover
// exactly these names, which the compiler checks.

export const OP_NAMES = [
  'app:info',
  'workshop:list',
  'workshop:listTrash',
  'workshop:get',
  'workshop:create',
  'workshop:createSample',
  'workshop:update',
  'workshop:duplicate',
  'workshop:trash',
  'workshop:restore',
  'workshop:purge',
  'participant:add',
  'participant:addMany',
  'participant:update',
  'participant:remove',
  'activity:add',
  'activity:update',
  'activity:duplicate',
  'activity:remove',
  'activity:reorder',
  'actionItem:add',
  'actionItem:update',
  'actionItem:remove',
  'run:get',
  'run:start',
  'run:goto',
  'run:next',
  'run:previous',
  'run:end',
  'run:timer',
  'run:set',
  'run:setBoard',
  'run:resetResponses',
  'activity:results',
  'response:submit',
  'response:mine',
] as const;
export type OpName = (typeof OP_NAMES)[number];

export const EVENT_NAMES = ['workshops:changed', 'workshop:changed', 'run:changed', 'responses:changed'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && (OP_NAMES as readonly string[]).includes(name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}
