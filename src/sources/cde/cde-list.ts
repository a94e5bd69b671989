import type { FetchedPage, SyncEnv, SyncList } from "../source-adapter.ts";
import type { Result } from "../../shared/result.ts";
import type { SourceError } from "../source-error.ts";

export const CDE_ORIGIN = "https://www.cde.org.cn";
export const cdePage = (id: string): string => `${CDE_ORIGIN}/main/xxgk/listpage/${id}`;

/** POSTs a form to a CDE endpoint the way the page's own XHR does (or through the browser when set up). */
export async function cdePost(env: SyncEnv, endpoint: string, pageUrl: string, form: Record<string, string>): Promise<Result<string, SourceError>> {
  if (env.browser) return env.browser(pageUrl, endpoint, form);
  const response = await env.http.request(
    {
      method: "POST",
      url: env.resolve(CDE_ORIGIN + endpoint),
      form,
      headers: { "X-Requested-With": "XMLHttpRequest", Referer: pageUrl, Origin: CDE_ORIGIN },
      expect: "json",
    },
    env.signal,
  );
  if (!response.ok) return response;
  return { ok: true, value: response.value.body.toString("utf8") };
}

/** A paged CDE list: `pageNum` (1-based) and `pageSize` added to the list's own form fields. */
export function cdeList(options: { name: string; endpoint: string; pageUrl: string; pageSize: number; form: Record<string, string> }): SyncList {
  return {
    name: options.name,
    pageSize: options.pageSize,
    warmUpUrl: `${CDE_ORIGIN}/`,
    async fetchPage(env, pageNum, pageSize): Promise<Result<FetchedPage, SourceError>> {
      const form = { ...options.form, pageSize: String(pageSize), pageNum: String(pageNum) };
      const body = await cdePost(env, options.endpoint, options.pageUrl, form);
      if (!body.ok) return body;
      const url = `${CDE_ORIGIN}${options.endpoint}?${new URLSearchParams(form).toString()}`;
      return { ok: true, value: { inputs: [{ body: body.value, contentType: "application/json", url, name: null }], pages: null } };
    },
  };
}
