/**
 * 2.1's Part 2 numbers its sections differently from 2.0.1's: the shared rules cite 2.0.1's, and a 2.1 file's
 * messages cite the same text in 2.1's numbering. Requirement ids (E01.FR.14, G01.FR.03, ...) are the same in both
 * editions for every rule carried over, so only the section references move.
 */

/** Each 2.0.1 section reference the shared rules make, and where P2-21 has the same text. */
const sections: Readonly<Record<string, string>> = {
  '§1.9.1': '§1.14.1', // ClearedChargingLimitRequest
  '§1.33.1': '§1.45.1', // NotifyChargingLimitRequest
  '§1.36.1': '§1.50.1', // NotifyEVChargingNeedsRequest
  '§1.37.1': '§1.51.1', // NotifyEVChargingScheduleRequest
  '§1.43.1': '§1.63.1', // ReportChargingProfilesRequest
  '§1.44.1': '§1.66.1', // RequestStartTransactionRequest
  '§1.59.1': '§1.83.1', // StatusNotificationRequest
  '§1.60.1': '§1.84.1', // TransactionEventRequest
  '§1.62.1': '§1.86.1', // UnlockConnectorRequest
  '§2.14': '§2.22', // ClearChargingProfileType
  '§2.16': '§2.25', // ComponentType
  '§2.23': '§2.47', // EVSEType
  '§3.23': '§3.24', // ConnectorStatusEnumType
};

/** 2.1 made IdTokenEnumType an open string whose known values (with their formats) are in Appendix 7.1. */
const idTokenTypes = /P2-201 §3\.43( IdTokenEnumType)?/g;

const sectionReference = /P2-201 (§[0-9.]*[0-9])/g;

/** G01.FR.09 came to 2.0.1 through its 2025-01 errata; 2.1's G01 table has it from the start. */
const erratumNote = /, added by the 2025-01 errata/g;

/** `text` citing P2-21 where it cited P2-201; a section without a counterpart keeps its 2.0.1 reference. */
export function citeIn21(text: string): string {
  return text
    .replace(erratumNote, '')
    .replace(idTokenTypes, 'P2-21 Appendix 7.1 IdTokenEnumStringType')
    .replace(sectionReference, (whole, section: string) => {
      const moved = sections[section];
      return moved ? `P2-21 ${moved}` : whole;
    });
}
