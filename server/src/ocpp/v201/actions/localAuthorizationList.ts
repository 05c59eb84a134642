import { type ActionDefinition, arrayOf, enumOf, field, integer, objectOf } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION } from '../directions';
import { SendLocalListStatusEnumType, UpdateEnumType } from '../enums';
import { AuthorizationData, StatusInfoType } from '../types';

/** Functional block D LocalAuthorizationListManagement (P2-201 chapter D). */

export const GetLocalListVersion: ActionDefinition = {
  name: 'GetLocalListVersion',
  direction: CSMS_TO_STATION,
  profile: 'D LocalAuthorizationListManagement',
  useCases: ['D02'],
  doc: 'Sent by the CSMS to learn which version of the Local Authorization List the Charging Station holds.',
  request: ocppObject('GetLocalListVersionRequest', [
  ]),
  response: ocppObject('GetLocalListVersionResponse', [
    field('versionNumber', integer(), { required: true, doc: 'The version of the installed Local Authorization List; 0 when no list was ever sent or the list is disabled (D02.FR.02, D02.FR.03).' }),
  ]),
};

export const SendLocalList: ActionDefinition = {
  name: 'SendLocalList',
  direction: CSMS_TO_STATION,
  profile: 'D LocalAuthorizationListManagement',
  useCases: ['D01'],
  doc: 'Sent by the CSMS to replace or update the Local Authorization List the Charging Station uses to authorize IdTokens, e.g. while offline.',
  request: ocppObject('SendLocalListRequest', [
    field('localAuthorizationList', arrayOf(objectOf(AuthorizationData), { minItems: 1 }), { doc: 'The entries to install, each an IdToken with optionally its authorization data; an entry without idTokenInfo removes that IdToken in a Differential update. IdTokens may not repeat. An empty Full update clears the list.' }),
    field('versionNumber', integer(), { required: true, doc: 'The version the list will have once this update is applied; always greater than 0 (D01.FR.18).' }),
    field('updateType', enumOf(UpdateEnumType), { required: true, doc: 'Full replaces the whole list; Differential adds, changes or removes only the entries sent.' }),
  ]),
  response: ocppObject('SendLocalListResponse', [
    field('status', enumOf(SendLocalListStatusEnumType), { required: true, doc: 'Accepted when the update was applied, Failed when it could not be, VersionMismatch when a Differential update does not have a higher version than the current list.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Extra detail on the status, e.g. a reason code, when the Charging Station has something to add.' }),
  ]),
};
