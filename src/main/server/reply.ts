import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/api/result';

/** End a response with a status, a content type and a body. */
export function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.end(body);
}

export const plain = (res: ServerResponse, status: number, text: string): void => send(res, status, 'text/plain; charset=utf-8', text);

export const json = (res: ServerResponse, status: number, value: unknown): void => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

/** Refuse a request in the API's error shape, { ok: false, error: { code, message } }, as JSON. */
export const refuse = (res: ServerResponse, status: number, code: ErrorCode, message: string): void =>
  json(res, status, { ok: false, error: { code, message } });
