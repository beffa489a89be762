export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function startStaticServer(options: { root: string; host?: string; port?: number }): Promise<RunningServer>;
