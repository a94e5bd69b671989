import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Lang } from "../domain/index.ts";

/** The page language: `?lang=` (remembered in a cookie), else the cookie, else Accept-Language, else English. */
export function resolveLang(c: Context): Lang {
  const asked = c.req.query("lang");
  if (asked === "zh" || asked === "en") {
    setCookie(c, "lang", asked, { path: "/", sameSite: "Lax", httpOnly: true, maxAge: 365 * 24 * 3600 });
    return asked;
  }
  const cookie = getCookie(c, "lang");
  if (cookie === "zh" || cookie === "en") return cookie;
  return /^zh\b/i.test(c.req.header("accept-language") ?? "") ? "zh" : "en";
}
