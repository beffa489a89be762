/// <reference lib="webworker" />
import { expose } from 'comlink';
import { createWorkerApi } from './create-api';
import { createWorkerContext } from './create-context';

// The worker's entry: it alone owns the IndexedDB database and the relay connections.
expose(createWorkerApi(createWorkerContext()));
