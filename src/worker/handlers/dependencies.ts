import { KIND } from '../../domain/kinds';
import { parsePack } from '../../domain/pack';
import type { WorkerContext } from '../context';
import { WorkerFailure } from '../errors';
import { fetchMissingExercises, type MissingFetchReport } from '../repository/missing-exercises';
import { readAddressPointer } from '../repository/address-pointer';
import { fetchByAddress } from '../repository/fetch-by-address';

export interface TemplateDependencyState {
  address: string;
  title: string;
  complete: boolean;
  missing: string[];
}

export interface PackImportReport {
  address: string;
  title: string;
  templates: TemplateDependencyState[];
}

export interface DependencyHandlers {
  /** Asks the relays for every exercise incomplete templates wait for (the queue also runs by itself). */
  fetchMissingExercises(args?: { templateAddresses?: string[]; timeoutMs?: number }): Promise<MissingFetchReport>;
  listIncompleteTemplates(args?: Record<string, never>): Promise<TemplateDependencyState[]>;
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
    fetchMissingExercises: ({ templateAddresses, timeoutMs = TIMEOUT_MS } = {}) =>
      fetchMissingExercises(ctx, templateAddresses ? { templateAddresses, timeoutMs } : { timeoutMs }),

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
