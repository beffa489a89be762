import type { RouteDef } from './route';

/** Templates and the active workout (tab `/workout`, template detail, editor, shared links). */
export const workoutRoutes: RouteDef[] = [];
