/** The ledger's only source of time, so tests can freeze it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** UTC ISO-8601 with milliseconds: how every time is stored. */
export function isoNow(clock: Clock): string {
  return clock().toISOString();
}
