/** Hover: what the token under the cursor means, in plain words from the catalog. */
import type { Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CallErrorCode, actionsByName } from '../../ocpp/v16';
import { StatusNotification } from '../../ocpp/v16/actions';
import { messageTypeById } from '../../ocpp/frames';
import { connectorZeroHover, enumValueDoc, fieldDoc, actionDoc, messageTypeDoc } from './describe';
import type { ValueNode } from '../../json/jsonTree';
import { lineAt } from '../../text/lines';
import { DocBuilder } from './markup';
import { nodeAt, type OcppDocument } from '../document/ocppDocument';
import type { FeatureOptions } from './options';
import { fieldOf, frameOf, scalarType } from '../document/schemaLocator';
import { withStatusHistory } from '../../ocpp/v16/rules/statusHover';
import type { MarkupContent } from 'vscode-languageserver-types';

export function doHover(doc: OcppDocument, textDocument: TextDocument, offset: number, options: FeatureOptions): Hover | null {
  const node = nodeAt(doc, offset);
  if (!node || node.type === 'object' || node.type === 'array' || node.type === 'property') return null;
  const contents = hoverContents(doc, node, options.markdown);
  if (!contents) return null;
  return {
    contents,
    range: { start: textDocument.positionAt(node.offset), end: textDocument.positionAt(node.offset + node.length) },
  };
}

function hoverContents(doc: OcppDocument, node: ValueNode, markdown: boolean): MarkupContent | undefined {
  const parent = node.parent;
  if (parent?.type === 'property') {
    const context = fieldOf(doc, parent);
    if (!context) return undefined;
    if (parent.key === node) return fieldDoc(markdown, context.owner, context.field);
    if (context.owner === StatusNotification.request && context.field.name === 'connectorId' &&
        node.type === 'number' && node.value === 0) {
      return connectorZeroHover(markdown);
    }
    const type = scalarType(context.field.type);
    if (type.kind === 'enum' && node.type === 'string') {
      const value = type.enumeration.values.find((v) => v.name === node.value);
      if (value) return withStatusHistory(doc, node, enumValueDoc(markdown, type.enumeration, value));
    }
    return fieldDoc(markdown, context.owner, context.field);
  }
  if (parent?.type !== 'array') return undefined;
  const frame = frameOf(doc, parent);
  if (!frame) return undefined;
  const index = parent.items.indexOf(node);
  if (index === 0 && node.type === 'number') {
    const type = messageTypeById.get(node.value);
    return type ? messageTypeDoc(markdown, type) : undefined;
  }
  if (index === 1 && frame.answers && node.type === 'string') {
    const call = frame.answers;
    const line = lineAt(doc, call.offset);
    return new DocBuilder(markdown)
      .heading(`uniqueId ${node.value}`)
      .paragraph(`Answers the ${call.action?.name ?? 'CALL'} CALL on line ${line}.`)
      .toContent();
  }
  if (index === 2 && node.type === 'string') {
    if (frame.messageType?.name === 'CALL') {
      const action = actionsByName.get(node.value);
      return action ? actionDoc(markdown, action) : undefined;
    }
    if (frame.messageType?.name === 'CALLERROR') {
      const code = CallErrorCode.values.find((v) => v.name === node.value);
      return code ? enumValueDoc(markdown, CallErrorCode, code) : undefined;
    }
  }
  return undefined;
}
