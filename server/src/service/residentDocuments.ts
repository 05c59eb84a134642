/**
 * A small conversation per catalog, read and checked once per process and kept for its life: the residents.
 *
 * Why: V8 forgets the hidden class of a class's objects (TextFrame, CallsById, a status report, ...) once the last
 * of them is collected, and with it drops every optimized function compiled against that class (node --trace-deopt
 * says "weak objects"). A document's objects all go when it is dropped (the CLI between files, the server after a
 * file closes), and a conversation's id table (CallsById) right after its reading. The first full collection after
 * that sent the next check back to unoptimized code. Side by side in one process, each check after a full
 * collection, on fresh services: the 1 MB 1.6 log in 54-59 ms before, 21-33 ms with the residents; the 10 MB logs
 * 297-314 -> 253-271 ms (1.6) and 248 -> 184 ms (2.0.1). The residents hold objects of each such class, made by
 * the same code as any document's, so the classes, and the code compiled against them, stay.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Catalog } from '../ocpp/catalog';
import { positionsIn } from '../text/lines';
import { validateDocument } from './check/validate';
import { buildOcppDocument } from './document/ocppDocument';
import { keepingIdTables } from './document/textFrames';
import { FieldSymbols, getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/folding';
import { FrameNames } from './features/frameSymbols';

/**
 * Each kind of frame, an answer, and a CALL whose id repeats an answered one's (the id table's queue for repeated
 * ids), in actions every version has; and a StatusNotification as 1.6 writes it and as 2.0.1 and 2.1 do, whose
 * reports the status rules keep per document: in each version one of them is read with findings, as suspects.
 */
const residentText = `[
  [2, "r1", "Heartbeat", {}],
  [3, "r1", {"currentTime": "2024-01-01T00:00:00Z"}],
  [2, "r2", "Heartbeat", {}],
  [4, "r2", "InternalError", "", {}],
  [2, "r2", "Heartbeat", {}],
  [2, "r3", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available", "timestamp": "2024-01-01T00:00:01Z"}],
  [3, "r3", {}],
  [2, "r4", "StatusNotification", {"timestamp": "2024-01-01T00:00:02Z", "connectorStatus": "Available", "evseId": 1, "connectorId": 1}],
  [3, "r4", {}]
]`;

const residents: unknown[] = [];
const residentCatalogs = new Set<Catalog>();

/** Reads and checks the resident conversation once per catalog, and keeps what that made. */
export function keepResidentDocuments(catalogs: readonly Catalog[]): void {
  for (const catalog of catalogs) {
    if (residentCatalogs.has(catalog)) continue;
    residentCatalogs.add(catalog);
    try {
      const uri = `ocpp-resident:///${catalog.version}.ocpp.json`;
      const checked = keepingIdTables(() => {
        const doc = buildOcppDocument(uri, 1, residentText, catalog);
        validateDocument(doc);
        return doc;
      });
      // The requests a long log makes right after its diagnostics (the Outline, folding) have classes of their own
      // that live only while one is answered: one object of each is kept, and their answers, for the same reason.
      const doc = checked.result;
      const textDocument = TextDocument.create(uri, 'ocpp', 1, residentText);
      const positions = positionsIn(doc) ?? textDocument;
      residents.push(checked, positions, new FrameNames(), new FieldSymbols(positions),
        getDocumentSymbols(doc, textDocument), getFoldingRanges(doc, textDocument));
    } catch {
      // Only a speed-up: a catalog the text does not suit (a test's own) is checked without one.
    }
  }
}
