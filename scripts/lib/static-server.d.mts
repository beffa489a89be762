export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** `connect`: origins added to the Content-Security-Policy's connect-src (loopback on any port by default). */
export function startStaticServer(options: { root: string; host?: string; port?: number; connect?: string[] }): Promise<RunningServer>;
