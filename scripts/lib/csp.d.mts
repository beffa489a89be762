export const LOOPBACK_CONNECT: string[];

export function contentSecurityPolicy(options?: { connect?: string[]; header?: boolean; report?: string }): string;

export function relayOrigins(relayUrl: string): string[];
