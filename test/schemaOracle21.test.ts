/**
 * Differential test against the official OCPP 2.1 JSON schemas, like test/schemaOracle201.test.ts for 2.0.1 and run
 * by the same code (test/support/oracleRun.ts). The schemas, checked by ajv with ajv-formats (draft-07), are the
 * oracle: for every generated message of the 181 payloads (90 requests and responses, and the SEND
 * NotifyPeriodicEventStream, read as a request), our verdict (valid = no error diagnostic) must be the schema's,
 * unless a named known difference (knownDifferences201 in test/support/oracleDifferences.ts, which 2.1 shares)
 * explains it: strict RFC 3339 date-times and the errors of the 2.1 rules (2.0.1's carried over). Framed samples go
 * as a SEND where the message has no response, and a CALLRESULT is also followed by a CALLRESULTERROR naming it.
 *
 * Besides what 2.0.1 has, 2.1's schemas bring decimals with a maximum (dischargeLimit at most 0, a battery's soC
 * 0 to 100), which valid messages respect and mutations and systematic messages cross, and strings that were
 * enumerations in 2.0.1 (idToken type, chargingLimitSource, connectorType): the schemas take any string of at most
 * 20 characters there, and so must we, whatever values the catalog knows.
 *
 * The service is made with the 2.1 catalog alone, so every document is read as 2.1.
 *
 * Set ORACLE_TABLE=1 to print, per kind of message, how often each pair of verdicts occurred.
 */
import { ocpp21 } from '../server/src/ocpp/v21';
import { getLanguageService } from '../server/src/service';
import { knownDifferences201 } from './support/oracleDifferences';
import { runSchemaOracle } from './support/oracleRun';
import { ocpp21Schemas } from './support/oracleSchemas';

runSchemaOracle({
  schemas: ocpp21Schemas,
  payloadCount: 181,
  catalog: ocpp21,
  service: getLanguageService({ catalogs: [ocpp21] }),
  knownDifferences: knownDifferences201(ocpp21.rules),
  // The 2.1 catalog's limits are the schemas' (test/catalog21.test.ts): it adds no minimum.
  catalogMinimums: [],
  seed: 20240503,
  validPerPayload: 10,
  aimedPerPayload: 4,
  frameSampleEvery: 10,
  shape: { negativeIntegers: true, vendorMembers: 0.2 },
});
