import { field, object, string, type Field, type ObjectType } from '../schema';

/**
 * CustomDataType (P2-201 §2.1.x, "Custom data"): the one object OCPP 2.0.1 leaves open. It names the vendor whose
 * extension it carries and may hold any other keys, so they are accepted unchecked.
 */
export const CustomDataType = object('CustomDataType', [
  field('vendorId', string(255), {
    required: true,
    doc: 'Who defined this extension, as a reverse domain name such as com.example.charger.',
  }),
], { open: true });

const customData: Field = field('customData', { kind: 'object', object: CustomDataType }, {
  doc: 'Room for a vendor\'s own data: an object with the vendor\'s vendorId and any keys that vendor defines. Receivers that do not know the vendor ignore it.',
});

/** An object of OCPP 2.0.1: every one of them may carry customData beside its own fields. */
export function ocppObject(name: string, fields: readonly Field[]): ObjectType {
  return object(name, [...fields, customData]);
}
