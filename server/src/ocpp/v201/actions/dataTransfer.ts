import { type ActionDefinition, anyValue, enumOf, field, objectOf, string } from '../../schema';
import { ocppObject } from '../customData';
import { BOTH } from '../directions';
import { DataTransferStatusEnumType } from '../enums';
import { StatusInfoType } from '../types';

/** Functional block P DataTransfer (P2-201 chapter P). */

export const DataTransfer: ActionDefinition = {
  name: 'DataTransfer',
  direction: BOTH,
  profile: 'P DataTransfer',
  useCases: ['P01', 'P02'],
  doc: 'Carries vendor-specific data that OCPP does not define; either the Charging Station or the CSMS may send it.',
  request: ocppObject('DataTransferRequest', [
    field('messageId', string(50), { doc: 'Names a particular message or function within the vendor\'s extension.' }),
    field('data', anyValue(), { doc: 'The vendor-specific payload, of any JSON type; its format and length are for the two parties to agree on.' }),
    field('vendorId', string(255), { required: true, doc: 'Names the vendor extension, preferably as a reversed domain name such as com.example.' }),
  ]),
  response: ocppObject('DataTransferResponse', [
    field('status', enumOf(DataTransferStatusEnumType), { required: true, doc: 'Accepted or Rejected as the vendor agreement defines; UnknownVendorId or UnknownMessageId when the receiver does not know the vendorId or messageId (P01.FR.05, P01.FR.06).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
    field('data', anyValue(), { doc: 'The vendor-specific answer, if any, in the agreed format.' }),
  ]),
};
