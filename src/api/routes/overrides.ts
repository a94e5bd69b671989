import type { Hono } from "hono";
import { z } from "zod";
import { readOverridesText, saveOverrides } from "../../pipeline/resolve.ts";
import { AppError } from "../../shared/errors.ts";
import { assertWriteToken, bearerToken } from "../auth.ts";
import type { AppDeps } from "../deps.ts";
import { jsonBody, parseBody } from "../params.ts";

/** The body of `PUT /api/overrides`: the whole overrides file, as YAML text (see docs/resolve.md). */
export const OverridesBodySchema = z.object({ yaml: z.string().max(1_000_000) }).strict();

/** The merge/split overrides file of resolution: read by anyone, replaced with the token. */
export function registerOverridesRoutes(app: Hono, deps: AppDeps): void {
  const path = deps.config.overrides;
  app.get("/api/overrides", (c) => c.json({ path, yaml: readOverridesText(path) }));
  app.put("/api/overrides", async (c) => {
    assertWriteToken(deps.config.token, bearerToken(c.req.header("authorization")));
    const raw = await jsonBody(c);
    const { yaml } = parseBody(OverridesBodySchema, raw);
    const saved = saveOverrides(path, yaml);
    if (!saved.ok) throw new AppError("invalid_input", saved.error);
    return c.json({ path, saved: true, note: "applied on the next resolution run (dualtrack resolve, asset, iit, landscape)" });
  });
}
