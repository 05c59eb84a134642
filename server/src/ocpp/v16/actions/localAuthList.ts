import { type ActionDefinition, type Direction, arrayOf, enumOf, field, integer, object, objectOf } from '../../schema';
import { UpdateStatus, UpdateType } from '../enums';
import { AuthorizationData } from '../types';

/** Local Auth List Management profile (OCPP 1.6 §3.1): the list of idTags a charge point may authorize offline. */

const CS_TO_CP: Direction = 'CentralSystemToChargePoint';

// OCPP 1.6 §5.10, §6.27, §6.28
export const GetLocalListVersion: ActionDefinition = {
  name: 'GetLocalListVersion',
  direction: CS_TO_CP,
  profile: 'LocalAuthListManagement',
  doc: 'Asks which version of the local authorization list the charge point holds.',
  request: object('GetLocalListVersion.req', []),
  response: object('GetLocalListVersion.conf', [
    field('listVersion', integer(), {
      required: true,
      doc: 'The version of the list the charge point holds. 0 means the list is empty; -1 means the charge point has no local list support.',
    }),
  ]),
};

// OCPP 1.6 §5.15, §6.41, §6.42 (errata §3.52)
export const SendLocalList: ActionDefinition = {
  name: 'SendLocalList',
  direction: CS_TO_CP,
  profile: 'LocalAuthListManagement',
  doc: 'Sends a full or differential update of the local authorization list.',
  request: object('SendLocalList.req', [
    field('listVersion', integer(), {
      required: true,
      doc: 'The version the list has once this update is applied. Do not use 0 or -1: GetLocalListVersion gives them special meanings.',
    }),
    field('localAuthorizationList', arrayOf(objectOf(AuthorizationData)), {
      doc: 'The entries: the whole new list for Full, the changes for Differential. Each idTag at most once; SendLocalListMaxLength caps the count.',
    }),
    field('updateType', enumOf(UpdateType), {
      required: true,
      doc: 'Full replaces the list; Differential adds, updates and deletes entries.',
    }),
  ]),
  response: object('SendLocalList.conf', [
    field('status', enumOf(UpdateStatus), {
      required: true,
      doc: 'Whether the list was updated, and if not, why.',
    }),
  ]),
};
