import { naddrEncode } from 'nostr-tools/nip19';
import { formatAddress, parseAddress } from '../../domain/address';
import { buildDeletion } from '../../domain/deletion';
import { KIND } from '../../domain/kinds';
import type { NostrEvent } from '../../domain/nostr-event';
import { buildTemplate, parseTemplate, type TemplateSet, type WorkoutTemplate } from '../../domain/template';
import { eventKey, PRIORITY } from '../cache/cache-keys';
import type { WorkerContext } from '../context';
import type { TemplateRow } from '../db/rows';
import { WorkerFailure } from '../errors';
import { followedPubkeys } from '../queries/follows';
import { ownPubkey } from '../queries/own-pubkey';
import { writeRelaysOf } from '../queries/write-relays';
import { readAddressPointer } from '../repository/address-pointer';
import { fetchByAddress } from '../repository/fetch-by-address';
import { fetchMissingExercises } from '../repository/missing-exercises';
import { queueForPublishing } from '../repository/outbox-queue';
import { newIdentifier } from './new-identifier';

export type TemplateScope = 'all' | 'mine' | 'starter' | 'following';

export interface TemplateSummary {
  address: string;
  title: string;
  type: string;
  pubkey: string;
  /** Whose it is, as the list says it. */
  origin: 'mine' | 'starter' | 'following' | 'other';
  exerciseCount: number;
  setCount: number;
  complete: boolean;
  missingCount: number;
  createdAt: number;
}

export interface TemplateExercise {
  address: string;
  /** Undefined while the exercise is not stored (the template is incomplete). */
  title?: string;
  /** The exercise's parameter names (weight, reps, rpe, set_type…), to label each set's values. */
  format: string[];
  /** Their units (format_units), to read each value in. */
  units: string[];
  sets: Array<{ setNumber: number; params: string[] }>;
}

export interface TemplateDetail extends TemplateSummary {
  description: string;
  restBetweenSets?: number;
  rounds?: number;
  exercises: TemplateExercise[];
  missing: string[];
  /** NIP-19 link to share, with the author's relays as hints. */
  naddr: string;
  hashtags: string[];
}

export interface TemplateHandlers {
  listTemplates(args?: { scope?: TemplateScope }): Promise<TemplateSummary[]>;
  getTemplate(args: { address: string }): Promise<TemplateDetail | undefined>;
  /** The template as an editable draft (for edit and duplicate). */
  getTemplateDraft(args: { address: string }): Promise<WorkoutTemplate | undefined>;
  /** Signs and publishes a template (a new `d` for a new or duplicated one; the same `d` replaces). */
  saveTemplate(args: { template: WorkoutTemplate }): Promise<{ address: string; naddr: string }>;
  /** Publishes a NIP-09 deletion of one of the person's own templates. */
  deleteTemplate(args: { address: string }): Promise<void>;
  /** Opens a shared template link (naddr or address): fetches it with the exercises it needs. */
  openTemplateLink(args: { link: string; timeoutMs?: number }): Promise<TemplateDetail>;
}

const TIMEOUT_MS = 4_000;
/** Relay hints a shared naddr carries. */
const NADDR_RELAYS = 3;

