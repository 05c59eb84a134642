/**
 * The rules that look past one message's schema: how StatusNotifications follow each other, which errorCode
 * fits which status, where transaction ids come from, and whether each CALL was answered in turn. Each lives in
 * the file of its family; this is the one place validate.ts calls.
 */
import { checkTransactionIds, checkUnansweredCalls } from '../../ocpp/v16/rules/exchangeRules';
import type { OcppDocument } from '../document/ocppDocument';
import { checkStatusErrorCodes, checkStatusSequence } from '../../ocpp/v16/rules/statusRules';
import type { Report } from './validatePayload';

export function checkConversationRules(doc: OcppDocument, report: Report): void {
  checkStatusErrorCodes(doc, report);
  checkStatusSequence(doc, report);
  checkTransactionIds(doc, report);
  checkUnansweredCalls(doc, report);
}
