/** The current time, injectable so that tests and re-runs are deterministic. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export const fixedClock =
  (iso: string): Clock =>
  () =>
    new Date(iso);
