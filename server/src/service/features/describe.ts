/**
 * The words the product shows about OCPP things, assembled from the catalog. Hover and completion both use
 * these, so a value reads the same wherever it appears.
 */
import type { MarkupContent } from 'vscode-languageserver-types';
import { directionLabel, hasMessageType, isSentAs, type Catalog } from '../../ocpp/catalog';
import { frameShape, messageTypeNamed, type MessageType } from '../../ocpp/frames';
import type { ValueRestriction } from '../../ocpp/restrictions';
import { fieldNamed } from '../../ocpp/fits';
import type { ActionDefinition, EnumValue, Enumeration, Field, ObjectType } from '../../ocpp/schema';
import { describeType } from '../../ocpp/schema';
import { DocBuilder } from './markup';

export function enumValueDoc(catalog: Catalog, markdown: boolean, enumeration: Enumeration, value: EnumValue): MarkupContent {
  const doc = new DocBuilder(markdown).heading(`${value.name}`).paragraph(`${enumeration.name} value. ${value.doc}`);
  if (value.since) doc.paragraph(`New in OCPP ${value.since}.`);
  // What the catalog says more about the value: whether a status is operative, and where it may stand.
  const notes = [catalog.valueNotes.get(value)];
  for (const restriction of restrictionsOver(catalog, enumeration)) {
    notes.push(restriction.values.includes(value) ? restriction.allowedNote : restriction.excludedNote);
  }
  const said = notes.filter(Boolean);
  if (said.length > 0) doc.paragraph(said.join(' '));
  return doc.toContent();
}

/** The restrictions that narrow a field of this enumeration. */
function restrictionsOver(catalog: Catalog, enumeration: Enumeration): ValueRestriction[] {
  return catalog.valueRestrictions.filter((r) => {
    const type = fieldNamed(r.owner, r.field)?.type;
    return type?.kind === 'enum' && type.enumeration === enumeration;
  });
}

export function fieldDoc(markdown: boolean, owner: ObjectType, field: Field): MarkupContent {
  const doc = new DocBuilder(markdown)
    .heading(`${field.name}`)
    .paragraph(`${field.required ? 'Required' : 'Optional'} field of ${owner.name}: ${describeType(field.type)}.`)
    .paragraph(field.doc);
  if (field.since) doc.paragraph(`New in OCPP ${field.since}.`);
  // What a receiver assumes when the field is left out (2.0.1's tbc: false).
  if (field.default !== undefined) doc.paragraph(`When absent, a receiver takes it as ${JSON.stringify(field.default)}.`);
  return doc.toContent();
}

export function fieldDetail(field: Field): string {
  return `${field.required ? 'required' : 'optional'} · ${describeType(field.type)}`;
}

export function actionDoc(catalog: Catalog, markdown: boolean, action: ActionDefinition): MarkupContent {
  const doc = new DocBuilder(markdown)
    .heading(action.name)
    .paragraph(`${catalog.displayName} · ${directionLabel(catalog, action.direction)} · ${catalog.words.group(action.profile)}`)
    .paragraph(action.doc);
  if (action.useCases?.length) doc.paragraph(`Use cases: ${action.useCases.join(', ')}.`);
  if (action.since) doc.paragraph(`New in OCPP ${action.since}.`);
  doc.paragraph(answerSentence(catalog, action));
  return doc.toContent();
}

/** What answers the action: its response's fields, or nothing for a message that goes as a 2.1 SEND. */
function answerSentence(catalog: Catalog, action: ActionDefinition): string {
  const response = action.response;
  if (response) {
    return response.fields.length === 0
      ? 'The answer is a CALLRESULT with an empty payload {}.'
      : `The answer is a CALLRESULT with ${response.name}: ${response.fields.map((f) => f.name).join(', ')}.`;
  }
  if (!isSentAs(catalog, messageTypeNamed('CALL'), action)) return 'It goes as a SEND, which has no response: nothing answers it.';
  return `The answer is a CALLRESULT with ${catalog.messageName(action, 'response')}.`;
}

export function actionDetail(catalog: Catalog, action: ActionDefinition): string {
  return `${directionLabel(catalog, action.direction)} · ${action.profile}`;
}

export function messageTypeDoc(catalog: Catalog, markdown: boolean, type: MessageType): MarkupContent {
  const doc = new DocBuilder(markdown).heading(`${type.id}: ${type.name}`).paragraph(type.doc).code(frameShape(type));
  if (!hasMessageType(catalog, type)) doc.paragraph(`Exists only in ${type.onlyIn}, not in ${catalog.displayName}.`);
  return doc.toContent();
}

/** The hover on a value that narrows a sibling's values (connectorId 0). */
export function restrictionConditionDoc(markdown: boolean, restriction: ValueRestriction): MarkupContent {
  return new DocBuilder(markdown).heading(restriction.whenDoc.heading).paragraph(restriction.whenDoc.doc).toContent();
}
