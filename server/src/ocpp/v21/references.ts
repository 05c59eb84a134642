/** Where OCPP 2.1 states what the rules check, as their messages cite it. */
export const references = {
  /** One outstanding request per side (Part 2, Generic requirements). */
  oneCallAtATime: 'OCPP 2.1 Generic FR.01',
} as const;
