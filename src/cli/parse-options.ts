import { InvalidArgumentError } from "commander";
import { PartialDateSchema } from "../domain/index.ts";

/** Option parsers: bad values become commander usage errors with a clear message. */
export function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number");
  return n;
}

/** A whole number ≥ 1 (counts and limits: SQLite refuses `LIMIT 1.5`). */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a whole number greater than 0");
  return n;
}

export function parseDate(value: string): string {
  if (!PartialDateSchema.safeParse(value).success) throw new InvalidArgumentError("expected YYYY-MM-DD, YYYY-MM or YYYY");
  return value;
}

export function parseChoice<T extends string>(choices: readonly T[]) {
  return (value: string, previous: T[] | undefined): T[] => {
    const out = [...(previous ?? [])];
    for (const v of value.split(",").map((s) => s.trim()).filter(Boolean)) {
      const match = choices.find((c) => c.toLowerCase() === v.toLowerCase());
      if (!match) throw new InvalidArgumentError(`expected one of: ${choices.join(", ")}`);
      out.push(match);
    }
    return out;
  };
}

export function parseOne<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    const match = choices.find((c) => c === value);
    if (!match) throw new InvalidArgumentError(`expected one of: ${choices.join(", ")}`);
    return match;
  };
}
