/** The one shape of an error that crosses the worker boundary. */
export interface WorkerError {
  type: string;
  message: string;
}

export class WorkerFailure extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof WorkerFailure) return { type: error.type, message: error.message };
  if (error instanceof Error) return { type: error.name || 'Error', message: error.message };
  return { type: 'Error', message: String(error) };
}

export function isWorkerError(value: unknown): value is WorkerError {
  return typeof value === 'object' && value !== null && 'type' in value && 'message' in value;
}
