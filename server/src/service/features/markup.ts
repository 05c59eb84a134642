/** Builds hover and completion documentation as Markdown or as plain text, depending on what the client shows. */
import type { MarkupContent } from 'vscode-languageserver-types';

export class DocBuilder {
  private readonly parts: string[] = [];
  constructor(private readonly markdown: boolean) {}

  heading(text: string, code = false): this {
    this.parts.push(this.markdown ? (code ? `\`${text}\`` : `**${text}**`) : text);
    return this;
  }
  paragraph(text: string): this {
    this.parts.push(text);
    return this;
  }
  /** A fenced example; plain text shows it as is. */
  code(text: string): this {
    this.parts.push(this.markdown ? '```json\n' + text + '\n```' : text);
    return this;
  }
  toContent(): MarkupContent {
    return { kind: this.markdown ? 'markdown' : 'plaintext', value: this.parts.join('\n\n') };
  }
}

/** Inline code in Markdown, the bare text otherwise. */
export function inlineCode(markdown: boolean, text: string): string {
  return markdown ? `\`${text}\`` : text;
}
