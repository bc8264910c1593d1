// Every operation and event name, as plain data. The preload imports only
// this file (no zod) to build its allow-list; the contract must cover
// exactly these names, which the compiler checks.

export const CORE_OP_NAMES = [
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
  'workshop:import',
  'workshop:anonymise',
  'workshop:answerCounts',
  'workshop:brand',
  'workshop:setLogo',
  'workshop:clearLogo',
  'workshop:applyBrandDefault',
  'settings:getBrandDefault',
  'settings:saveBrandDefault',
  'settings:clearBrandDefault',
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
  'run:page',
  'run:presenterPages',
  'activity:results',
  'response:submit',
  'response:mine',
  'handover:list',
  'handover:done',
  'handover:checkPin',
  'handover:openWithoutPin',
  'privacyLog:list',
  // Templates
  'template:list',
  'template:saveFromWorkshop',
  'template:createWorkshop',
  'template:export',
  'template:import',
  'template:remove',
  // Series
  'series:list',
  'series:get',
  'series:create',
  'series:rename',
  'series:delete',
  'workshop:setSeries',
  'series:nextWorkshop',
  'series:export',
  'series:import',
  // Commitments review (#18)
  'review:status',
  'review:pull',
  'review:mark',
  // Series trends (#18)
  'series:trends',
  // Messaging brainstorm (#18)
  'messaging:seeds',
] as const;
export type CoreOpName = (typeof CORE_OP_NAMES)[number];

/** Operations on the room for phones: served next to the core, because they open a network server. */
export const ROOM_OP_NAMES = ['room:open', 'room:close', 'room:status', 'room:hosts'] as const;
export type RoomOpName = (typeof ROOM_OP_NAMES)[number];

/** Operations on the desktop shell's windows: answered by Electron, refused in browser mode. */
export const SHELL_OP_NAMES = ['window:openPresenter', 'export:save'] as const;
export type ShellOpName = (typeof SHELL_OP_NAMES)[number];

/** Exports (the PDF renders in a worker thread): prepared beside the core, like the room. */
export const EXPORT_OP_NAMES = ['export:prepare'] as const;
export type ExportOpName = (typeof EXPORT_OP_NAMES)[number];

export const OP_NAMES = [...CORE_OP_NAMES, ...ROOM_OP_NAMES, ...SHELL_OP_NAMES, ...EXPORT_OP_NAMES] as const;
export type OpName = CoreOpName | RoomOpName | ShellOpName | ExportOpName;

export const EVENT_NAMES = ['workshops:changed', 'workshop:changed', 'run:changed', 'responses:changed', 'room:changed'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && (OP_NAMES as readonly string[]).includes(name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}

export function isRoomOpName(name: unknown): name is RoomOpName {
  return typeof name === 'string' && (ROOM_OP_NAMES as readonly string[]).includes(name);
}

export function isShellOpName(name: unknown): name is ShellOpName {
  return typeof name === 'string' && (SHELL_OP_NAMES as readonly string[]).includes(name);
}

export function isExportOpName(name: unknown): name is ExportOpName {
  return typeof name === 'string' && (EXPORT_OP_NAMES as readonly string[]).includes(name);
}
