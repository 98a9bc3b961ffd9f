/**
 * `draft-unreadable`: a draft named on the command line cannot be read or decoded (a directory,
 * a FIFO, permissions, binary). Reported against that draft, once; the other drafts are linted.
 * Like `source-unreadable`, it is about a file, not its text, so the host reports it.
 */
export const DRAFT_UNREADABLE = { id: 'draft-unreadable', defaultSeverity: 'error' as const, description: 'A draft file cannot be read or decoded (reported once per file; the other drafts are linted).' };
