/**
 * Folding ranges: every object and array that spans lines (the conversation, each frame, each payload and the
 * objects and arrays inside it) folds, line by line as LSP folding works.
 *
 * The walk keeps its own stack, so a 100,000-deep document folds (or rather, is cut off) without overflowing.
 * A conversation read frame by frame is walked from its frame index: a frame on one line holds nothing that
 * folds, so only the frames that span lines have their trees built (none, in a log of one frame per line).
 */
import type { FoldingRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ValueNode } from '../../json/jsonTree';
import { positionsIn, type LinePositions } from '../../text/lines';
import type { Frame, OcppDocument } from '../document/ocppDocument';

export interface FoldingContext {
  /** The most ranges the client wants (its foldingRange.rangeLimit); the outermost are kept. */
  readonly rangeLimit?: number;
}

export function getFoldingRanges(doc: OcppDocument, textDocument: TextDocument, context: FoldingContext = {}): FoldingRange[] {
  const root = doc.tree.root;
  if (!root) return [];
  const text = doc.text;
  // The parse's own line starts when it has them (diagnostics count them): the TextDocument's would be counted anew.
  const lines = positionsIn(doc) ?? textDocument;
  const ranges: { range: FoldingRange; depth: number }[] = [];
  let lastStartLine = -1;
  /** Per line, the offset of its first character that is neither whitespace nor a closing bracket. */
  const firstValue = new Map<number, number>();
  // Pre-order (children pushed in reverse), so ranges come out by start line, outermost first.
  const stack: { node: ValueNode | Frame; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node: next, depth } = stack.pop()!;
    if (!('type' in next) && lines.positionAt(next.offset).line === lines.positionAt(next.offset + next.length).line) continue;
    const node = 'type' in next ? next : next.node;
    if (node.type !== 'object' && node.type !== 'array') continue;
    const startLine = lines.positionAt(node.offset).line;
    const end = node.offset + node.length;
    const lastLine = lines.positionAt(end).line;
    // A value on one line holds nothing that folds.
    if (lastLine === startLine) continue;
    let endLine = lastLine;
    // A line of closing brackets (`  }],` after a payload) stays visible below the fold, as editors do for code
    // blocks; a closing bracket after a value (`  2]`) folds along with its line, or that value would show.
    if (node.closed && end - 1 < firstValueOffset(text, lines, firstValue, lastLine)) endLine--;
    // Nested values that open on the same line as their container (`[2, "a1", "Heartbeat", {`) would fold
    // from the same line; the editor keeps one range per start line, so keep the outermost: the whole frame.
    if (endLine > startLine && startLine !== lastStartLine) {
      ranges.push({ range: { startLine, endLine }, depth });
      lastStartLine = startLine;
    }
    // The root of a conversation read frame by frame: its frames, whose trees are built only if they span lines.
    const members: readonly (ValueNode | Frame | undefined)[] = node === root && doc.layout ? doc.frames
      : node.type === 'object' ? node.properties.map((p) => p.value) : node.items;
    for (let i = members.length - 1; i >= 0; i--) {
      const member = members[i];
      if (member && (!('type' in member) || member.type === 'object' || member.type === 'array')) stack.push({ node: member, depth: depth + 1 });
    }
  }
  const limit = context.rangeLimit;
  if (limit === undefined || ranges.length <= limit) return ranges.map((r) => r.range);
  // Over the client's limit: the shallowest ranges say most about the document's structure.
  const kept = ranges.map((r, order) => ({ ...r, order })).sort((a, b) => a.depth - b.depth || a.order - b.order).slice(0, Math.max(0, limit));
  return kept.sort((a, b) => a.order - b.order).map((r) => r.range);
}

/**
 * The offset of the first character of `line` that is neither whitespace nor a closing bracket, kept in `known`:
 * a line of 100,000 closing brackets must not be rescanned for each of them. A function of its own rather than a
 * closure over the request, whose optimized code would hold that request's objects and be dropped with them.
 */
function firstValueOffset(text: string, lines: Pick<LinePositions, 'offsetAt'>, known: Map<number, number>, line: number): number {
  let offset = known.get(line);
  if (offset === undefined) {
    offset = lines.offsetAt({ line, character: 0 });
    while (offset < text.length && isBlankOrCloser(text.charCodeAt(offset))) offset++;
    known.set(line, offset);
  }
  return offset;
}

/** Space, tab, `}` or `]`: what may precede a closing bracket that sits on a line of its own. */
function isBlankOrCloser(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x7d || c === 0x5d;
}
