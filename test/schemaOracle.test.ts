/**
 * Differential test against the official OCPP 1.6 JSON schemas (issue 4 §5). The schemas, checked by ajv with
 * ajv-formats, are the oracle: for every generated message, our verdict (valid = no error diagnostic) must be
 * the schema's, unless a documented known difference (test/support/oracleDifferences.ts) explains why not.
 *
 * The corpus is generated from the schemas themselves with a fixed seed: random valid messages for all 78
 * payloads, mutations of each that break one thing, systematic variations of every field (each enumeration
 * value, each length limit, each wrong type, ...), and messages aimed at each known difference so every one of
 * them is seen. A sample is also wrapped in a CALL frame, a CALL + CALLRESULT conversation and a lone CALLRESULT,
 * which must get the bare payload's verdict. The run itself (test/support/oracleRun.ts) is shared with 2.0.1's.
 *
 * Set ORACLE_TABLE=1 to print, per kind of message, how often each pair of verdicts occurred.
 */
import { ocpp16 } from '../server/src/ocpp/v16';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { catalogMinimums, knownDifferences } from './support/oracleDifferences';
import { runSchemaOracle } from './support/oracleRun';
import { ocpp16Schemas } from './support/oracleSchemas';

runSchemaOracle({
  schemas: ocpp16Schemas,
  payloadCount: 78,
  catalog: ocpp16,
  service: getLanguageService({ catalogs }),
  knownDifferences,
  catalogMinimums,
  seed: 20240501,
  validPerPayload: 40,
  aimedPerPayload: 4,
  frameSampleEvery: 10,
});
