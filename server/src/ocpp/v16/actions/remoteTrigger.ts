import { type ActionDefinition, type Direction, enumOf, field, integer, object } from '../../schema';
import { MessageTrigger, TriggerMessageStatus } from '../enums';

/** Remote Trigger profile (OCPP 1.6 §3.1): asking the charge point to send a message now. */

const CS_TO_CP: Direction = 'CentralSystemToChargePoint';

// OCPP 1.6 §5.17, §6.51, §6.52
export const TriggerMessage: ActionDefinition = {
  name: 'TriggerMessage',
  direction: CS_TO_CP,
  profile: 'RemoteTrigger',
  doc: 'Asks the charge point to send a given message now, e.g. a StatusNotification.',
  request: object('TriggerMessage.req', [
    field('requestedMessage', enumOf(MessageTrigger), {
      required: true,
      doc: 'The message the charge point should send.',
    }),
    // §6.51 says connectorId > 0, but §5.17 uses 0 for the charge point itself (a StatusNotification for
    // connectorId 0), so only negative values are ruled out here.
    field('connectorId', integer({ min: 0 }), {
      doc: 'The connector the message should be about; 0 means the charge point itself. Absent: all connectors, where that makes sense. Ignored by messages that have no connector.',
    }),
  ]),
  response: object('TriggerMessage.conf', [
    field('status', enumOf(TriggerMessageStatus), {
      required: true,
      doc: 'Whether the charge point will send the message. It answers before sending it.',
    }),
  ]),
};
