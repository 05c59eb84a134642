/**
 * Reading a conversation frame by frame (textFrames.ts), and rereading only what an edit touched, must give
 * exactly what the reference path gives: one syntax tree for the whole text (buildFromTree). These tests compare
 * the two on generated logs with random damage, and after thousands of random edits.
 */
import { describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateConversation, generateConversation201, generateConversation21 } from './support/corpus';
import { Random } from './support/oracleGenerator';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import type { Catalog } from '../server/src/ocpp/catalog';
import { ocpp16 } from '../server/src/ocpp/v16';
import { ocpp201 } from '../server/src/ocpp/v201';
import { ocpp21 } from '../server/src/ocpp/v21';
import { doComplete } from '../server/src/service/features/completion';
import { doHover } from '../server/src/service/features/hover';
import { getDocumentSymbols } from '../server/src/service/features/documentSymbols';
import { buildFromTree, buildOcppDocument, type OcppDocument } from '../server/src/service/document/ocppDocument';
import { featureOptions } from '../server/src/service/features/options';
import { ruleFindingsCarriedOver, validateDocument } from '../server/src/service/check/validate';
import { exchangeKept, isTextFrame } from '../server/src/service/document/textFrames';
import { EditedDocument } from '../server/src/lsp/editedDocument';

// One clock for both readings: completion writes the time into snippets and dateTime values.
const options = featureOptions(undefined, { clock: () => new Date('2024-05-01T10:00:00Z') });
const uri = 'file:///work/log.ocpp.json';

/** Characters that change JSON's structure, and a few that do not. */
const noise = ['[', ']', '{', '}', '"', ',', ':', '\\', '0', '7', 'a', ' ', '\n', '-', '.', 'e', '\u00e9', '\ud83d'];

/** One random change: mostly small ones inside frames, some that break or duplicate whole frames or keys. */
function randomChange(random: Random, text: string): { offset: number; deleted: number; inserted: string } {
  const offset = random.int(0, text.length);
  switch (random.int(0, 7)) {
    case 0:
      return { offset, deleted: 0, inserted: random.pick(noise) };
    case 1:
      return { offset, deleted: Math.min(random.int(1, 3), text.length - offset), inserted: '' };
    case 2: {
      // Retype a value: a status, an action, a number.
      const words = ['"Available"', '"Charging"', '"Faulted"', '"Occupied"', '"Heartbeat"', '"StatusNotification"', '"TransactionEvent"',
        '"Updated"', '"Ended"', '0', '1', '-1', '1.5', 'null'];
      return { offset, deleted: Math.min(random.int(0, 12), text.length - offset), inserted: random.pick(words) };
    }
    case 3: {
      // Copy a whole line (usually a frame) elsewhere: duplicate ids, answers out of order.
      const lineStart = text.lastIndexOf('\n', offset) + 1;
      const lineEnd = text.indexOf('\n', offset);
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd + 1);
      const at = text.indexOf('\n', random.int(0, text.length));
      return { offset: at < 0 ? 0 : at + 1, deleted: 0, inserted: line };
    }
    case 4: {
      // Duplicate a key: JSON.parse would keep the second, the checks must see both.
      const key = text.indexOf('"status":', offset);
      return key < 0 ? { offset, deleted: 0, inserted: '' } : { offset: key, deleted: 0, inserted: '"status":"Faulted",' };
    }
    case 5:
      return { offset, deleted: 0, inserted: random.pick(['//', '/*x*/', ',]', '},', '[3,"x",{}],', '[2,"y","Heartbeat",{}],']) };
    default: {
      const deleted = Math.min(random.int(0, 40), text.length - offset);
      return { offset, deleted, inserted: Array.from({ length: random.int(0, 3) }, () => random.pick(noise)).join('') };
    }
  }
}

/** What typing mostly is: a letter or digit added to or taken from a string or number value. */
function typing(random: Random, text: string): { offset: number; deleted: number; inserted: string } {
  const from = random.int(0, text.length);
  const value = text.indexOf('":', from);
  if (value < 0) return { offset: from, deleted: 0, inserted: '' };
  const offset = value + 2 + (text[value + 2] === '"' ? 1 : 0) + random.int(0, 2);
  return random.chance(0.5) || !/[A-Za-z0-9]/.test(text[offset] ?? '')
    ? { offset, deleted: 0, inserted: random.pick(['a', 'Z', '0', '5', 'é']) }
    : { offset, deleted: 1, inserted: '' };
}

