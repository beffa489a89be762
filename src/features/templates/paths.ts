/** The template screens' paths; an address ("33402:<pubkey>:<d>") is one encoded path segment. */
export const templatePath = (address: string) => `/template/${encodeURIComponent(address)}`;
export const editTemplatePath = (address: string) => `/template-edit/${encodeURIComponent(address)}`;
export const copyTemplatePath = (address: string) => `/template-copy/${encodeURIComponent(address)}`;
/** What Share hands out: opens the template in Plates, fetching it from its relays when needed. */
export const templateLinkUrl = (naddr: string) => `${location.origin}/template-link/${naddr}`;
export const WORKOUT_PATH = '/workout';
