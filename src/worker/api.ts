import type { AccountHandlers } from './handlers/account';
import type { DependencyHandlers } from './handlers/dependencies';
import type { FeedHandlers } from './handlers/feed';
import type { HistoryHandlers } from './handlers/history';
import type { WorkoutHandlers } from './handlers/workouts';
import type { SettingsHandlers } from './handlers/settings';
import type { TemplateHandlers } from './handlers/templates';
import type { LibraryHandlers } from './handlers/library';
import type { ExerciseHandlers } from './handlers/exercises';
import type { MediaHandlers } from './handlers/media';
import type { OfflineHandlers } from './handlers/offline';
import type { OutboxHandlers } from './handlers/outbox';
import type { RepositoryHandlers } from './handlers/repository';
import type { StarterPackHandlers } from './handlers/starter-pack';
import type { SyncHandlers } from './handlers/sync';
import type { SystemHandlers } from './handlers/system';
import type { TrainingImportHandlers } from './handlers/training-import-types';

/** Everything the main thread may ask of the worker: one object argument, one promise each. */
export type WorkerApi = SystemHandlers &
  LibraryHandlers &
  StarterPackHandlers &
  SyncHandlers &
  DependencyHandlers &
  RepositoryHandlers &
  OutboxHandlers &
  AccountHandlers &
  TemplateHandlers &
  FeedHandlers &
  SettingsHandlers &
  WorkoutHandlers &
  HistoryHandlers &
  MediaHandlers &
  OfflineHandlers &
  ExerciseHandlers &
  TrainingImportHandlers;

export type { ExerciseDetail, ExercisePage, ExerciseQuery, ExerciseSummary, LibraryFacets } from './handlers/library';
export type { MissingExercise, PackImportReport, TemplateDependencyState } from './handlers/dependencies';
export type { MissingFetchReport } from './repository/missing-exercises';
export type { StarterPackReport } from './handlers/starter-pack';
export type { OutboxItem, OutboxRelayState } from './handlers/outbox';
export type { Diagnostics } from './handlers/repository';
export type { FeedItem, FeedPage } from './handlers/feed';
export type { ExerciseHistory, ExerciseSession } from './handlers/history';
export type { FinishedReport } from './handlers/workouts';
export type { Preferences } from './handlers/settings';
export type { TemplateDetail, TemplateExercise, TemplateScope, TemplateSummary } from './handlers/templates';
export type { RecordExercise, RecordSummary } from './queries/record-summaries';
export type { AccountState, AccountType, LostAccount } from './signer/account';
export type { EventDraft, ExtensionBridge } from './signer/signer';
export type { LoadMetricsSnapshot, LoadOutcome } from './repository/load-metrics';
export type { RelayConnectionState } from './relay/relay-gateway';
export type { WorkerStatus } from './handlers/system';
export type { WorkerEvent, WorkerEventMap, WorkerListener } from './events';
export type { WorkerError } from './errors';
export type { MediaAnswer, MediaPurpose } from './handlers/media';
export type { TemplateOfflineState } from './handlers/offline';
export type { StorageBudgetState } from './storage/storage-budget';
export type { MediaRef } from '../domain/imeta';
export type { ExerciseDefinition } from '../domain/exercise';
export type { MappingChoice, TrainingImportPreview, TrainingImportProgress } from './handlers/training-import-types';
export type { MappingEntry, MatchedExercise } from '../domain/exercise-mapping/map-exercises';
