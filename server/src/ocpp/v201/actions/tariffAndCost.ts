import { type ActionDefinition, decimal, field, identifierString } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION } from '../directions';

/** Functional block I TariffAndCost (P2-201 chapter I). */

export const CostUpdated: ActionDefinition = {
  name: 'CostUpdated',
  direction: CSMS_TO_STATION,
  profile: 'I TariffAndCost',
  useCases: ['I02'],
  doc: 'Sent by the CSMS during a transaction to give the Charging Station the running cost so far, for display to the driver.',
  request: ocppObject('CostUpdatedRequest', [
    field('totalCost', decimal(), { required: true, doc: 'The cost of the transaction so far as the CSMS knows it, taxes included, in the currency set by the Currency configuration variable.' }),
    field('transactionId', identifierString(36), { required: true, doc: 'The transaction this cost belongs to.' }),
  ]),
  response: ocppObject('CostUpdatedResponse', [
  ]),
};