export function templateHandlers(ctx: WorkerContext): TemplateHandlers {
  const { db } = ctx;

  async function origins() {
    const me = await ownPubkey(ctx);
    const starter = (await db.settings.get('starterPackPubkey'))?.value;
    const following = new Set(me ? await followedPubkeys(db, me) : []);
    return {
      me,
      starter: typeof starter === 'string' ? starter : undefined,
      following,
      of(pubkey: string): TemplateSummary['origin'] {
        if (pubkey === me) return 'mine';
        if (pubkey === starter) return 'starter';
        return following.has(pubkey) ? 'following' : 'other';
      },
    };
  }

  async function summaries(rows: TemplateRow[]): Promise<TemplateSummary[]> {
    const who = await origins();
    const incomplete = rows.filter((row) => row.complete === 0).map((row) => row.address);
    const missing = incomplete.length > 0 ? await db.incompleteTemplates.where('templateAddress').anyOf(incomplete).toArray() : [];
    const missingCount = new Map<string, number>();
    for (const row of missing) missingCount.set(row.templateAddress, (missingCount.get(row.templateAddress) ?? 0) + 1);
    return rows.map((row) => ({
      address: row.address,
      title: row.title,
      type: row.type,
      pubkey: row.pubkey,
      origin: who.of(row.pubkey),
      exerciseCount: row.exerciseAddresses.length,
      setCount: row.setCount,
      complete: row.complete === 1,
      missingCount: missingCount.get(row.address) ?? 0,
      createdAt: row.createdAt,
    }));
  }

  async function detail(address: string): Promise<TemplateDetail | undefined> {
    const row = await db.templates.get(address);
    if (!row) return undefined;
    const [summary] = await summaries([row]);
    if (!summary) return undefined;
    ctx.access.touch(eventKey(address), PRIORITY.viewed);
    const exercises = await ctx.exercises.getMany(row.exerciseAddresses);
    const stored = new Map(exercises.flatMap((exercise) => (exercise ? [[exercise.address, exercise] as const] : [])));
    const event = await db.events.get(row.eventId);
    const parsed = event ? parseTemplate(event) : undefined;
    const template = parsed?.ok ? parsed.value : undefined;
    return {
      ...summary,
      description: row.description,
      restBetweenSets: template?.restBetweenSets,
      rounds: template?.rounds,
      hashtags: template?.hashtags ?? [],
      exercises: groupByExercise(row.sets).map(({ address: exerciseAddress, sets }) => ({
        address: exerciseAddress,
        title: stored.get(exerciseAddress)?.title,
        format: stored.get(exerciseAddress)?.format ?? [],
        units: stored.get(exerciseAddress)?.formatUnits ?? [],
        sets,
      })),
      missing: row.exerciseAddresses.filter((exerciseAddress) => !stored.has(exerciseAddress)),
      naddr: naddrEncode({
        kind: KIND.workoutTemplate,
        pubkey: row.pubkey,
        identifier: row.d,
        relays: (await writeRelaysOf(ctx, row.pubkey, 'configured')).slice(0, NADDR_RELAYS),
      }),
    };
  }

  return {
    async listTemplates({ scope = 'all' } = {}) {
      const who = await origins();
      let rows: TemplateRow[];
      if (scope === 'mine') rows = who.me ? await db.templates.where('pubkey').equals(who.me).toArray() : [];
      else if (scope === 'starter') rows = who.starter ? await db.templates.where('pubkey').equals(who.starter).toArray() : [];
      else if (scope === 'following')
        rows = await db.templates
          .where('pubkey')
          .anyOf([...who.following])
          .toArray();
      else rows = await db.templates.orderBy('titleLower').toArray();
      const order = { mine: 0, following: 1, starter: 2, other: 3 };
      return (await summaries(rows)).sort((a, b) => order[a.origin] - order[b.origin] || a.title.localeCompare(b.title));
    },

    getTemplate: ({ address }) => detail(address),

    async getTemplateDraft({ address }) {
      const row = await db.templates.get(address);
      const event = row ? await db.events.get(row.eventId) : undefined;
      const parsed = event ? parseTemplate(event) : undefined;
      return parsed?.ok ? parsed.value : undefined;
    },

    async saveTemplate({ template }) {
      let unsigned;
      try {
        unsigned = buildTemplate(
          { ...template, d: template.d || newIdentifier(template.title, 'template') },
          Math.floor(Date.now() / 1000),
        );
      } catch (error) {
        throw new WorkerFailure('invalid-template', error instanceof Error ? error.message : String(error));
      }
      const event: NostrEvent = await ctx.account.sign(unsigned);
      await queueForPublishing(ctx, event);
      const d = event.tags.find((tag) => tag[0] === 'd')?.[1] ?? '';
      const address = formatAddress({ kind: KIND.workoutTemplate, pubkey: event.pubkey, d });
      return {
        address,
        naddr: naddrEncode({
          kind: KIND.workoutTemplate,
          pubkey: event.pubkey,
          identifier: d,
          relays: (await writeRelaysOf(ctx, event.pubkey, 'configured')).slice(0, NADDR_RELAYS),
        }),
      };
    },

    async deleteTemplate({ address }) {
      const parsed = parseAddress(address);
      const me = await ownPubkey(ctx);
      if (!parsed || parsed.kind !== KIND.workoutTemplate)
        throw new WorkerFailure('invalid-pointer', `'${address}' is not a template address`);
      if (parsed.pubkey !== me)
        throw new WorkerFailure('not-yours', 'Only your own templates can be deleted; this one belongs to someone else.');
      const row = await db.templates.get(address);
      const deletion = buildDeletion(
        { eventIds: row ? [row.eventId] : [], addresses: [address], kinds: [KIND.workoutTemplate], reason: 'template deleted' },
        Math.floor(Date.now() / 1000),
      );
      await queueForPublishing(ctx, await ctx.account.sign(deletion));
    },

    async openTemplateLink({ link, timeoutMs = TIMEOUT_MS }) {
      const { address, relays } = readAddressPointer(link, [KIND.workoutTemplate], 'a workout template');
      if (!(await db.templates.get(address))) await fetchByAddress(ctx, [address], relays, timeoutMs);
      const found = await detail(address);
      if (!found) throw new WorkerFailure('not-found', 'That template was found neither on this device nor on your relays.');
      if (!found.complete) {
        await fetchMissingExercises(ctx, { templateAddresses: [address], timeoutMs });
        return (await detail(address)) ?? found;
      }
      return found;
    },
  };
}

/** The template's sets grouped by exercise, in the order each exercise first appears. */
function groupByExercise(sets: readonly TemplateSet[]): Array<{ address: string; sets: Array<{ setNumber: number; params: string[] }> }> {
  const groups = new Map<string, Array<{ setNumber: number; params: string[] }>>();
  for (const set of sets) {
    const group = groups.get(set.exerciseAddress) ?? [];
    group.push({ setNumber: set.setNumber, params: set.params });
    groups.set(set.exerciseAddress, group);
  }
  return [...groups].map(([address, grouped]) => ({ address, sets: grouped }));
}
