/**
 * Messages that deliver a request's result afterwards, often in parts (Generic FR.05; B07, B08, K09, L01, N01,
 * N02, N07-N09, O04): each carries the requestId of the request that caused it, parts count seqNo up from 0, and
 * every part but the last says tbc true.
 *
 * Only what the file shows is judged: a requestId is checked once a request of the causing kind is in the file,
 * a first part must be seqNo 0 only after its request is in the file, and a report still open at the end of the
 * file is not an error (the file may stop there).
 */
import type { ValueNode } from '../../../json/jsonTree';
import { lineAt } from '../../../text/lines';
import type { CodeDefinition, ReportFinding, RuleDocument, RuleFrame } from '../../rules';
import type { RulePart } from './rulePart';
import { plainValueOf } from '../../../json/treeQueries';
import { flagOf, integerOf, nodeAt, stringOf, type Facts, type PlainPayload } from './partValues';

const codes: Record<string, CodeDefinition> = {
  'report-request-id': { severity: 'warning', description: 'A result message (NotifyReport, LogStatusNotification, ...) whose requestId matches none of the requests of the kind that causes it earlier in the file.' },
  'report-seq-no': { severity: 'warning', description: 'A part of a multi-part report whose seqNo is not 0 for the first part or not one more than the previous part\'s.' },
  'report-tbc': { severity: 'warning', description: 'A part of a multi-part report that follows the part that said it was the last (tbc false or absent).' },
};

/** A kind of result message: what causes it, and how its parts are counted. */
interface Family {
  /** Actions by name: the 2.0.1 and 2.1 catalogs each have their own definitions. */
  readonly notice: string;
  readonly causes: readonly string[];
  readonly requestId: boolean;
  readonly seqNo: boolean;
  readonly tbc: boolean;
  /** The requirements for each rule. */
  readonly cites: { readonly requestId?: string; readonly seqNo?: string; readonly tbc?: string };
}

const families: readonly Family[] = [
  { notice: 'NotifyReport', causes: ['GetBaseReport', 'GetReport'], requestId: true, seqNo: true, tbc: true,
    cites: { requestId: 'B07.FR.04, B08.FR.04', seqNo: 'B07.FR.10, B08.FR.14', tbc: 'NotifyReportRequest.tbc' } },
  { notice: 'NotifyMonitoringReport', causes: ['GetMonitoringReport'], requestId: true, seqNo: true, tbc: true,
    cites: { requestId: 'N02.FR.04', seqNo: 'N02.FR.09', tbc: 'NotifyMonitoringReportRequest.tbc' } },
  { notice: 'NotifyCustomerInformation', causes: ['CustomerInformation'], requestId: true, seqNo: true, tbc: true,
    cites: { requestId: 'Generic FR.05', seqNo: 'NotifyCustomerInformationRequest.seqNo', tbc: 'NotifyCustomerInformationRequest.tbc' } },
  { notice: 'ReportChargingProfiles', causes: ['GetChargingProfiles'], requestId: true, seqNo: false, tbc: true,
    cites: { requestId: 'K09.FR.01', tbc: 'K09.FR.02' } },
  { notice: 'NotifyDisplayMessages', causes: ['GetDisplayMessages'], requestId: true, seqNo: false, tbc: true,
    cites: { requestId: 'Generic FR.05', tbc: 'NotifyDisplayMessagesRequest.tbc' } },
  { notice: 'LogStatusNotification', causes: ['GetLog'], requestId: true, seqNo: false, tbc: false, cites: { requestId: 'N01.FR.07' } },
  { notice: 'FirmwareStatusNotification', causes: ['UpdateFirmware'], requestId: true, seqNo: false, tbc: false, cites: { requestId: 'L01.FR.10' } },
  { notice: 'PublishFirmwareStatusNotification', causes: ['PublishFirmware'], requestId: true, seqNo: false, tbc: false, cites: { requestId: 'Generic FR.05' } },
  { notice: 'NotifyEvent', causes: [], requestId: false, seqNo: true, tbc: true, cites: { seqNo: 'N07.FR.07, N08.FR.04', tbc: 'NotifyEventRequest.tbc' } },
];

const familyOfNotice = new Map<string, Family>(families.map((f) => [f.notice, f]));
const familiesOfCause = new Map<string, Family[]>();
for (const family of families) {
  for (const cause of family.causes) familiesOfCause.set(cause, [...(familiesOfCause.get(cause) ?? []), family]);
}

const K = { requestId: 'reports.requestId', seqNo: 'reports.seqNo', tbc: 'reports.tbc' } as const;

function readFacts(payload: PlainPayload, facts: Facts): void {
  const { requestId, seqNo, tbc, generatedAt } = payload;
  // Every message followed here has a requestId, a tbc or a generatedAt; TransactionEvent's seqNo is not ours.
  if (requestId === undefined && tbc === undefined && generatedAt === undefined) return;
  facts[K.requestId] = integerOf(requestId);
  facts[K.seqNo] = integerOf(seqNo);
  facts[K.tbc] = flagOf(tbc);
}

/** The parts seen so far of one report: one family and requestId (NotifyEvent: one stream). */
interface Run {
  /** True once the request that causes the report is in the file and no part has come yet. */
  requested: boolean;
  last?: { readonly frame: RuleFrame; readonly seqNo?: number; readonly tbc: boolean };
}

const at = (node: ValueNode) => ({ offset: node.offset, length: node.length });

