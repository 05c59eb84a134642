/**
 * The words the product shows about OCPP things, assembled from the catalog. Hover and completion both use
 * these, so a value reads the same wherever it appears.
 */
import type { MarkupContent } from 'vscode-languageserver-types';
import type { ActionDefinition, EnumValue, Enumeration, Field, ObjectType } from '../../ocpp/schema';
import { describeType, directionLabel } from '../../ocpp/schema';
import { frameShape, type MessageType } from '../../ocpp/frames';
import { ChargePointStatus, type StatusValue } from '../../ocpp/v16/enums';
import { connectorZeroDoc } from '../../ocpp/v16/rules';
import { DocBuilder } from './markup';

export function enumValueDoc(markdown: boolean, enumeration: Enumeration, value: EnumValue): MarkupContent {
  const doc = new DocBuilder(markdown).heading(`${value.name}`).paragraph(`${enumeration.name} value. ${value.doc}`);
  if (enumeration === ChargePointStatus) {
    const status = value as StatusValue;
    doc.paragraph(
      `${status.operative ? 'Operative' : 'Inoperative'}. ` +
      (status.mainController
        ? 'Connector 0 (the whole charge point) may report it too.'
        : 'Only a real connector (connectorId 1 or more) may report it; connector 0 may not.'),
    );
  }
  return doc.toContent();
}

export function fieldDoc(markdown: boolean, owner: ObjectType, field: Field): MarkupContent {
  return new DocBuilder(markdown)
    .heading(`${field.name}`)
    .paragraph(`${field.required ? 'Required' : 'Optional'} field of ${owner.name}: ${describeType(field.type)}.`)
    .paragraph(field.doc)
    .toContent();
}

export function fieldDetail(field: Field): string {
  return `${field.required ? 'required' : 'optional'} · ${describeType(field.type)}`;
}

export function actionDoc(markdown: boolean, action: ActionDefinition): MarkupContent {
  const doc = new DocBuilder(markdown)
    .heading(action.name)
    .paragraph(`${directionLabel[action.direction]} · ${action.profile} profile`)
    .paragraph(action.doc);
  doc.paragraph(
    action.response
      ? action.response.fields.length === 0
        ? `The answer is a CALLRESULT with an empty payload {}.`
        : `The answer is a CALLRESULT with ${action.response.name}: ${action.response.fields.map((f) => f.name).join(', ')}.`
      : `The answer is a CALLRESULT with ${action.name}.conf.`,
  );
  return doc.toContent();
}

export function actionDetail(action: ActionDefinition): string {
  return `${directionLabel[action.direction]} · ${action.profile}`;
}

export function messageTypeDoc(markdown: boolean, type: MessageType): MarkupContent {
  const doc = new DocBuilder(markdown).heading(`${type.id}: ${type.name}`).paragraph(type.doc).code(frameShape(type));
  if (type.onlyIn) doc.paragraph(`Exists only in ${type.onlyIn}, not in OCPP 1.6.`);
  return doc.toContent();
}

export function connectorZeroHover(markdown: boolean): MarkupContent {
  return new DocBuilder(markdown).heading('connectorId 0').paragraph(connectorZeroDoc).toContent();
}
