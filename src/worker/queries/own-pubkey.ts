import type { WorkerContext } from '../context';

/** The signed-in person's pubkey (any account type), or undefined when signed out. */
export async function ownPubkey(ctx: WorkerContext): Promise<string | undefined> {
  const account = await ctx.account.state();
  return account.status === 'signed-out' ? undefined : account.pubkey;
}
