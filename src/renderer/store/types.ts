import type { I18n } from '@lingui/core';
import type { StateCreator } from 'zustand';
import type { ApiClient } from '../../shared/api/contract';
import type { SeriesUploader, WorkshopUploader } from '../api/import-upload';
import type { WorkshopsSlice } from './workshops-slice';
import type { PlannerSlice } from './planner-slice';
import type { SaveSlice } from './save-slice';
import type { ToastsSlice } from './toasts-slice';
import type { RunSlice } from './run-slice';
import type { ExportSlice } from './export-slice';
import type { TemplatesSlice } from './templates-slice';
import type { AnonymiseSlice } from './anonymise-slice';
import type { RoomPrivacySlice } from './room-privacy-slice';
import type { BrandSlice } from './brand-slice';
import type { SeriesSlice } from './series-slice';
import type { ReviewSlice } from './review-slice';
import type { MessagingSlice } from './messaging-slice';

export type AppState = WorkshopsSlice &
  PlannerSlice &
  SaveSlice &
  ToastsSlice &
  RunSlice &
  ExportSlice &
  TemplatesSlice &
  AnonymiseSlice &
  RoomPrivacySlice &
  BrandSlice &
  SeriesSlice &
  ReviewSlice &
  MessagingSlice;

/** A slice sees the whole store; middleware (if any) is applied only at the root. */
export type Slice<T> = StateCreator<AppState, [], [], T>;

export interface StoreDeps {
  api: ApiClient;
  /** First retry delay after a transport failure; doubles up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Browser mode: workshop files go over HTTP with progress (the socket caps messages at 1 MiB). Absent in the desktop app. */
  uploadWorkshop?: WorkshopUploader;
  /** Browser mode: series files the same way (a series file holds all its workshops). */
  uploadSeries?: SeriesUploader;
  /** Run `off` when the store is disposed: every `api.on` a slice makes is handed here, so none outlives the store. */
  onDispose(off: () => void): void;
  /** The facilitator's interface language, for what the store says (toasts, errors): read at the moment it speaks. */
  i18n(): I18n;
}
