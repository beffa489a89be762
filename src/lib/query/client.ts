import { QueryClient } from './query-client';

/** The page's one query cache. */
export const queryClient = new QueryClient();
