import type { ClientCapabilities } from 'vscode-languageserver-protocol';

/** What the client can show, derived once from its capabilities. */
export interface FeatureOptions {
  /** Completion items may use snippet syntax ($1, ${1|a,b|}). */
  readonly snippets: boolean;
  /** Hover and documentation may be Markdown. */
  readonly markdown: boolean;
}

/** Without capabilities (a library user, the CLI, tests) we assume a client as capable as VS Code. */
export function featureOptions(capabilities?: ClientCapabilities): FeatureOptions {
  if (!capabilities) return { snippets: true, markdown: true };
  const completion = capabilities.textDocument?.completion?.completionItem;
  const hoverFormats = capabilities.textDocument?.hover?.contentFormat;
  return {
    snippets: completion?.snippetSupport === true,
    markdown: Array.isArray(hoverFormats) && hoverFormats.includes('markdown'),
  };
}
