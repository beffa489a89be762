import type { RouteDef } from './route';

/** History, feed and settings screens (tabs `/history`, `/feed`, `/settings`, and their details). */
export const historyRoutes: RouteDef[] = [];
