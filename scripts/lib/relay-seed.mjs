import { readFile } from 'node:fs/promises';

/**
 * Loads one seed file into the relay through `relay.handleEvent`, so the relay's own
 * checks (id, signature) and replaceable/addressable rules apply, and logs the counts.
 * A missing file is logged and skipped: the starter pack may not be built yet.
 */
export async function seedRelay(relay, validator, file, log) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    log.warn(`relay: seed file ${file} not found, skipped (build it with \`npm run starter-pack\`)`);
    return;
  }
  const candidates = parseSeedFile(text);
  const counts = { stored: 0, duplicate: 0, rejected: 0 };
  for (const candidate of candidates) {
    const outcome = await seedOne(relay, validator, candidate);
    counts[outcome.status]++;
    if (outcome.status === 'rejected') log.warn(`relay: seed ${file}: ${outcome.reason}`);
  }
  log.info(
    `relay: seeded ${file}: ${counts.stored} stored, ${counts.duplicate} already present or superseded, ${counts.rejected} rejected`,
  );
}

/**
 * Accepts a JSON array of events, a JSON object with an `events` array, or newline-delimited
 * JSON (the app's starter pack: a header object on the first line, then one event per line).
 * Returns one entry per event candidate: the parsed value, or the reason a line was unreadable.
 */
function parseSeedFile(text) {
  try {
    const value = JSON.parse(text);
    const events = Array.isArray(value) ? value : Array.isArray(value?.events) ? value.events : [];
    return events.map((event) => ({ event }));
  } catch {
    // Not a single JSON document: read it line by line.
  }
  const candidates = [];
  text.split('\n').forEach((row, index) => {
    if (!row.trim()) return;
    try {
      const value = JSON.parse(row);
      const isHeader = index === 0 && value !== null && typeof value === 'object' && 'format' in value && !('sig' in value);
      if (!isHeader) candidates.push({ event: value });
    } catch {
      candidates.push({ error: `line ${index + 1} is not valid JSON` });
    }
  });
  return candidates;
}

async function seedOne(relay, validator, candidate) {
  if (candidate.error) return { status: 'rejected', reason: candidate.error };
  let event;
  try {
    event = await validator.validateEvent(candidate.event);
  } catch (error) {
    return { status: 'rejected', reason: error.message };
  }
  const result = await relay.handleEvent(event);
  if (!result.success) return { status: 'rejected', reason: `${event.id}: ${result.message}` };
  // The relay reports both a repeated id and an older replaceable version as "duplicate".
  return { status: result.message?.startsWith('duplicate') ? 'duplicate' : 'stored' };
}
