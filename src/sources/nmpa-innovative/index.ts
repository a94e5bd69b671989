import type { CheerioAPI } from "cheerio";
import type { Result } from "../../shared/result.ts";
import { makeEvent, makeRecordEvent } from "../record-event.ts";
import type { FetchedPage, ParseContext, ParsedPage, RawInput, RecordEvent, SourceAdapter, SourceRecord, SyncEnv } from "../source-adapter.ts";
import { formatChanged, type SourceError } from "../source-error.ts";
import { isoDate } from "../text/dates.ts";
import { loadHtml, metaContent } from "../text/html-page.ts";
import { cleanText } from "../text/normalize.ts";

const ID = "nmpa-innovative";
const LIST_URL = "https://www.nmpa.gov.cn/zhuanti/cxylqx/cxypxx/index.html";
const ORIGIN = "https://www.nmpa.gov.cn";

/** An approval announcement: title "国家药监局(附条件)批准…上市", its date, and what the article body adds. */
export type InnovativeItem = { url: string; title: string; date: string | null; company: string | null; indication: string | null };

/** The drug named in a title such as 国家药监局附条件批准艾米迈托赛注射液上市 (null when the title is not an approval). */
export function assetFromTitle(title: string): { asset: string; conditional: boolean } | null {
  const m = /(附条件)?批准(?:了)?(.+?)(?:等\d+个(?:品种|产品))?上市/.exec(cleanText(title));
  if (!m?.[2]) return null;
  return { asset: m[2].replace(/^(1类创新药|创新药|国产|进口)/, "").trim(), conditional: Boolean(m[1]) };
}

export function innovativeEvents(item: InnovativeItem): RecordEvent[] {
  const parsed = assetFromTitle(item.title);
  if (!parsed) return [];
  const event = makeEvent({
    asset: parsed.asset,
    company: item.company,
    type: parsed.conditional ? "conditional_approval" : "approval",
    status: parsed.conditional ? "granted" : null,
    agency: "NMPA",
    date: item.date,
    indication: item.indication,
  });
  return [makeRecordEvent({ key: `${ID}:${item.url}`, event, sentence: `NMPA 创新药上市: ${cleanText(item.title)} (${item.date ?? "日期未列出"})`, grantedDate: parsed.conditional ? item.date : null })];
}

const toRecord = (item: InnovativeItem): SourceRecord => ({ key: item.url, url: item.url, data: item, events: innovativeEvents(item) });

/** An article: meta ArticleTitle/PubDate and the `.text` body (company from "批准…申报的", indication from "用于…"). */
function parseArticle($: CheerioAPI, url: string): Result<ParsedPage, SourceError> {
  const title = metaContent($, "ArticleTitle") ?? cleanText($("title").text());
  if (!title) return { ok: false, error: formatChanged(ID, 'meta[name="ArticleTitle"]', "is missing") };
  const body = cleanText($(".text").text());
  const company = /批准(.+?(?:公司|集团|研究所|研究院|大学))申报的/.exec(body)?.[1]?.replace(/^(?:了|由)/, "") ?? null;
  const indication = /(?:用于|适应症为[:：]?)(?:治疗)?(.+?)[。；;]/.exec(body)?.[1] ?? null;
  const item: InnovativeItem = { url, title, date: isoDate(metaContent($, "PubDate")), company, indication };
  return { ok: true, value: { records: [toRecord(item)], total: null } };
}

async function parse(input: RawInput, ctx: ParseContext): Promise<Result<ParsedPage, SourceError>> {
  const loaded = loadHtml(input, ".list, .text");
  if (!loaded.ok) return loaded;
  const $ = loaded.value;
  const base = ctx.url ?? input.url ?? LIST_URL;
  const items = $(".list ul li").toArray();
  if (items.length === 0) {
    if ($(".text").length || $('meta[name="ArticleTitle"]').length) return parseArticle($, base);
    return { ok: false, error: formatChanged(ID, ".list ul li", "is missing (neither a list page nor an article)") };
  }
  const records: SourceRecord[] = [];
  for (const [i, li] of items.entries()) {
    const a = $(li).find("a").first();
    const href = a.attr("href");
    if (!href) return { ok: false, error: formatChanged(ID, `.list ul li[${i}] a[href]`, "is missing") };
    const title = cleanText(a.attr("title") ?? a.text());
    const url = new URL(href, base.startsWith("http") ? base : ORIGIN + "/").href;
    records.push(toRecord({ url, title, date: isoDate($(li).find("span").first().text()), company: null, indication: null }));
  }
  return { ok: true, value: { records, total: null } };
}

async function fetchList(env: SyncEnv): Promise<Result<FetchedPage, SourceError>> {
  const list = await env.http.request({ method: "GET", url: env.resolve(LIST_URL), expect: "html" }, env.signal);
  if (!list.ok) return list;
  const inputs: RawInput[] = [{ body: list.value.body, contentType: list.value.contentType, url: LIST_URL, name: null }];
  const parsed = await parse(inputs[0]!, { fetchedAt: env.fetchedAt, url: LIST_URL, list: null });
  if (!parsed.ok) return parsed;
  const urls = parsed.value.records.map((r) => r.key);
  const known = await env.knownUrls(urls);
  for (const url of urls.filter((u) => !known.has(u))) {
    const page = await env.http.request({ method: "GET", url: env.resolve(url), expect: "html" }, env.signal);
    if (!page.ok) return page;
    inputs.push({ body: page.value.body, contentType: page.value.contentType, url, name: null });
  }
  return { ok: true, value: { inputs, pages: 1 } };
}

export const nmpaInnovative: SourceAdapter = {
  descriptor: {
    id: ID,
    name: "NMPA 创新药上市 news column (innovative-drug approvals)",
    yields: "approval (or conditional_approval) per announcement, with company and indication from the article",
    url: LIST_URL,
    example: "国家药监局附条件批准艾米迈托赛注射液上市 · 2025-01-02 → conditional_approval",
    formats: ["html"],
  },
  parse,
  lists: [{ name: "main", pageSize: 1, warmUpUrl: null, fetchPage: (env) => fetchList(env) }],
};
