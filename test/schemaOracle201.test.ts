/**
 * Differential test against the official OCPP 2.0.1 JSON schemas, like test/schemaOracle.test.ts for 1.6 and run
 * by the same code (test/support/oracleRun.ts). The schemas, checked by ajv with ajv-formats (draft-07), are the
 * oracle: for every generated message of the 128 payloads, our verdict (valid = no error diagnostic) must be the
 * schema's, unless a named known difference (knownDifferences201 in test/support/oracleDifferences.ts) explains it:
 * strict RFC 3339 date-times, and the errors of the catalog's rules (v201/rules/), which check what the requirement
 * tables say and a schema cannot.
 *
 * Besides what 1.6 has, 2.0.1's schemas bring customData (an open object: vendor members of any type are valid,
 * a missing vendorId is not), DataTransfer's data of any JSON type, arrays with a maximum length, integers with a
 * minimum and maximum (state of charge), defaults, and identifierStrings; the generator makes valid messages with
 * vendor members and negative integers, mutations past maxItems and outside the number limits, and systematic
 * messages at and one past every limit, every default, and every JSON type at a field of any type.
 *
 * The service is made with the 2.0.1 catalog alone, so every document is read as 2.0.1.
 *
 * Set ORACLE_TABLE=1 to print, per kind of message, how often each pair of verdicts occurred.
 */
import { ocpp201 } from '../server/src/ocpp/v201';
import { getLanguageService } from '../server/src/service';
import { knownDifferences201 } from './support/oracleDifferences';
import { runSchemaOracle } from './support/oracleRun';
import { ocpp201Schemas } from './support/oracleSchemas';

runSchemaOracle({
  schemas: ocpp201Schemas,
  payloadCount: 128,
  catalog: ocpp201,
  service: getLanguageService({ catalogs: [ocpp201] }),
  knownDifferences: knownDifferences201(ocpp201.rules),
  // The 2.0.1 catalog's limits are the schemas' (test/catalog201.test.ts): it adds no minimum.
  catalogMinimums: [],
  seed: 20240502,
  validPerPayload: 30,
  aimedPerPayload: 4,
  frameSampleEvery: 10,
  shape: { negativeIntegers: true, vendorMembers: 0.2 },
});
