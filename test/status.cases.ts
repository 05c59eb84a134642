/**
 * Cases for 2.0.1 connector statuses across a conversation (server/src/ocpp/v201/rules/status.ts: G01, G03, G04,
 * H01-H04): the findings of the part's codes (code, exact text covered, cited requirement) and the hover on a status,
 * which names the connector's previous status. status.test.ts runs them through the service.
 */
import { conversation, type HoverCase, type RuleCase } from './support/ruleCases';

export const statusCodes = ['connector-status-transition', 'timestamp-backwards'];

let nextId = 0;
/** A StatusNotification CALL and its CALLRESULT on one line. */
export function status(evseId: number, connectorId: number, value: string, timestamp = '2024-05-01T10:00:00Z'): string {
  const id = `s${++nextId}`;
  return `[2, "${id}", "StatusNotification", {"timestamp": "${timestamp}", "connectorStatus": "${value}", "evseId": ${evseId}, "connectorId": ${connectorId}}], [3, "${id}", {}]`;
}

const at = (minute: number) => `2024-05-01T10:${String(minute).padStart(2, '0')}:00Z`;

export const statusCases: RuleCase[] = [
  { name: 'a session: Available, Reserved, Occupied, Available, Unavailable, Available, Faulted, Available gives nothing', clean: true,
    text: conversation(status(1, 1, 'Available', at(0)), status(1, 1, 'Reserved', at(1)), status(1, 1, 'Occupied', at(2)),
      status(1, 1, 'Available', at(3)), status(1, 1, 'Unavailable', at(4)), status(1, 1, 'Available', at(5)),
      status(1, 1, 'Faulted', at(6)), status(1, 1, 'Available', at(7))),
    expect: [] },
  { name: 'H01.FR.11: Occupied -> Reserved is flagged on the Reserved',
    text: conversation(status(1, 1, 'Occupied', at(0)), status(1, 1, 'Reserved', at(1))),
    expect: [{ code: 'connector-status-transition', covers: '"Reserved"', cites: 'H01.FR.11' }] },
  { name: 'H01.FR.17: Unavailable -> Reserved is flagged',
    text: conversation(status(2, 1, 'Unavailable', at(0)), status(2, 1, 'Reserved', at(1))),
    expect: [{ code: 'connector-status-transition', covers: '"Reserved"', cites: 'H01.FR.17' }] },
  { name: 'H01.FR.16: Faulted -> Reserved is flagged',
    text: conversation(status(2, 1, 'Faulted', at(0)), status(2, 1, 'Reserved', at(1))),
    expect: [{ code: 'connector-status-transition', covers: '"Reserved"', cites: 'H01.FR.16' }] },
  { name: 'connectors are told apart by evseId and connectorId: Occupied on 1/1, Reserved on 2/1 and 1/2 gives nothing', clean: true,
    text: conversation(status(1, 1, 'Occupied', at(0)), status(2, 1, 'Reserved', at(1)), status(1, 2, 'Reserved', at(2))),
    expect: [] },
  { name: 'a repeated status is no transition', clean: true,
    text: conversation(status(1, 1, 'Occupied', at(0)), status(1, 1, 'Occupied', at(1))), expect: [] },
  { name: 'P2-201 §1.59.1: a timestamp going back on one connector is flagged',
    text: conversation(status(1, 1, 'Available', at(5)), status(1, 1, 'Occupied', at(1))),
    expect: [{ code: 'timestamp-backwards', covers: `"${at(1)}"`, cites: 'P2-201 §1.59.1' }] },
  { name: 'timestamps of different connectors are not compared', clean: true,
    text: conversation(status(1, 1, 'Available', at(5)), status(1, 2, 'Available', at(1)), status(2, 1, 'Available', at(0))), expect: [] },
  { name: 'a single frame has no history', clean: true, text: '[2, "s", "StatusNotification", {"timestamp": "2024-05-01T10:00:00Z", "connectorStatus": "Reserved", "evseId": 1, "connectorId": 1}]', expect: [] },
];

export const statusHoverCases: HoverCase[] = [
  { name: 'the first status of a connector', text: conversation(status(1, 2, 'Available').replace('"Available"', '"Avai|lable"')),
    note: /First status of connector 2 of EVSE 1 in this file\./ },
  { name: 'the previous status and why the step happens (G01.FR.03)',
    text: conversation(status(1, 1, 'Available'), status(1, 1, 'Occupied').replace('"Occupied"', '"Occu|pied"')),
    note: /Previous status of connector 1 of EVSE 1: Available \(line 2\); Available -> Occupied: an EV was plugged in \(G01\.FR\.03\)/ },
  { name: 'Reserved -> Occupied names G01.FR.06 and the errata\'s G01.FR.09',
    text: conversation(status(3, 1, 'Reserved'), status(3, 1, 'Occupied').replace('"Occupied"', '"Occu|pied"')),
    note: /G01\.FR\.06.*G01\.FR\.09/ },
  { name: 'the operative note from valueNotes (P2-201 §3.23)', text: conversation(status(1, 1, 'Faulted').replace('"Faulted"', '"Fau|lted"')),
    note: /Inoperative \(P2-201 §3\.23\)/ },
  { name: 'another connector\'s status is not the previous one',
    text: conversation(status(1, 1, 'Occupied'), status(1, 2, 'Available').replace('"Available"', '"Avai|lable"')),
    note: /First status of connector 2 of EVSE 1/, absent: /Previous status/ },
];
