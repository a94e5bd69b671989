import { z } from "zod";

/** What an official-source adapter yields, for the registry and `dualtrack sources`. */
export const SourceInfoSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string(),
  yields: z.string(),
  url: z.string().nullable(),
});
export type SourceInfo = z.infer<typeof SourceInfoSchema>;

/** The state of one source after its last run. */
export const SourceStateSchema = z.object({
  id: z.string(),
  lastRunAt: z.string().nullable(),
  recordsSeen: z.number().int().nonnegative(),
  blocked: z.boolean(),
  lastError: z.string().nullable(),
});
export type SourceState = z.infer<typeof SourceStateSchema>;
