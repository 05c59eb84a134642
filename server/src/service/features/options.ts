import type { ClientCapabilities } from 'vscode-languageserver-protocol';

/** What the client can show, derived once from its capabilities, and where the features take the time and new ids. */
export interface FeatureOptions {
  /** Completion items may use snippet syntax ($1, ${1|a,b|}). */
  readonly snippets: boolean;
  /** Hovers may be Markdown. */
  readonly markdown: boolean;
  /** Completion items' documentation may be Markdown (clients declare this apart from hovers). */
  readonly completionMarkdown: boolean;
  /** The time a new timestamp gets (the environment's clock in the server). */
  readonly now: () => Date;
  /** A fresh uniqueId for a CALL. */
  readonly newUniqueId: () => string;
}

/** Where the time and new ids come from; the platform's own when not given. */
export interface Sources {
  readonly clock?: () => Date;
  readonly newUniqueId?: () => string;
}

/** Without capabilities (a library user, the CLI, tests) we assume a client as capable as VS Code. */
export function featureOptions(capabilities: ClientCapabilities | undefined, sources: Sources = {}): FeatureOptions {
  // A UUID is 36 characters, the most OCPP-J allows in a uniqueId; Web Crypto has it in Node and in browsers.
  const given = { now: sources.clock ?? (() => new Date()), newUniqueId: sources.newUniqueId ?? (() => globalThis.crypto.randomUUID()) };
  if (!capabilities) return { snippets: true, markdown: true, completionMarkdown: true, ...given };
  const completion = capabilities.textDocument?.completion?.completionItem;
  const acceptsMarkdown = (formats: unknown) => Array.isArray(formats) && formats.includes('markdown');
  return {
    snippets: completion?.snippetSupport === true,
    markdown: acceptsMarkdown(capabilities.textDocument?.hover?.contentFormat),
    completionMarkdown: acceptsMarkdown(completion?.documentationFormat),
    ...given,
  };
}
