/**
 * EVSE and connector numbering (P1 §7): EVSEs count from 1, and so do the connectors of each EVSE. evseId 0 is kept
 * for the Charging Station as a whole (its main controller when it reports, the whole station when the CSMS
 * addresses it), and only some fields give it a meaning: there it is accepted and its hover says what it means;
 * where a field's description asks for a number above 0 it is an error; where 0 merely has no use (the field can be
 * left out instead, or there is no connector to name) it is a warning.
 */
import type { NumberNode, ValueNode } from '../../../json/jsonTree';
import type { CodeDefinition, ReportFinding, RuleDocument } from '../../rules';
import type { ActionDefinition, Field, ObjectType } from '../../schema';
import { FieldFinder, fieldOfNode, payloadsOf, type FieldAt } from './payloadFields';
import type { RulePart } from './rulePart';

/** What 0 means in a numbering field, by `<type>.<field>`. Fields not listed only have to be 0 or more. */
export type Numbering =
  /** 0 is the Charging Station as a whole; the hover says what that means here. */
  | { readonly zero: 'station'; readonly note: string }
  /** The field must name an EVSE or connector: 0 is an error, and the message adds `advice`. */
  | { readonly zero: 'error'; readonly advice: string }
  /** 0 names nothing the field can use: a warning whose message is `advice`. */
  | { readonly zero: 'warning'; readonly advice: string };

const numbering: Readonly<Record<string, Numbering>> = {
  // 0 for the Charging Station as a whole.
  'GetCompositeScheduleRequest.evseId': { zero: 'station', note: 'evseId 0 asks for the Charging Station as a whole: the schedule it expects to draw from its grid connection (K08.FR.03).' },
  'CompositeScheduleType.evseId': { zero: 'station', note: 'evseId 0: this is the schedule the Charging Station as a whole expects to draw from its grid connection (K08.FR.03).' },
  'SetChargingProfileRequest.evseId': { zero: 'station', note: 'evseId 0 addresses the Charging Station as a whole: a TxDefaultProfile there applies to every EVSE (K01.FR.14), a ChargingStationMaxProfile limits the whole station (K04.FR.03); a TxProfile needs an EVSE from 1 (K01.FR.16).' },
  'GetChargingProfilesRequest.evseId': { zero: 'station', note: 'evseId 0 asks only for the profiles installed on the Charging Station itself (its grid connection), not those of its EVSEs (K09.FR.05); leave evseId out to get every profile (K09.FR.06).' },
  'ClearChargingProfileType.evseId': { zero: 'station', note: 'evseId 0 clears profiles set for the Charging Station as a whole; leave evseId out to match profiles of any EVSE (P2-201 §2.14).' },
  'ReportChargingProfilesRequest.evseId': { zero: 'station', note: 'evseId 0: the reported profiles are installed on the Charging Station as a whole, e.g. an overall limit for the station (P2-201 §1.43.1).' },
  'MeterValuesRequest.evseId': { zero: 'station', note: 'evseId 0: the samples belong to the Charging Station as a whole, and energy readings come from its main meter (J01.FR.03, J01.FR.04).' },
  // Fields whose description asks for a number above 0.
  'EVSEType.id': { zero: 'error', advice: 'EVSEType.id names one EVSE, counted from 1 (P1 §7.1, P2-201 §2.23).' },
  'RequestStartTransactionRequest.evseId': { zero: 'error', advice: 'evseId is above 0 when given (P2-201 §1.44.1); leave it out to let the Charging Station choose the EVSE (F01.FR.06, F01.FR.20).' },
  'NotifyChargingLimitRequest.evseId': { zero: 'error', advice: 'when given, evseId names the EVSE the limit applies to and is above 0 (P2-201 §1.33.1); leave it out otherwise.' },
  'NotifyEVChargingNeedsRequest.evseId': { zero: 'error', advice: 'evseId names the EVSE the EV is connected to and is never 0 (P2-201 §1.36.1).' },
  'NotifyEVChargingScheduleRequest.evseId': { zero: 'error', advice: 'evseId names the EVSE the schedule applies to and is above 0 (P2-201 §1.37.1).' },
  'EVSEType.connectorId': { zero: 'error', advice: 'connectors are numbered from 1 on every EVSE (P1 §7.2); leave connectorId out to mean the EVSE as a whole.' },
  'StatusNotificationRequest.connectorId': { zero: 'error', advice: 'a StatusNotification reports one connector, and connectors are numbered from 1 on every EVSE (P1 §7.2, F06.FR.13).' },
  'UnlockConnectorRequest.connectorId': { zero: 'error', advice: 'connectors are numbered from 1 on every EVSE (P1 §7.2).' },
  // 0 names nothing usable here.
  'StatusNotificationRequest.evseId': { zero: 'warning', advice: 'evseId 0 stands for the main controller of the Charging Station, which has no connectors: a StatusNotification reports a connector of an EVSE numbered from 1 (P1 §7.1, F06.FR.13).' },
  'UnlockConnectorRequest.evseId': { zero: 'warning', advice: 'evseId 0 stands for the Charging Station as a whole, which has no connector to unlock: name the EVSE, from 1, that holds it (P1 §7.1, P2-201 §1.62.1).' },
  'ReserveNowRequest.evseId': { zero: 'warning', advice: 'evseId 0 is no EVSE to reserve: name one from 1, or leave evseId out to reserve any EVSE (P1 §7.1, H01.FR.04).' },
  'ResetRequest.evseId': { zero: 'warning', advice: 'evseId 0 is no single EVSE: leave evseId out to reset the whole Charging Station (P1 §7.1, B11.FR.03).' },
  'ClearedChargingLimitRequest.evseId': { zero: 'warning', advice: 'evseId 0 is no EVSE: leave evseId out when the limit was set for the whole Charging Station (P1 §7.1, P2-201 §1.9.1).' },
  'IdTokenInfoType.evseId': { zero: 'warning', advice: 'evseId 0 is no EVSE: list the EVSEs from 1 on which the IdToken may be used, or leave evseId out when it is valid on every EVSE (P1 §7.1, C01.FR.19, C01.FR.20).' },
};

