/**
 * Enumeration values that depend on a sibling field. Validation, completion and hover all ask here, so the
 * rule lives in one place. Today: connector 0 (the main controller) may report only three statuses.
 */
import type { EnumValue, Field, ObjectType } from '../../ocpp/schema';
import { StatusNotification } from '../../ocpp/v16/actions';
import { mainControllerStatuses } from '../../ocpp/v16/rules';
import { propertyOf, type ObjectNode } from '../../json/jsonTree';

export interface ValueRestriction {
  readonly values: readonly EnumValue[];
  /** Why only these values, for messages and hovers. */
  readonly reason: string;
}

export function isConnectorZero(object: ObjectNode): boolean {
  const connector = propertyOf(object, 'connectorId')?.value;
  return connector?.type === 'number' && connector.value === 0;
}

export function restrictedValues(owner: ObjectType, field: Field, object: ObjectNode): ValueRestriction | undefined {
  if (owner === StatusNotification.request && field.name === 'status' && isConnectorZero(object)) {
    return {
      values: mainControllerStatuses,
      reason: "connectorId 0 is the charge point's main controller",
    };
  }
  return undefined;
}
