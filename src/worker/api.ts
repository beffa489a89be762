import type { DependencyHandlers } from './handlers/dependencies';
import type { LibraryHandlers } from './handlers/library';
import type { StarterPackHandlers } from './handlers/starter-pack';
import type { SyncHandlers } from './handlers/sync';
import type { SystemHandlers } from './handlers/system';

/** Everything the main thread may ask of the worker: one object argument, one promise each. */
export type WorkerApi = SystemHandlers & LibraryHandlers & StarterPackHandlers & SyncHandlers & DependencyHandlers;

export type { ExerciseDetail, ExercisePage, ExerciseQuery, ExerciseSummary, LibraryFacets } from './handlers/library';
export type { PackImportReport, TemplateDependencyState } from './handlers/dependencies';
export type { StarterPackReport } from './handlers/starter-pack';
export type { WorkerStatus } from './handlers/system';
export type { WorkerEvent, WorkerEventMap, WorkerListener } from './events';
export type { WorkerError } from './errors';
