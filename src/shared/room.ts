import { z } from 'zod';

export const RoomInfo = z.object({
  workshopId: z.string(),
  /** The address phones use, and what it is (Wi-Fi, hotspot...). */
  host: z.string(),
  hostLabel: z.string(),
  port: z.number().int(),
  origin: z.string(),
  /** The link in the QR code: carries the room's 256-bit token. */
  joinUrl: z.string(),
  /** For people who type: the origin plus this code. */
  joinCode: z.string(),
  qrSvg: z.string(),
  allowSelfAdd: z.boolean(),
  /** Names added from phones in this workshop, and how many may be (the facilitator can raise it). */
  selfAdded: z.number().int(),
  selfAddLimit: z.number().int(),
  connections: z.number().int(),
  hosts: z.array(z.object({ address: z.string(), label: z.string() })),
});
export type RoomInfo = z.infer<typeof RoomInfo>;
