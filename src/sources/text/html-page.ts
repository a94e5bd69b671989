import { load, type CheerioAPI } from "cheerio";
import type { RawInput } from "../source-adapter.ts";
import { blocked, type SourceError } from "../source-error.ts";
import type { Result } from "../../shared/result.ts";

/**
 * Loads an HTML response or saved page. A page that is only the Ruishu challenge (its `$_ts` script and no
 * content) is `blocked`, so a saved challenge page is never read as "no records".
 */
export function loadHtml(input: RawInput, contentSelector: string): Result<CheerioAPI, SourceError> {
  const html = typeof input.body === "string" ? input.body : Buffer.from(input.body).toString("utf8");
  const $ = load(html);
  if ($(contentSelector).length === 0 && /\$_ts\s*=|FSSBBIl1UgzbN7N80|请不要使用非法的URL地址访问/.test(html)) {
    return { ok: false, error: blocked("the page is a bot-shield challenge, not content", null, input.url) };
  }
  return { ok: true, value: $ };
}

/** `<meta name=NAME content=…>` of an NMPA page (PubDate, ArticleTitle, ColumnName). */
export const metaContent = ($: CheerioAPI, name: string): string | null => $(`meta[name="${name}"]`).attr("content")?.trim() || null;
