import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.mjs';

/** A free TCP port on loopback, as the OS hands one out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Kills a detached child and everything in its process group at once, with no chance to clean up. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** The processes of a process group that still run (zombies are dead already: only their exit status waits to be reaped). */
async function livingInGroup(pgid: number): Promise<number[]> {
  const living: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') living.push(Number(entry));
  }
  return living;
}

/** Resolves once no process of the child's group runs any more (its helpers die a moment after the browser). */
async function groupGone(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  for (let i = 0; i < 500; i++) {
    if ((await livingInGroup(child.pid)).length === 0) return;
    await sleep(10);
  }
  throw new Error(`Chromium's process group ${child.pid} outlived SIGKILL by 5 s`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export interface AppServer {
  appUrl: string;
  relayUrl: string;
  stop(): Promise<void>;
}

/**
 * Serves the built app with a local relay in memory, as playwright.config.ts does, on free ports.
 * `appDir` is the checkout whose `dist/` is served (another build can be swept, e.g. an older commit).
 */
export async function startAppServer(appDir = process.cwd()): Promise<AppServer> {
  const port = await freePort();
  const relayPort = await freePort();
  const child = spawn(
    process.execPath,
    ['scripts/start.mjs', '--no-build', '--port', String(port), '--relay-port', String(relayPort), '--relay-db', ':memory:'],
    { cwd: appDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app server did not start in 60 s:\n${log}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Plates is running')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the app server exited (${code}):\n${log}`));
    });
  });
  return {
    appUrl: `http://127.0.0.1:${port}`,
    relayUrl: `ws://127.0.0.1:${relayPort}`,
    async stop() {
      killGroup(child, 'SIGTERM');
      await Promise.race([exited(child), sleep(5_000)]);
      killGroup(child, 'SIGKILL');
    },
  };
}

export interface RunningBrowser {
  browser: Browser;
  page: Page;
  /** SIGKILL to Chromium's whole process group: no unload, no flush, no graceful close. */
  kill(): Promise<void>;
}

/**
 * Debian's Chromium on a persistent profile, launched by hand (not by Playwright, whose
 * close is graceful) in its own process group, and reached over the DevTools protocol.
 * It opens `url` at once, as a person's browser opens the app, while the connection is made.
 */
export async function launchChromium(profileDir: string, url = 'about:blank'): Promise<RunningBrowser> {
  const child = spawn(
    chromiumLaunchOptions.executablePath ?? '/usr/bin/chromium',
    [
      ...(chromiumLaunchOptions.args ?? []),
      '--headless',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      '--window-size=390,844',
      // What Playwright adds when it launches Chromium itself: no extensions, crash reporter or background throttling.
      '--no-default-browser-check',
      '--password-store=basic',
      '--use-mock-keychain',
      '--disable-extensions',
      '--disable-default-apps',
      '--disable-breakpad',
      '--disable-field-trial-config',
      '--disable-client-side-phishing-detection',
      '--disable-hang-monitor',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
      '--no-service-autorun',
      '--mute-audio',
      url,
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const t0 = Date.now();
  let log = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port in 30 s:\n${log}`)), 30_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stderr?.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code ?? signal}) before its DevTools port opened:\n${log}`));
    });
  });
  const tDevtools = Date.now();
  // Keep draining its stderr so that Chromium never blocks on a full pipe.
  child.stderr?.on('data', () => undefined);
  let browser: Browser;
  try {
    browser = await chromium.connectOverCDP(endpoint);
  } catch (error) {
    killGroup(child);
    throw error;
  }
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  if (process.env.KILL_DEBUG === '1') console.log(`    launch: DevTools after ${tDevtools - t0} ms, connected after ${Date.now() - t0} ms`);
  return {
    browser,
    page,
    async kill() {
      const t0 = Date.now();
      killGroup(child);
      await exited(child);
      const t1 = Date.now();
      await groupGone(child);
      const t2 = Date.now();
      if (process.env.KILL_DEBUG === '1') console.log(`    kill: exited ${t1 - t0} ms, group gone ${t2 - t0} ms`);
      // The connection is gone with the process; this only lets Playwright drop its side.
      await browser.close().catch(() => undefined);
    },
  };
}