function check(doc: RuleDocument, report: ReportFinding): void {
  if (doc.shape !== 'conversation') return;
  // requestIds asked for, per family, in file order.
  const asked = new Map<Family, Asked>();
  const runs = new Map<string, Run>();
  const runOf = (family: Family, requestId: number | undefined) => {
    const key = `${family.notice}/${requestId ?? ''}`;
    let run = runs.get(key);
    if (!run) runs.set(key, run = { requested: false });
    return run;
  };
  for (const frame of doc.frames) {
    if (frame.messageType?.name !== 'CALL' || !frame.action) continue;
    const causeOf = familiesOfCause.get(frame.action.name);
    if (causeOf) {
      const requestId = integerOf(frame.facts[K.requestId]);
      if (requestId === undefined) continue;
      for (const family of causeOf) {
        let ids = asked.get(family);
        if (!ids) asked.set(family, ids = { set: new Set(), latest: [] });
        ids.set.add(requestId);
        ids.latest.push(requestId);
        if (ids.latest.length > 5) ids.latest.shift();
        // A request (even one reusing an id) starts a new report.
        const run = runOf(family, requestId);
        run.requested = true;
        run.last = undefined;
      }
      continue;
    }
    const family = familyOfNotice.get(frame.action.name);
    if (!family) continue;
    const facts = frame.facts;
    const requestId = integerOf(facts[K.requestId]);
    if (family.requestId) {
      if (requestId === undefined) continue;
      checkRequestId(frame, family, requestId, asked.get(family), report);
    }
    const run = runOf(family, family.requestId ? requestId : undefined);
    const seqNo = integerOf(facts[K.seqNo]);
    const tbc = facts[K.tbc] === 1;
    checkPart(doc, frame, family, run, seqNo, requestId, report);
    run.requested = false;
    run.last = { frame, seqNo, tbc };
  }
}

/** The requestIds asked for by one family's requests: all of them, and the latest few for messages. */
interface Asked {
  readonly set: Set<number>;
  readonly latest: number[];
}

function checkRequestId(frame: RuleFrame, family: Family, requestId: number, asked: Asked | undefined,
  report: ReportFinding): void {
  // Without a causing request in the file, the request is outside it: nothing to compare with.
  if (!asked || asked.set.has(requestId)) return;
  // A log upload canceled for a newer GetLog reports the older request's id, which may be outside the file.
  if (family.notice === 'LogStatusNotification' && stringOf(plainValueOf(nodeAt(frame.payloadNode, 'status'))) === 'AcceptedCanceled') return;
  const node = nodeAt(frame.payloadNode, 'requestId');
  if (!node) return;
  const causes = family.causes.map((c) => `${c}Request`).join(' or ');
  const latest = [...asked.latest];
  report({ code: 'report-request-id', ...at(node),
    message: `requestId ${requestId} matches no ${causes} earlier in this file (${asked.set.size > latest.length ? 'latest ' : ''}requestIds asked for: ${latest.join(', ')}): ` +
      `a ${family.notice}Request carries the requestId of the request it answers (${family.cites.requestId}, Generic FR.05).`,
    data: { requestId, knownRequestIds: latest, action: family.notice } });
}

function checkPart(doc: RuleDocument, frame: RuleFrame, family: Family, run: Run, seqNo: number | undefined,
  requestId: number | undefined, report: ReportFinding): void {
  const last = run.last;
  const which = requestId !== undefined ? ` of requestId ${requestId}` : '';
  if (last && !last.tbc && family.tbc) {
    const line = lineAt(doc, last.frame.offset);
    if (!family.requestId) {
      // NotifyEvent: the previous report is complete, so this part starts a new one.
      if (seqNo === undefined || seqNo === 0) return;
      const node = nodeAt(frame.payloadNode, 'seqNo');
      if (node) report({ code: 'report-seq-no', ...at(node),
        message: `The ${family.notice} on line ${line} was the last part of its report (tbc false or absent), so this one starts a new report with seqNo 0 (${family.cites.seqNo}); if it continues that report, the part on line ${line} needs tbc true (${family.cites.tbc}).`,
        data: { seqNo, expected: 0, previousLine: line } });
      return;
    }
    const node = nodeAt(frame.payloadNode, 'requestId');
    if (node) report({ code: 'report-tbc', ...at(node),
      message: `The ${family.notice} on line ${line} said it was the last part${which} (tbc false or absent), yet another part follows: every part but the last carries tbc true (${family.cites.tbc}).`,
      data: { requestId, previousLine: line } });
    return;
  }
  if (!family.seqNo || seqNo === undefined) return;
  let expected: number | undefined;
  let why = '';
  if (last?.seqNo !== undefined) {
    expected = last.seqNo + 1;
    why = `the previous part${which} (line ${lineAt(doc, last.frame.offset)}) had seqNo ${last.seqNo}`;
  } else if (!last && run.requested) {
    expected = 0;
    why = `it is the first part${which} after the request`;
  }
  if (expected === undefined || seqNo === expected) return;
  const node = nodeAt(frame.payloadNode, 'seqNo');
  if (node) report({ code: 'report-seq-no', ...at(node),
    message: `seqNo ${seqNo} should be ${expected}: ${why}. Parts of a report count from seqNo 0 up by one (${family.cites.seqNo}).`,
    data: { seqNo, expected, requestId } });
}

export const reportsPart: RulePart = { codes, readFacts, factsMembers: ['requestId', 'seqNo', 'tbc', 'generatedAt'], check };
