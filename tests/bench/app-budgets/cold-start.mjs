import { launchBrowser } from './browser.mjs';
import { coldStartSample } from './page-probes.mjs';
import { summarize } from './stats.mjs';

/**
 * Cold starts offline: each run starts the browser on the profile, cuts the network, opens the
 * app and takes the time from navigation start to the library list showing results (the
 * probes' MutationObserver on the result count). The service worker must answer the page.
 */
export async function measureColdStarts(profile, appUrl, runs) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const { context, page } = await launchBrowser(profile);
    try {
      await context.setOffline(true);
      await page.goto(appUrl);
      const sample = await coldStartSample(page);
      if (!sample.fromServiceWorker || sample.online) throw new Error(`cold start ${run + 1} was not offline from the service worker`);
      samples.push(sample);
    } finally {
      await context.close();
    }
  }
  return {
    shown: samples[0].shown,
    toResults: summarize(samples.map((s) => s.shownMs)),
    firstPaint: summarize(samples.map((s) => s.firstPaintMs)),
    workerStarted: summarize(samples.map((s) => s.workerStartedMs)),
    starterPackChecked: summarize(samples.map((s) => s.starterPackCheckedMs)),
  };
}