function apply(text: string, change: { offset: number; deleted: number; inserted: string }): string {
  return text.slice(0, change.offset) + change.inserted + text.slice(change.offset + change.deleted);
}

/** Completion offers a fresh random UUID for a uniqueId; everything else must match. */
const withoutUuids = (value: unknown) =>
  JSON.stringify(value).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>');

/** Everything a finding says, so that two lists compare in full. */
const findings = (doc: OcppDocument) => JSON.stringify(validateDocument(doc));

/** Each version's generated logs: 1.6's with its usual defects, 2.0.1's and 2.1's valid (damage comes from the tests). */
const versions: readonly { catalog: Catalog; generate: (bytes: number, seed: number) => string }[] = [
  { catalog: ocpp16, generate: (bytes, seed) => generateConversation(bytes, seed).text },
  { catalog: ocpp201, generate: (bytes, seed) => generateConversation201(bytes, seed).text },
  { catalog: ocpp21, generate: (bytes, seed) => generateConversation21(bytes, seed).text },
];

describe('reading a conversation frame by frame', () => {
  for (const { catalog, generate } of versions) {
    test(`gives the findings, hovers and completions one tree gives, on damaged ${catalog.displayName} logs`, () => {
      const random = new Random(20261123);
      let framewise = 0;
      const cases = 60;
      for (let seed = 0; seed < cases; seed++) {
        let text = generate(12_000, seed);
        const damage = seed % 4; // some logs stay clean
        for (let i = 0; i < damage; i++) text = apply(text, randomChange(random, text));
        const fast = buildOcppDocument(uri, 1, text, catalog);
        const reference = buildFromTree(uri, 1, text, catalog);
        if (fast.layout) framewise++;
        assert.equal(findings(fast), findings(reference), `seed ${seed}`);
        const document = TextDocument.create(uri, 'ocpp', 1, text);
        // The Outline reads frames read without a tree from their text (an unknown action, a payload that is no
        // object or an element missing among them), and names answers after the action their CALL wrote.
        assert.deepEqual(getDocumentSymbols(fast, document), getDocumentSymbols(reference, document), `Outline, seed ${seed}`);
        for (let i = 0; i < 5; i++) {
          const offset = random.int(0, text.length);
          assert.deepEqual(doHover(fast, document, offset, options), doHover(reference, document, offset, options), `hover, seed ${seed} at ${offset}`);
          assert.equal(withoutUuids(doComplete(fast, document, offset, options)), withoutUuids(doComplete(reference, document, offset, options)),
            `completion, seed ${seed} at ${offset}`);
        }
      }
      // Most damage leaves the frames findable; if none were read frame by frame this test would prove nothing.
      assert.ok(framewise >= cases / 2, `only ${framewise} of ${cases} logs were read frame by frame`);
    });
  }

  test('a clean log has no findings either way, and every frame is vouched for without a tree', () => {
    const text = generateConversation(50_000, 7, 0).text;
    const fast = buildOcppDocument(uri, 1, text, ocpp16);
    assert.ok(fast.layout);
    assert.equal(findings(fast), findings(buildFromTree(uri, 1, text, ocpp16)));
    // All but frames with a decimal in steps (SetChargingProfile's limits), whose number as written only a tree has.
    const clean = fast.frames.filter((f) => f.clean).length;
    assert.ok(clean >= 0.9 * fast.frames.length, `${clean} of ${fast.frames.length} frames vouched for`);
  });

  test('the checks keep no frame\'s tree, a request keeps the tree of the frame it reads, and an edit keeps none', () => {
    // A defective frame (an unknown status) between clean ones.
    const text = '[\n[2,"a","Heartbeat",{}],\n[3,"a",{"currentTime":"2024-05-01T10:00:00Z"}],\n'
      + '[2,"b","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Availble"}],\n[3,"b",{}],\n[2,"c","Heartbeat",{}]\n]';
    const service = getLanguageService({ catalogs, version: '1.6' });
    const document = TextDocument.create(uri, 'ocpp', 1, text);
    const diagnostics = service.doValidation(document);
    assert.deepEqual(diagnostics.map((d) => d.code), ['invalid-enum-value']);
    const doc = service.parseDocument(document);
    const kept = () => doc.frames.map((f) => isTextFrame(f) && f.treeKept);
    assert.deepEqual(kept(), [false, false, false, false, false]);
    // A hover on the defective frame's status builds that frame's tree, and keeps it for the next request there.
    const at = text.indexOf('Availble');
    const hover = service.doHover(document, document.positionAt(at));
    assert.ok(hover);
    assert.deepEqual(kept(), [false, false, true, false, false]);
    assert.equal(doc.frames[2].node, doc.frames[2].node);
    // After an edit of that frame its tree (of the old text) goes, and the new findings keep none either.
    const edited = `${text.slice(0, at)}${text.slice(at + 1)}`;
    service.noteChanges(uri, 1, 2, [{ offset: at, deleted: 1, inserted: 0 }]);
    const next = TextDocument.create(uri, 'ocpp', 2, edited);
    assert.deepEqual(service.doValidation(next).map((d) => d.message), [String(diagnostics[0].message).replace('Availble', 'vailble')]);
    assert.deepEqual(service.parseDocument(next).frames.map((f) => isTextFrame(f) && f.treeKept), [false, false, false, false, false]);
  });

  test('an edit takes the frames it did not touch over, moved to the new text with their trees, linked to a CALL read anew', () => {
    const text = '[\n[2,"a","Heartbeat",{}],\n[3,"a",{"currentTime":"2024-05-01T10:00:00Z"}],\n'
      + '[2,"b","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Available"}],\n[3,"b",{}]\n]';
    const service = getLanguageService({ catalogs, version: '1.6' });
    const first = TextDocument.create(uri, 'ocpp', 1, text);
    service.doValidation(first);
    // The new version takes the frames' array over too: the previous version's frames are noted before the edit.
    const before = [...service.parseDocument(first).frames];
    // Trees kept for requests on the first and the last frame go along with them.
    const firstTree = before[0].node;
    const lastTree = before[3].node;
    const at = text.indexOf('Available');
    const edited = `${text.slice(0, at)}${text.slice(at + 1)}`;
    service.noteChanges(uri, 1, 2, [{ offset: at, deleted: 1, inserted: 0 }]);
    const second = TextDocument.create(uri, 'ocpp', 2, edited);
    service.doValidation(second);
    const after = service.parseDocument(second);
    assert.ok(exchangeKept(after));
    assert.equal(after.frames[0], before[0]);
    assert.equal(after.frames[1], before[1]);
    // The edited frame is read anew; the answer after it is the same object, one character earlier, answering the new one.
    const answer = after.frames[3];
    assert.notEqual(after.frames[2], before[2]);
    assert.equal(answer, before[3]);
    assert.equal(answer.answers, after.frames[2]);
    assert.equal(answer.offset, edited.indexOf('[3,"b"'));
    assert.equal(after.frames[0].node, firstTree);
    assert.equal(firstTree.parent, after.tree.root);
    assert.equal(answer.node, lastTree);
    assert.equal(lastTree.parent, after.tree.root);
    assert.equal(lastTree.offset, answer.offset);
    assert.equal(lastTree.items[1].offset, edited.indexOf('"b",{}'));
    // Read through the new version, the frames taken over answer as a full reading of the new text does.
    const full = getLanguageService({ catalogs, version: '1.6' });
    const fresh = TextDocument.create('file:///work/other.ocpp.json', 'ocpp', 1, edited);
    for (const offset of [edited.indexOf('Heartbeat'), edited.indexOf('currentTime'), edited.indexOf('vailable'), edited.indexOf('"b",{}')]) {
      assert.deepEqual(service.doHover(second, second.positionAt(offset)), full.doHover(fresh, fresh.positionAt(offset)));
    }
    assert.deepEqual(service.doValidation(second), full.doValidation(fresh));
  });

  test('an answer whose CALL an edit changes is checked again, its suspects found against the new response', () => {
    // Against BootNotification.conf the answer lacks two fields and has one too many: suspects, no tree.
    const text = '[\n[2,"a","BootNotification",{"chargePointVendor":"V","chargePointModel":"M"}],\n'
      + '[3,"a",{"currentTime":"2024-05-01T10:00:00Z","x":1}]\n]';
    const service = getLanguageService({ catalogs, version: '1.6' });
    const first = TextDocument.create(uri, 'ocpp', 1, text);
    assert.deepEqual(service.doValidation(first).map((d) => d.code), ['missing-field', 'missing-field', 'unknown-field']);
    assert.equal(service.parseDocument(first).frames[1].suspects?.length, 3);
    // The CALL becomes a Heartbeat: the answer, taken over as it was, is now a Heartbeat.conf with one unknown field.
    const at = text.indexOf('BootNotification');
    const edited = `${text.slice(0, at)}Heartbeat${text.slice(at + 'BootNotification'.length)}`;
    service.noteChanges(uri, 1, 2, [{ offset: at, deleted: 'BootNotification'.length, inserted: 'Heartbeat'.length }]);
    const second = TextDocument.create(uri, 'ocpp', 2, edited);
    const full = getLanguageService({ catalogs, version: '1.6' });
    const fresh = TextDocument.create('file:///work/other.ocpp.json', 'ocpp', 1, edited);
    assert.deepEqual(service.doValidation(second), full.doValidation(fresh));
    const answer = service.parseDocument(second).frames[1];
    assert.deepEqual(answer.suspects?.map((s) => s.kind), ['unknown-field']);
    assert.ok(isTextFrame(answer) && !answer.treeKept);
  });

  test('frames with findings on the frame itself are read without a tree, and list in the Outline as from one', () => {
    const frames = [
      '[2,"a","changeavailability",{"connectorId":1,"type":"Inoperative"}]', // an unknown action, answered
      '[3,"a",{"status":"Accepted"}]',
      `[2,"${'b'.repeat(40)}","Heartbeat",{}]`, // a uniqueId too long
      '[4,"c","internalError","",{}]', // an unknown error code
      '[2,"d","Heartbeat","payload"]', // a payload that is no object
      '[2,"e","Heartbeat"]', // an element missing
      '[3,"a",{},{}]', // one too many
      '[7,"f","Heartbeat",{}]', // no MessageTypeId
    ];
    const text = `[\n${frames.join(',\n')}\n]`;
    const fast = buildOcppDocument(uri, 1, text, ocpp16);
    const reference = buildFromTree(uri, 1, text, ocpp16);
    assert.ok(fast.layout);
    assert.ok(fast.frames.every((f) => isTextFrame(f) && f.readWithoutTree));
    assert.equal(findings(fast), findings(reference));
    const frameCodes = new Set(['unknown-action', 'unique-id-length', 'call-error-code', 'payload-type', 'frame-length', 'message-type-id']);
    assert.deepEqual(validateDocument(fast).map((p) => p.code).filter((code) => frameCodes.has(code)),
      ['unknown-action', 'unique-id-length', 'call-error-code', 'payload-type', 'frame-length', 'frame-length', 'message-type-id']);
    assert.deepEqual(fast.frames.map((f) => f.suspects !== undefined), [true, false, true, true, true, true, true, true]);
    // The checks built no tree, the exchange's included, whose findings (on ids) are placed from the text.
    assert.ok(validateDocument(fast).some((p) => p.code === 'unanswered-call') && validateDocument(fast).some((p) => p.code === 'unmatched-response'));
    assert.deepEqual(fast.frames.map((f) => isTextFrame(f) && f.treeKept), fast.frames.map(() => false));
    const document = TextDocument.create(uri, 'ocpp', 1, text);
    const symbols = getDocumentSymbols(fast, document);
    assert.deepEqual(symbols, getDocumentSymbols(reference, document));
    // The answer is named after the action its CALL wrote, which the catalog does not know: read from the CALL's
    // text, as the CALL is listed. Listing built a tree only for the frame without a MessageTypeId, whose detail
    // describes it; the payload that is no object and the missing one were seen in the text.
    assert.equal(symbols[1].name, 'CALLRESULT changeavailability a');
    assert.deepEqual(fast.frames.map((f) => isTextFrame(f) && f.treeKept), [false, false, false, false, false, false, false, true]);
  });

  test('the Outline names and details a CALLERROR from its text, building no tree', () => {
    const text = '[\n[2,"g","Heartbeat",{}],\n[4,"g","GenericError","",{}],\n[4, "h" , "Not\\u0053upported" , "Not \\"here\\"", {}],\n' +
      '[4,"i","InternalError"]\n]';
    const fast = buildOcppDocument(uri, 1, text, ocpp16);
    assert.ok(fast.layout);
    const document = TextDocument.create(uri, 'ocpp', 1, text);
    const symbols = getDocumentSymbols(fast, document);
    assert.deepEqual(symbols, getDocumentSymbols(buildFromTree(uri, 1, text, ocpp16), document));
    assert.deepEqual(symbols.slice(1).map((s) => [s.name, s.detail]),
      [['CALLERROR GenericError g', 'answers Heartbeat'], ['CALLERROR NotSupported h', 'Not "here"'], ['CALLERROR InternalError i', undefined]]);
    // The two whole CALLERRORs were listed from their text; the one without its description, from its tree.
    assert.deepEqual(fast.frames.map((f) => isTextFrame(f) && f.treeKept), [false, false, false, true]);
  });

  test('a clean 2.0.1 log has no findings either way, and every frame is vouched for without a tree', () => {
    const text = generateConversation201(50_000, 7).text;
    const fast = buildOcppDocument(uri, 1, text, ocpp201);
    assert.ok(fast.layout);
    assert.equal(findings(fast), '[]');
    assert.equal(findings(buildFromTree(uri, 1, text, ocpp201)), '[]');
    const clean = fast.frames.filter((f) => f.clean).length;
    assert.equal(clean, fast.frames.length, `${clean} of ${fast.frames.length} frames vouched for`);
  });

  /** A generated log's frames one per line (the generators write one frame per line inside the array). */
  const asJsonLines = (text: string) => `${text.trim().slice(1, -1).trim().split(/,\n\s*/).join('\n')}\n`;
  const formats = [
    ...versions.map((v) => ({ ...v, name: `a ${v.catalog.displayName} log`, uri, incremental: 1 / 4 })),
    // A line break typed into a JSON Lines file moves frames to other lines, which is read again whole: fewer edits
    // are read incrementally there.
    { ...versions[0], name: 'an OCPP 1.6 log in JSON Lines', uri: 'file:///work/log.ocpp.jsonl', incremental: 1 / 5,
      generate: (bytes: number, seed: number) => asJsonLines(versions[0].generate(bytes, seed)) },
  ];
  for (const { catalog, generate, name, uri, incremental } of formats) {
    test(`after thousands of random edits of ${name}, rereading only the touched frames equals a full reading`, () => {
      const random = new Random(6);
      // The version is set, as a .ocpprc.json would set it: a damaged log may lose every clue, and both readings must agree.
      const settings = { version: catalog.version, versionSource: '.ocpprc.json' };
      const service = getLanguageService({ catalogs, ...settings });
      let text = generate(30_000, 3);
      // The server's document: the service reads the touched frames through its textBetween, never its whole text.
      const document = new EditedDocument(uri, 'ocpp', 1, text);
      service.doValidation(document);
      let reused = 0;
      let keptExchange = 0;
      let keptRules = 0;
      const edits = 1000;
      let undo: { offset: number; deleted: number; inserted: string } | undefined;
      for (let i = 0; i < edits; i++) {
        // One to three changes per version, as an editor sends them; often the next version takes the last one
        // back (typing, then deleting), so the log is broken and repaired as it is while someone types.
        const changes = undo && random.chance(0.6) ? [undo]
          : Array.from({ length: random.int(1, 3) }, () => (random.chance(0.75) ? typing(random, text) : randomChange(random, text)));
        undo = undefined;
        for (const change of changes) {
          undo = { offset: change.offset, deleted: change.inserted.length, inserted: text.slice(change.offset, change.offset + change.deleted) };
          text = apply(text, change);
        }
        if (changes.length > 1) undo = undefined;
        const before = service.parseDocument(document);
        // Noted before the edit: an incremental reading takes the frames' array over and changes it in place.
        const firstCoreBefore = before.layout && (before.frames[0] as { core?: unknown } | undefined)?.core;
        const version = document.version + 1;
        for (const c of changes) {
          // Each change applies to the text the previous one left, as an editor sends them.
          const range = { start: document.positionAt(c.offset), end: document.positionAt(c.offset + c.deleted) };
          document.update([{ range, text: c.inserted }], version);
        }
        assert.equal(document.getText(), text);
        service.noteChanges(uri, version - 1, version, changes.map((c) => ({ offset: c.offset, deleted: c.deleted, inserted: c.inserted.length })));
        const incremental = service.doValidation(document);
        const fullService = getLanguageService({ catalogs, ...settings });
        const fullDocument = TextDocument.create(uri.replace('/log.', '/other.'), 'ocpp', 1, text);
        const full = fullService.doValidation(fullDocument);
        assert.deepEqual(incremental, full, `edit ${i}: ${JSON.stringify(changes)}`);
        if (i % 10 === 0) {
          // A hover where the edit was: on a frame read from the touched part, its tree placed in the whole text.
          const at = fullDocument.positionAt(changes[changes.length - 1].offset);
          assert.deepEqual(service.doHover(document, at), fullService.doHover(fullDocument, at), `hover after edit ${i}`);
        }
        const after = service.parseDocument(document);
        // The first frame's core survives an edit elsewhere only when the reading was incremental.
        if (firstCoreBefore && after.layout && firstCoreBefore === (after.frames[0] as { core?: unknown }).core) reused++;
        // Typing inside a payload keeps the exchange: its findings are carried over, not worked out again; and
        // when the facts the rules follow stay too, so are the rules'.
        if (exchangeKept(after)) keptExchange++;
        if (ruleFindingsCarriedOver(after)) keptRules++;
        // Now and then the text is repaired, so the log does not decay into text that is never a conversation.
        if (i % 20 === 19) {
          const fresh = generate(30_000, i);
          service.noteChanges(uri, version, version + 1, [{ offset: 0, deleted: text.length, inserted: fresh.length }]);
          text = fresh;
          document.update([{ text }], version + 1);
          service.doValidation(document);
        }
      }
      assert.ok(reused >= edits * incremental, `only ${reused} of ${edits} edits were read incrementally`);
      assert.ok(keptExchange >= edits / 10, `only ${keptExchange} of ${edits} edits kept the exchange`);
      assert.ok(keptRules >= edits / 20, `only ${keptRules} of ${edits} edits kept the rules' findings`);
    });
  }

  describe('an edit that keeps the exchange carries its findings over only while they cannot have changed', () => {
    /** The findings after `change`, read incrementally, beside a fresh full reading of the same text. */
    const afterEdit = (text: string, change: { offset: number; deleted: number; inserted: string }) => {
      const service = getLanguageService({ catalogs, version: '1.6' });
      service.doValidation(TextDocument.create(uri, 'ocpp', 1, text));
      const edited = apply(text, change);
      service.noteChanges(uri, 1, 2, [{ offset: change.offset, deleted: change.deleted, inserted: change.inserted.length }]);
      const document = TextDocument.create(uri, 'ocpp', 2, edited);
      const incremental = service.doValidation(document);
      const full = getLanguageService({ catalogs, version: '1.6' }).doValidation(TextDocument.create('file:///work/other.ocpp.json', 'ocpp', 1, edited));
      const doc = service.parseDocument(document);
      return { incremental, full, kept: exchangeKept(doc) !== undefined, rulesKept: ruleFindingsCarriedOver(doc) };
    };
    const heartbeat = (id: string, extra = '') => `[2,"${id}","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Available"${extra}}]`;

    test('a version does not keep the versions before it in memory', async () => {
      // A garbage collector this test may call (the flag is set before any code asks for it).
      setFlagsFromString('--expose-gc');
      const collect = runInNewContext('gc') as () => void;
      const service = getLanguageService({ catalogs, version: '1.6' });
      let text = generateConversation(20_000, 5, 0).text;
      const at = text.indexOf('"status":"') + 10;
      const first = new WeakRef(service.parseDocument(TextDocument.create(uri, 'ocpp', 1, text)));
      service.doValidation(TextDocument.create(uri, 'ocpp', 1, text));
      let kept = 0;
      for (let version = 2; version <= 6; version++) {
        text = text.slice(0, at) + (version % 2 ? 'A' : 'a') + text.slice(at + 1);
        service.noteChanges(uri, version - 1, version, [{ offset: at, deleted: 1, inserted: 1 }]);
        const document = TextDocument.create(uri, 'ocpp', version, text);
        service.doValidation(document);
        if (exchangeKept(service.parseDocument(document))) kept++;
      }
      assert.equal(kept, 5, 'every edit kept the exchange');
      // A WeakRef's target stays until the task that made or read it ends.
      await new Promise((resolve) => setImmediate(resolve));
      collect();
      assert.equal(first.deref(), undefined, 'the first version is still in memory after five edits');
    });

    test('a retry whose payload the edit changes becomes a duplicate id', () => {
      // The second CALL repeats the unanswered first one word for word: a retry, which may keep its id.
      const text = `[\n${heartbeat('a')},\n${heartbeat('a')},\n[3,"a",{}]\n]`;
      const before = getLanguageService({ catalogs, version: '1.6' }).doValidation(TextDocument.create(uri, 'ocpp', 1, text));
      assert.ok(!before.some((d) => d.code === 'duplicate-unique-id'));
      const at = text.lastIndexOf('Available');
      const { incremental, full, kept } = afterEdit(text, { offset: at, deleted: 'Available'.length, inserted: 'Preparing' });
      assert.ok(kept);
      assert.deepEqual(incremental, full);
      assert.ok(incremental.some((d) => d.code === 'duplicate-unique-id'), JSON.stringify(incremental));
    });

    test('a line break typed inside a payload moves the lines the messages name', () => {
      // "b" is never answered before the station's next CALL: the note names the next CALL's line. The line break
      // goes into the central system's CALL between them, which no finding is on.
      const text = `[\n${heartbeat('a')},\n[3,"a",{}],\n${heartbeat('b')},\n[2,"x","ClearCache",{}],\n${heartbeat('c')},\n[3,"c",{}]\n]`;
      const at = text.indexOf('{}]', text.indexOf('ClearCache')) + 1;
      const { incremental, full, kept } = afterEdit(text, { offset: at, deleted: 0, inserted: '\n' });
      assert.ok(kept);
      assert.deepEqual(incremental, full);
      const unanswered = incremental.find((d) => d.code === 'unanswered-call');
      assert.match(String(unanswered?.message), /line 7\b/);
    });

    test('the rules\' findings are carried over while the touched frames\' facts stay, and worked out again when they change', () => {
      // Connector 1 is Faulted with errorCode NoError (a rule's finding); connector 2's frame is where the typing happens.
      const status = (id: string, connector: number, value: string, info: string) =>
        `[2,"${id}","StatusNotification",{"connectorId":${connector},"errorCode":"NoError","status":"${value}","info":"${info}"}]`;
      const text = `[\n${status('a', 1, 'Faulted', 'x')},\n[3,"a",{}],\n${status('b', 2, 'Available', 'abc')},\n[3,"b",{}]\n]`;
      const info = afterEdit(text, { offset: text.indexOf('abc') + 1, deleted: 0, inserted: 'Z' });
      assert.ok(info.kept && info.rulesKept, 'info is no fact the rules follow');
      assert.deepEqual(info.incremental, info.full);
      assert.deepEqual(info.incremental.map((d) => d.code), ['faulted-without-error']);

      const faulted = afterEdit(text, { offset: text.indexOf('Available'), deleted: 'Available'.length, inserted: 'Faulted' });
      assert.ok(faulted.kept && !faulted.rulesKept, 'the status is');
      assert.deepEqual(faulted.incremental, faulted.full);
      assert.deepEqual(faulted.incremental.map((d) => d.code), ['faulted-without-error', 'faulted-without-error']);

      // The finding's own frame (the rule read its tree to place the finding there): typing in it works the rules out again.
      const onFinding = afterEdit(text, { offset: text.indexOf('"x"') + 1, deleted: 0, inserted: 'y' });
      assert.ok(onFinding.kept && !onFinding.rulesKept);
      assert.deepEqual(onFinding.incremental, onFinding.full);
    });

    test('an edit in a frame a finding is on, and one after it, move the finding with its frame', () => {
      const text = `[\n${heartbeat('a')},\n[3,"a",{}],\n${heartbeat('b')},\n${heartbeat('c')},\n[3,"c",{}]\n]`;
      const inside = text.indexOf('Available', text.indexOf('"b"'));
      const after = text.indexOf('Available', text.indexOf('"c"'));
      for (const change of [{ offset: inside, deleted: 0, inserted: 'x' }, { offset: after, deleted: 1, inserted: '' }, { offset: 2, deleted: 0, inserted: '  ' }]) {
        const { incremental, full, kept } = afterEdit(text, change);
        assert.ok(kept, JSON.stringify(change));
        assert.deepEqual(incremental, full, JSON.stringify(change));
        assert.ok(incremental.some((d) => d.code === 'unanswered-call'));
      }
    });
  });
});