/** Where an EVSEType sits decides what to write instead of id 0. */
const evseObjectAdvice: Readonly<Record<string, string>> = {
  ChangeAvailabilityRequest: ' To change the whole Charging Station, leave evse out (G04.FR.01).',
  TriggerMessageRequest: ' To mean every EVSE, leave evse out (F06.FR.11).',
  ComponentType: ' For a component of the Charging Station as a whole, leave evse out (P2-201 §2.16).',
};

const isNumberingField = (owner: ObjectType, field: Field) =>
  field.name === 'evseId' || field.name === 'connectorId' || (owner.name === 'EVSEType' && field.name === 'id');



const codes: Record<string, CodeDefinition> = {
  'evse-id-range': { severity: 'error', description: 'An evseId, EVSE id or connectorId that names no EVSE or connector: below 0 anywhere, or 0 where the field must name one (EVSEs and connectors count from 1).' },
  'evse-id-zero': { severity: 'warning', description: 'evseId 0 (the Charging Station as a whole) in a field where it names nothing usable: a connector of EVSE 0, or a value better left out.' },
};

/** Facts: 1 when some numbering field holds 0, 2 when one is below 0. */
const suspectKey = 'stations.suspect';

/**
 * The part over a catalog's actions: its numbering fields are found along their payloads' paths. `changes` holds
 * what a version says differently about 0 in a field (`<type>.<field>`).
 */
export function stationsOver(actions: readonly ActionDefinition[], changes: Readonly<Record<string, Numbering>> = {}): RulePart {
  const rules: Readonly<Record<string, Numbering>> = { ...numbering, ...changes };
  const ruleOf = (owner: ObjectType, field: Field): Numbering | undefined => rules[`${owner.name}.${field.name}`];
  const allNumbering = new FieldFinder(actions, isNumberingField);
  /** The numbering fields where 0 can be a finding: a payload type without any is not walked for a 0. */
  const zeroMatters = new FieldFinder(actions, (owner, field) => isNumberingField(owner, field) && ruleOf(owner, field)?.zero !== 'station');
  return {
    codes,
    factsMembers: allNumbering.topNames,
    readFacts(payload, facts) {
      // One scan: it stops at a negative number (or a member only the tree can show), and notes any 0 on the way.
      let zero = false;
      const negative = allNumbering.mayHold(payload, (v) => {
        if (v !== 0) return typeof v === 'number' && v < 0;
        zero = true;
        return false;
      });
      if (negative || zero) facts[suspectKey] = negative ? 2 : 1;
    },
    check(doc: RuleDocument, report: ReportFinding): void {
      const payloads = payloadsOf(doc, (frame) => {
        const suspect = frame.facts[suspectKey];
        if (suspect === 2) return true;
        // A 0 matters only in a payload with a field where 0 is wrong: MeterValues' evseId 0 is the whole station.
        const action = frame.action ?? frame.answers?.action;
        return suspect === 1 && !!action && [action.request, action.response].some((type) => type && zeroMatters.reaches(type));
      });
      for (const payload of payloads) {
        allNumbering.find(payload.node, payload.type, (at) => checkNumber(at, ruleOf(at.owner, at.field), report));
      }
    },
    hoverNote(doc: RuleDocument, node: ValueNode): string | undefined {
      if (node.type !== 'number' || node.value !== 0) return undefined;
      const found = fieldOfNode(doc, node, allNumbering);
      if (!found) return undefined;
      const rule = ruleOf(found.at.owner, found.at.field);
      return rule?.zero === 'station' ? rule.note : undefined;
    },
  };
}

function checkNumber(at: FieldAt, rule: Numbering | undefined, report: ReportFinding): void {
  const node = at.node;
  // Anything but an integer is the payload validator's to report.
  if (node.type !== 'number' || !Number.isInteger(node.value) || node.value > 0) return;
  const name = nameOf(at);
  const data = { field: name, value: node.value };
  if (node.value < 0) {
    const what = at.field.name === 'connectorId'
      ? 'connectors are numbered from 1 on every EVSE (P1 §7.2)'
      : 'EVSEs are numbered from 1, and 0 is kept for the Charging Station as a whole (P1 §7.1)';
    report(finding('evse-id-range', node, `${name} ${node.raw} is below 0, which no numbering uses: ${what}.`, data));
    return;
  }
  if (!rule || rule.zero === 'station') return;
  if (rule.zero === 'error') {
    const container = at.owner.name === 'EVSEType' ? at.via[at.via.length - 2]?.name : undefined;
    const extra = (container && at.field.name === 'id' && evseObjectAdvice[container]) || '';
    report(finding('evse-id-range', node, `${name} 0 names no ${at.field.name === 'connectorId' ? 'connector' : 'EVSE'}: ${rule.advice}${extra}`, data));
  } else {
    report(finding('evse-id-zero', node, rule.advice, data));
  }
}

/** How the message names the field: "evse.id" for an EVSEType's id, the field name otherwise. */
function nameOf(at: FieldAt): string {
  if (at.owner.name !== 'EVSEType') return at.field.name;
  return at.field.name === 'id' ? 'evse.id' : `evse.${at.field.name}`;
}

function finding(code: string, node: NumberNode, message: string, data: { readonly [key: string]: unknown }) {
  return { code, message, offset: node.offset, length: node.length, data };
}
