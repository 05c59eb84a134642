import type { Direction } from '../schema';

/** Who sends a 2.0.1 request: the Charging Station, the CSMS, or either (DataTransfer). */
export const STATION_TO_CSMS: Direction = 'ChargePointToCentralSystem';
export const CSMS_TO_STATION: Direction = 'CentralSystemToChargePoint';
export const BOTH: Direction = 'Both';
