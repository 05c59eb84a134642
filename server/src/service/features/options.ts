import type { ClientCapabilities } from 'vscode-languageserver-protocol';

/** What the client can show, derived once from its capabilities. */
export interface FeatureOptions {
  /** Completion items may use snippet syntax ($1, ${1|a,b|}). */
  readonly snippets: boolean;
  /** Hovers may be Markdown. */
  readonly markdown: boolean;
  /** Completion items' documentation may be Markdown (clients declare this apart from hovers). */
  readonly completionMarkdown: boolean;
}

/** Without capabilities (a library user, the CLI, tests) we assume a client as capable as VS Code. */
export function featureOptions(capabilities?: ClientCapabilities): FeatureOptions {
  if (!capabilities) return { snippets: true, markdown: true, completionMarkdown: true };
  const completion = capabilities.textDocument?.completion?.completionItem;
  const acceptsMarkdown = (formats: unknown) => Array.isArray(formats) && formats.includes('markdown');
  return {
    snippets: completion?.snippetSupport === true,
    markdown: acceptsMarkdown(capabilities.textDocument?.hover?.contentFormat),
    completionMarkdown: acceptsMarkdown(completion?.documentationFormat),
  };
}
