/**
 * The session engine's public face: what the CLI (`ocpp-run`) and the language server use. Live OCPP-J sessions
 * as a station or a central system, every frame checked; see README.md.
 */
export { connectStation, listenCentral, stationAddress } from './transport';
export { cleartextPasswordWarning } from './cleartext';
export { defaultResponse, transactionCounter } from './defaultResponse';
export { identityLabel, transcriptOf } from './transcript';
export { catalogOf, subprotocolOf } from './versions';
export { defaultMaxTraffic, defaultPingIntervalMs, defaultTimeoutMs } from './session';
export * from './types';
