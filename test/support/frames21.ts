/**
 * Frames the OCPP 2.1 tests share (test/frames21.test.ts, version21.lsp.test.ts, version21Cli.test.ts), each chosen
 * for the version clue it gives or does not give.
 */

/** A SEND (6): NotifyPeriodicEventStream has no response, so it goes only this way (N15.FR.01). */
export const send = '[6, "s1", "NotifyPeriodicEventStream", {"id": 1, "pending": 0, "basetime": "2025-01-01T10:00:00Z", "data": [{"t": 0, "v": "230.1"}]}]';
export const heartbeatPair = '[2, "c1", "Heartbeat", {}], [3, "c1", {"currentTime": "2025-01-01T10:00:00Z"}]';
/** A CALLERROR code as OCPP-J 2.x spells it (1.6 says FormationViolation): no clue to any version. */
export const formatViolation = '[4, "a1", "FormatViolation", "", {}]';
/** A BootNotification as 2.0.1 writes it (a 2.0.1 clue, chargingStation): also valid in 2.1. */
export const boot201 = '[2, "b1", "BootNotification", {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}]';
export const transactionEvent = (extra = '') => '[2, "t1", "TransactionEvent", {"eventType": "Started", "timestamp": "2025-01-01T10:00:00Z", ' +
  `"triggerReason": "CablePluggedIn", "seqNo": 0${extra}, "transactionInfo": {"transactionId": "tx1", "chargingState": "EVConnected"}}]`;
/** A 1.6-only action: a clue to 1.6. */
export const startTransaction = '[2, "st1", "StartTransaction", {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": "2025-01-01T10:00:00Z"}]';
