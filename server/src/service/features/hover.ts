/** Hover: what the token under the cursor means, in plain words from the catalog. */
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ValueNode } from '../../json/jsonTree';
import { hasMessageType } from '../../ocpp/catalog';
import { scalarType } from '../../ocpp/fits';
import { messageTypeOf } from '../../ocpp/frames';
import { restrictionApplies, restrictionsConditionedOn } from '../../ocpp/restrictions';
import { lineAt } from '../../text/lines';
import { inLoggedOrder } from '../document/loggedOrder';
import { nodeAt, type OcppDocument } from '../document/ocppDocument';
import { fieldOf, frameOf } from '../document/schemaLocator';
import { actionDoc, enumValueDoc, fieldDoc, messageTypeDoc, restrictionConditionDoc } from './describe';
import { DocBuilder } from './markup';
import type { FeatureOptions } from './options';

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
  const catalog = doc.catalog;
  const parent = node.parent;
  // A field's value, or an item of an array field's value (allowedEnergyTransfer's "DC_BPT"), reads the same.
  const holder = parent?.type === 'property' ? parent : parent?.type === 'array' && parent.parent?.type === 'property' ? parent.parent : undefined;
  if (holder) {
    const context = fieldOf(doc, holder);
    if (!context) return undefined;
    if (holder.key === node) return fieldDoc(markdown, context.owner, context.field);
    // A value that narrows a sibling's values (connectorId 0) says what it stands for.
    const condition = restrictionsConditionedOn(catalog.valueRestrictions, context.owner, context.field.name)
      .find((r) => (node.type === 'number' || node.type === 'string') && restrictionApplies(r, node.value));
    if (condition) return restrictionConditionDoc(markdown, condition);
    const type = scalarType(context.field.type);
    // An enumeration's value, or one of the usual values of an open one (2.1's IdToken type).
    const enumeration = type.kind === 'enum' ? type.enumeration : type.kind === 'string' ? type.known : undefined;
    if (enumeration && node.type === 'string') {
      const value = enumeration.values.find((v) => v.name === node.value);
      if (value) return withNote(enumValueDoc(catalog, markdown, enumeration, value), catalog.rules.hoverNote(inLoggedOrder(doc), node));
    }
    // Other values the rules follow (an evseId 0 that means the whole station, a seqNo) get their note too.
    return withNote(fieldDoc(markdown, context.owner, context.field), catalog.rules.hoverNote(inLoggedOrder(doc), node));
  }
  if (parent?.type !== 'array') return undefined;
  const frame = frameOf(doc, parent);
  if (!frame) return undefined;
  const index = parent.items.indexOf(node);
  if (index === 0 && node.type === 'number') {
    const type = messageTypeOf(node.value);
    return type ? messageTypeDoc(catalog, markdown, type) : undefined;
  }
  if (index === 1 && frame.answers && node.type === 'string') {
    const call = frame.answers;
    const line = lineAt(doc, call.offset);
    return new DocBuilder(markdown)
      .heading(`uniqueId ${node.value}`)
      .paragraph(`Answers the ${call.action?.name ?? 'CALL'} CALL on line ${line}.`)
      .toContent();
  }
  const type = frame.messageType;
  if (node.type !== 'string' || !type || !hasMessageType(catalog, type)) return undefined;
  if (index === type.actionIndex) {
    const action = catalog.actionsByName.get(node.value);
    return action ? actionDoc(catalog, markdown, action) : undefined;
  }
  if (index === type.errorCodeIndex) {
    const code = catalog.callErrorCodes.values.find((v) => v.name === node.value);
    return code ? enumValueDoc(catalog, markdown, catalog.callErrorCodes, code) : undefined;
  }
  return undefined;
}

/** `content` with the rules' note (e.g. the connector's previous status) as a paragraph of its own. */
function withNote(content: MarkupContent, note: string | undefined): MarkupContent {
  return note ? { kind: content.kind, value: `${content.value}\n\n${note}` } : content;
}
