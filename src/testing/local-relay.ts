import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface LocalRelay {
  url: string;
  stop(): Promise<void>;
}

export interface LocalRelayOptions {
  /** Seed files loaded before the relay accepts connections (JSON array, `{ events }` or NDJSON pack). */
  seed?: string[];
  /** SQLite file; a fresh one in a temporary directory (removed on stop) by default. */
  dbPath?: string;
  /** A fixed port (to bring a relay "back" where clients expect it); a free one by default. */
  port?: number;
}

const RELAY_SCRIPT = fileURLToPath(new URL('../../scripts/relay.mjs', import.meta.url));
const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;

/** Starts scripts/relay.mjs as a real child process on a free port and resolves once it listens. */
export async function startLocalRelay(opts: LocalRelayOptions = {}): Promise<LocalRelay> {
  const { dbPath, tempDir } = opts.dbPath ? { dbPath: opts.dbPath, tempDir: undefined } : freshTempDb();
  const args = [RELAY_SCRIPT, '--port', String(opts.port ?? 0), '--db', dbPath, ...(opts.seed ?? []).flatMap((file) => ['--seed', file])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });

  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  // A test run that ends without calling stop() must not leave relays behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const cleanUp = () => {
    process.off('exit', killOnExit);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    const url = await waitForUrl(child, () => stderr);
    return {
      url,
      stop: async () => {
        await stopChild(child);
        cleanUp();
      },
    };
  } catch (error) {
    await stopChild(child);
    cleanUp();
    throw error;
  }
}

function freshTempDb(): { dbPath: string; tempDir: string } {
  const tempDir = mkdtempSync(join(tmpdir(), 'plates-relay-'));
  return { dbPath: join(tempDir, 'relay.sqlite'), tempDir };
}

function waitForUrl(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`local relay ${why}\n--- relay stderr ---\n${stderr()}`));
    };
    const timer = setTimeout(() => fail(`printed no RELAY_URL within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    child.once('error', (error) => fail(`could not start: ${error.message}`));
    child.once('exit', (code, signal) => fail(`exited before listening (code ${code}, signal ${signal})`));
    if (!child.stdout) return fail('has no stdout');
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^RELAY_URL=(ws:\/\/\S+)$/.exec(line);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve(match[1]);
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
