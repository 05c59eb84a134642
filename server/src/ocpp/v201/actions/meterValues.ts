import { type ActionDefinition, arrayOf, field, integer, objectOf } from '../../schema';
import { ocppObject } from '../customData';
import { STATION_TO_CSMS } from '../directions';
import { MeterValueType } from '../types';

/** Functional block J MeterValues (P2-201 chapter J). */

export const MeterValues: ActionDefinition = {
  name: 'MeterValues',
  direction: STATION_TO_CSMS,
  profile: 'J MeterValues',
  useCases: ['J01'],
  doc: 'Sent by the Charging Station with meter readings not tied to a transaction, mostly clock-aligned readings per EVSE or from the main meter. Transaction readings go in TransactionEvent instead.',
  request: ocppObject('MeterValuesRequest', [
    field('evseId', integer(), { required: true, doc: 'The EVSE the samples come from; 0 stands for the Charging Station as a whole, i.e. its main power meter (J01.FR.03).' }),
    field('meterValue', arrayOf(objectOf(MeterValueType), { minItems: 1 }), { required: true, doc: 'One or more timestamped groups of sampled values; each timestamp covers every sample in its group.' }),
  ]),
  response: ocppObject('MeterValuesResponse', [
  ]),
};
