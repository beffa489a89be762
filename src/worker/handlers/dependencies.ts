import { formatAddress, parseAddress } from '../../domain/address';
import { KIND } from '../../domain/kinds';
import { parsePack } from '../../domain/pack';
import { parseProfile } from '../../domain/profile';
import type { WorkerContext } from '../context';
import { WorkerFailure } from '../errors';
import { fetchMissingExercises, lastAsked, type MissingFetchReport } from '../repository/missing-exercises';
import { readAddressPointer } from '../repository/address-pointer';
import { fetchByAddress } from '../repository/fetch-by-address';

export interface TemplateDependencyState {
  address: string;
  title: string;
  complete: boolean;
  missing: string[];
}

/** An exercise a template names that is not on this device, with what is known of it. */
export interface MissingExercise {
  address: string;
  /** The exercise's `d` tag, often its name written as a slug (the only hint of its title). */
  d: string;
  /** "" when the address does not parse (then `d` is the whole address). */
  pubkey: string;
  /** The author's profile name, when their profile is stored. */
  authorName?: string;
  /** The relay the template names for it ("" when none). */
  relayHint: string;
  /** When the relays were last asked for it (epoch ms); undefined when not yet. */
  lastAskedAt?: number;
}

export interface PackImportReport {
  address: string;
  title: string;
  templates: TemplateDependencyState[];
}

export interface DependencyHandlers {
  /**
   * Asks the relays for every exercise incomplete templates wait for (the queue also runs by
   * itself); `force` asks for those asked within the retry window too ("Fetch again").
   */
  fetchMissingExercises(args?: { templateAddresses?: string[]; timeoutMs?: number; force?: boolean }): Promise<MissingFetchReport>;
  listIncompleteTemplates(args?: Record<string, never>): Promise<TemplateDependencyState[]>;
  /** The exercises a template waits for, in the template's order, named as far as this device can. */
  listMissingExercises(args: { templateAddress: string }): Promise<MissingExercise[]>;
  /**
   * Imports a pack (an `naddr1…` or a "30004:<pubkey>:<d>" address): the pack, the chosen
   * templates (all by default) and the exercises each of them needs.
   */
  importPack(args: { pointer: string; templates?: string[]; timeoutMs?: number }): Promise<PackImportReport>;
}

const TIMEOUT_MS = 4_000;

export function dependencyHandlers(ctx: WorkerContext): DependencyHandlers {
  async function templateStates(addresses: string[]): Promise<TemplateDependencyState[]> {
    const [templates, missing] = await Promise.all([
      ctx.db.templates.bulkGet(addresses),
      ctx.db.incompleteTemplates.where('templateAddress').anyOf(addresses).toArray(),
    ]);
    return addresses.flatMap((address, i) => {
      const template = templates[i];
      if (!template) return [];
      const waiting = missing.filter((row) => row.templateAddress === address).map((row) => row.missingAddress);
      return [{ address, title: template.title, complete: template.complete === 1, missing: waiting }];
    });
  }

  return {
    fetchMissingExercises: ({ templateAddresses, timeoutMs = TIMEOUT_MS, force = false } = {}) =>
      fetchMissingExercises(ctx, templateAddresses ? { templateAddresses, timeoutMs, force } : { timeoutMs, force }),

    async listMissingExercises({ templateAddress }) {
      const [template, rows] = await Promise.all([
        ctx.db.templates.get(templateAddress),
        ctx.db.incompleteTemplates.where('templateAddress').equals(templateAddress).toArray(),
      ]);
      const order = template?.exerciseAddresses ?? [];
      const position = (address: string) => (order.includes(address) ? order.indexOf(address) : order.length);
      rows.sort((a, b) => position(a.missingAddress) - position(b.missingAddress));
      const pubkeys = [...new Set(rows.flatMap((row) => parseAddress(row.missingAddress)?.pubkey ?? []))];
      const [asked, profiles] = await Promise.all([
        lastAsked(
          ctx,
          rows.map((row) => row.missingAddress),
        ),
        ctx.db.events
          .where('address')
          .anyOf(pubkeys.map((pubkey) => formatAddress({ kind: KIND.profile, pubkey, d: '' })))
          .toArray(),
      ]);
      const names = new Map<string, string>();
      for (const event of profiles) {
        const profile = parseProfile(event);
        const name = profile.ok ? profile.value.displayName || profile.value.name : undefined;
        if (name) names.set(event.pubkey, name);
      }
      return rows.map((row, i) => {
        const parsed = parseAddress(row.missingAddress);
        return {
          address: row.missingAddress,
          d: parsed?.d ?? row.missingAddress,
          pubkey: parsed?.pubkey ?? '',
          authorName: parsed ? names.get(parsed.pubkey) : undefined,
          relayHint: row.relayHint,
          lastAskedAt: asked[i],
        };
      });
    },

    async listIncompleteTemplates() {
      const addresses = (await ctx.db.templates.where('complete').equals(0).primaryKeys()).map(String);
      return templateStates(addresses);
    },

    async importPack({ pointer, templates: chosen, timeoutMs = TIMEOUT_MS }) {
      const { address, relays } = readAddressPointer(pointer, [KIND.curationSet, KIND.bookmarkSet], 'a pack');
      const stored = async () => ctx.db.events.where('address').equals(address).first();
      if (!(await stored())) await fetchByAddress(ctx, [address], relays, timeoutMs);
      const packEvent = await stored();
      if (!packEvent) throw new WorkerFailure('not-found', `the pack ${address} was found neither here nor on the relays`);
      const pack = parsePack(packEvent);
      if (!pack.ok) throw new WorkerFailure('invalid-pack', pack.reason);
      const wanted = pack.value.templateAddresses.filter((item) => !chosen || chosen.includes(item.address));
      const hints = [
        ...relays,
        ...wanted.map((item) => item.relayHint),
        ...pack.value.exerciseAddresses.map((item) => item.relayHint),
      ].filter(Boolean);
      const have = await ctx.db.templates.bulkGet(wanted.map((item) => item.address));
      const exercisesListed = await ctx.db.exercises.bulkGet(pack.value.exerciseAddresses.map((item) => item.address));
      await fetchByAddress(
        ctx,
        [...wanted.filter((_, i) => !have[i]), ...pack.value.exerciseAddresses.filter((_, i) => !exercisesListed[i])].map(
          (item) => item.address,
        ),
        hints,
        timeoutMs,
      );
      const templateAddresses = wanted.map((item) => item.address);
      await fetchMissingExercises(ctx, { templateAddresses, timeoutMs });
      return { address, title: pack.value.title, templates: await templateStates(templateAddresses) };
    },
  };
}
