/** Where OCPP 1.6 states what the rules check, as their messages cite it. */
export const references = {
  /** Connector statuses, their transitions and error codes. */
  statuses: 'OCPP 1.6 §4.9',
  /** The Central System assigns transaction ids in StartTransaction.conf. */
  transactions: 'OCPP 1.6 §4.8',
  /** One outstanding CALL per side. */
  oneCallAtATime: 'OCPP-J 1.6 §4.1.1',
} as const;
