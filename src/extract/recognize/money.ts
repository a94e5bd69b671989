/**
 * Money amounts in US dollars, with what the text says they are (upfront, total, milestone). Amounts in
 * other currencies are kept only as "other" (never converted without a stated rate).
 */
export type MoneyRole = "upfront" | "total" | "milestone" | "other" | "unknown";
export type MoneyMention = { start: number; end: number; usd: number | null; role: MoneyRole };

const SCALE: Record<string, number> = { billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, "hundred million": 1e8, "ten thousand": 1e4, mn: 1e6, m: 1e6, 亿: 1e8, 万: 1e4, 千万: 1e7, 百万: 1e6, 万亿: 1e12 };

const EN = /(US\$|USD ?|\$|RMB ?|CNY ?|EUR ?|€|£|HK\$|¥|KRW ?|₩|JPY ?)\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(billion|bn|million|mn|m|b)?\b/giy;
// (and 亿 machine-translated: "2 hundred million US dollars")
// (and won or yen after the number: "an upfront fee of 5 billion won (US$3.4 million)")
const EN_WORDS = /(\d+(?:\.\d+)?)\s(billion|million|hundred million|ten thousand)\s(US dollars|dollars|USD|yuan|RMB|euros?|won|yen)\b/giy;
const ZH = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(万亿|千万|百万|亿|万)?\s?(美元|美金|元人民币|人民币|元|港元|港币|欧元|韩元|日元)/y;

const UPFRONT = /(?:首付款|预付款|首期付款|upfront|up-front|down payment|initial payment)/i;
const TOTAL_CUE = /(?:value (?:to|of) (?:about|approximately)|value of the (?:deal|agreement|transaction|pact|collaboration) to|总金额|总额|总交易额|交易总额|合计|总计|潜在总|最高(?:可达|达)?|up to|worth|valued at|total|in a|consideration|交易金额|交易对价|对价|for approximately|for about|deal for|\bfor|as much as|(?:could|may|might|would) (?:reach|total|top|be worth))(?=\s?(?:约为?|近|超过?|逾|高达|达|为|approximately|about|nearly|roughly|of|(?:of )?(?:more than|over|approximately|about|nearly|roughly))?\s?$)/;
const MILESTONE = /(?:里程碑|milestone|royalt|销售提成|认股权证|warrant|equity|股权|投资|contingent value right|\bCVRs?\b|或有价值权)/i;

const UPFRONT_ALL = new RegExp(UPFRONT.source, "gi");
const MILESTONE_ALL = new RegExp(MILESTONE.source, "gi");
const TOTAL_CUE_ALL = new RegExp(TOTAL_CUE.source, "gi");

export type Currency = "USD" | "CNY" | "HKD" | "EUR" | "GBP" | "JPY" | "KRW";
/** Exchange rates a text states, as units of the currency per US dollar ("1美元兑7.1元人民币" → CNY 7.1). */
export type Rates = Partial<Record<Currency, number>>;

// (a rate told the other way round, "€1 = US$1.08", is inverted: 1/1.08 euros per dollar)
const INVERSE_RATE_PATTERNS: Array<[RegExp, Currency]> = [
  [/(?:€|EUR)\s?1\s?=\s?(?:US\$|USD)\s?(\d+(?:\.\d+)?)/i, "EUR"],
  [/(?:£|GBP)\s?1\s?=\s?(?:US\$|USD)\s?(\d+(?:\.\d+)?)/i, "GBP"],
  [/1\s?欧元\s?(?:兑|=|≈|约合|折合|兑换)\s?(\d+(?:\.\d+)?)\s?美元/, "EUR"],
];
const RATE_PATTERNS: Array<[RegExp, Currency | null]> = [
  [/1\s?美元\s?(?:兑|=|≈|约合|折合|兑换)\s?(?:人民币\s?)?(\d+(?:\.\d+)?)\s?(?:元|人民币)/, "CNY"],
  [/1\s?美元\s?(?:兑|=|≈|约合|折合|兑换)\s?(\d+(?:\.\d+)?)\s?(?:港元|港币)/, "HKD"],
  [/1\s?美元\s?(?:兑|=|≈|约合|折合|兑换)\s?(\d[\d,]*(?:\.\d+)?)\s?韩元/, "KRW"],
  [/1\s?美元\s?(?:兑|=|≈|约合|折合|兑换)\s?(\d[\d,]*(?:\.\d+)?)\s?日元/, "JPY"],
  [/US\$\s?1\s?=\s?(?:RMB|CNY|¥)\s?(\d+(?:\.\d+)?)/i, "CNY"],
  [/US\$\s?1\s?=\s?(?:HK\$|HKD)\s?(\d+(?:\.\d+)?)/i, "HKD"],
  [/(?:RMB|CNY)\s?(\d+(?:\.\d+)?)\s?(?:per|to the|to one|=)\s?(?:US\s?)?(?:dollar|US\$\s?1)/i, "CNY"],
  [/US\$\s?1\s?=\s?(?:€|EUR)\s?(\d+(?:\.\d+)?)/i, "EUR"],
];

/** The exchange rates a text states; a currency without a stated rate is never converted. */
export function findRates(text: string): Rates {
  const rates: Rates = {};
  // every stated rate names the dollar
  if (!/美元|US\$|dollar/i.test(text)) return rates;
  for (const [re, currency] of RATE_PATTERNS) {
    const m = re.exec(text);
    const rate = m ? Number(m[1]!.replace(/,/g, "")) : NaN;
    if (currency && rate > 0 && rates[currency] === undefined) rates[currency] = rate;
  }
  for (const [re, currency] of INVERSE_RATE_PATTERNS) {
    const m = re.exec(text);
    const dollars = m ? Number(m[1]) : NaN;
    if (dollars > 0 && rates[currency] === undefined) rates[currency] = 1 / dollars;
  }
  return rates;
}

const codes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)));
/** Characters an amount can start with: a digit or the start of a currency sign or code. */
const MONEY_STARTS = codes("0123456789UR$€£H¥CKJ₩");
const SYMBOLS = codes("$€£¥₩");

/** Finds money mentions in text[from, to) and reads their role from the words just before or after. */
export function findMoney(text: string, from = 0, to = text.length, rates: Rates = {}): MoneyMention[] {
  const out: MoneyMention[] = [];
  let convertedCurrency: Currency | null = null;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!MONEY_STARTS.has(c)) continue;
    if (i > 0 && !SYMBOLS.has(c) && /[A-Za-z\d.]/.test(text[i - 1]!)) continue;
    // (the other side of a rate is no amount: "按1美元兑1400韩元计")
    if (RATE_SIDE.test(text.slice(Math.max(0, i - 3), i))) continue;
    let m: RegExpExecArray | null = null;
    let amount: Amount | undefined;
    for (const re of [EN, EN_WORDS, ZH]) {
      re.lastIndex = i;
      m = re.exec(text);
      if (!m || m.index + m[0].length > to) {
        m = null;
        continue;
      }
      amount = amountOf(re, m);
      if (amount === undefined) m = null;
      else break;
    }
    if (!m || !amount) continue;
    // ("首付款港币1.56亿元": the currency named before the amount, its 元 only the unit)
    const named = amount.currency === "CNY" && m[3] === "元" ? CURRENCY_BEFORE.exec(text.slice(Math.max(0, i - 3), i))?.[1] : undefined;
    if (named) amount = { ...amount, currency: CURRENCY[named] ?? amount.currency };
    const end = i + m[0].length;
    const rate = amount.currency === "USD" ? 1 : rates[amount.currency];
    // whole dollars: "10.45亿" is 1,045,000,000, not the float 1044999999.9999999
    const usd = rate ? Math.round(amount.value / rate) : null;
    // ("upfront payment RMB 150 million (approximately USD 21 million)", "200亿韩元首付款（按1美元兑1400韩元计，约合1430万美元）"):
    // a conversion in brackets is the amount it converts, in the dollars the text states, with its role
    const converted = out[out.length - 1];
    const conversion = converted !== undefined && convertedCurrency !== "USD" && amount.currency === "USD" && CONVERSION_BETWEEN.test(text.slice(converted.end, i).replace(STATED_RATE, ""));
    if (conversion) out[out.length - 1] = { start: converted.start, end, usd, role: roleOf(text, converted.start, converted.end, usd) };
    else out.push({ start: i, end, usd, role: roleOf(text, i, end, usd) });
    convertedCurrency = amount.currency;
    i = end - 1;
  }
  return out;
}

const CONVERSION_BETWEEN = /^\s?(?:的?(?:首付款|预付款)|upfront|up-front)?\s?[(（]\s?(?:approximately|approx\.|about|around|roughly|equivalent to|or|约合?|折合|合|≈|~)?\s?$/i;
const RATE_SIDE = /(?:兑换?|=)\s?$/;
/** The rate a bracket states before its conversion: "（按1美元兑1400韩元计，约合1430万美元）". */
const STATED_RATE = /按[^，,()（）]{2,24}计[，,]\s?/;
type Amount = { value: number; currency: Currency };
const CURRENCY_BEFORE = /(港币|港元|美元|欧元)\s?$/;

const CURRENCY: Record<string, Currency> = {
  "US$": "USD", USD: "USD", $: "USD", RMB: "CNY", CNY: "CNY", "¥": "CNY", EUR: "EUR", "€": "EUR", "£": "GBP", "HK$": "HKD", KRW: "KRW", "₩": "KRW", JPY: "JPY",
  美元: "USD", 美金: "USD", 元人民币: "CNY", 人民币: "CNY", 元: "CNY", 港元: "HKD", 港币: "HKD", 欧元: "EUR", 韩元: "KRW", 日元: "JPY",
};

/** The amount and its currency, or undefined when the match is not money after all. */
function amountOf(re: RegExp, m: RegExpExecArray): Amount | undefined {
  if (re === EN) {
    const value = Number(m[2]!.replace(/,/g, ""));
    const scale = m[3] ? SCALE[m[3].toLowerCase()]! : 1;
    if (!m[3] && value < 1000) return undefined; // "$5" alone is not a deal figure
    return { value: value * scale, currency: CURRENCY[m[1]!.trim().toUpperCase()] ?? "USD" };
  }
  if (re === EN_WORDS) {
    const value = Number(m[1]) * SCALE[m[2]!.toLowerCase()]!;
    const word = m[3]!.toLowerCase();
    return { value, currency: /dollar|usd/.test(word) ? "USD" : word.startsWith("euro") ? "EUR" : word === "won" ? "KRW" : word === "yen" ? "JPY" : "CNY" };
  }
  const value = Number(m[1]!.replace(/,/g, "")) * (m[2] ? SCALE[m[2]]! : 1);
  if (value < 1000) return undefined; // "1美元兑7.1元" is a rate, not a deal figure
  return { value, currency: CURRENCY[m[3]!] ?? "CNY" };
}

function roleOf(text: string, start: number, end: number, usd: number | null): MoneyRole {
  if (usd === null) return "other";
  // the words before the amount, within its clause: the cue nearest the amount decides
  const window = text.slice(Math.max(0, start - 24), start);
  const before = window.slice(Math.max(...["，", ",", "；", ";", "。", "(", "（"].map((c) => window.lastIndexOf(c))) + 1);
  const after = text.slice(end, end + 24);
  // ("$800 million in cash at closing": what an acquirer pays up front; "a $35 million option fee": what an option deal does)
  if (/^\s?(?:的)?(?:(?:不可|无需|无须)(?:退还|返还|退回)的?|一次性)?(?:现金)?(?:首付款|预付款|(?:in )?(?:cash )?(?:upfront|up-front)|down payment|in cash at (?:closing|close)\b|at closing\b|option (?:fee|payment)\b|行权前付款|期权费|选择权费)/i.test(after)) return "upfront";
  if (/^\s?(?:的)?(?:里程碑|milestone|认股权证|warrant|股权|equity|royalt|(?:in )?(?:contingent value|CVRs?\b))/i.test(after)) return "milestone";
  // ("agreed to buy $100 million of 3SBio shares": an equity purchase, no term of the licence)
  if (/^\s?(?:of|in) (?:[\w-]+ ){0,2}(?:shares|stock|equity)\b|^\s?(?:的)?(?:股份|股票)/i.test(after)) return "other";
  // ("received an upfront and near-term payment of US$53 million": paid up front, however long the words)
  if (/\b(?:upfront|up-front) and near-term payments? of\s?$/i.test(text.slice(Math.max(0, start - 48), start))) return "upfront";
  // ("total potential payments of more than US$550 million": a total, however long the words)
  if (/\btotal (?:(?:potential|possible|aggregate|contingent) )+(?:payments?|consideration|value) of (?:more than |over |up to |approximately |about )?$/i.test(text.slice(Math.max(0, start - 64), start))) return "total";
  // ("will pay 3SBio $1.25 billion in cash for rights to …": paid up front)
  if (/^\s?in cash (?:for|to acquire|upfront)\b/i.test(after)) return "upfront";
  const last = (re: RegExp) => {
    let at = -1;
    for (const m of before.matchAll(re)) at = m.index;
    return at;
  };
  const cues: Array<[MoneyRole, number]> = [
    ["upfront", last(UPFRONT_ALL)],
    ["milestone", last(MILESTONE_ALL)],
    ["total", last(TOTAL_CUE_ALL)],
  ];
  const [role, at] = cues.reduce((best, c) => (c[1] > best[1] ? c : best));
  // ("up to US$880 million in development, regulatory and commercial milestones", "up to $400 million more in regulatory milestone payments")
  const milestonesAfter = /^[^.;,，。；]{0,30}(?:milestone|里程碑)|^\s(?:more\s)?(?:in|of)\s(?:(?:additional|further|potential|development|developmental|regulatory|registration|clinical|commercial|sales|sales-based|approval|commercialization)(?:,\s?|、|\sand\s|,\s?and\s|\s)){1,6}milestone/i.test(text.slice(end, end + 90));
  // "up to $195 million in milestones" / "最高可达X亿美元的里程碑付款": a ceiling on milestones, not the deal's total; so is
  // one named after the milestones ("milestone payment up to 24 hundred million US dollars", "里程碑付款最高达X"), unless a
  // total comes between ("首付款、行权费及里程碑付款总金额最高可达X")
  const ceiling = /(?:up to|最高(?:可达|达)?)\s?(?:about |approximately |around |约)?$/i.test(before);
  if (role === "total" && ceiling && (milestonesAfter || /(?:milestones?|里程碑)(?:(?!总|total)[^,;，；]){0,24}?(?:up to|最高(?:可达|达)?)\s?$/i.test(before))) return "milestone";
  if (at >= 0) return role;
  if (milestonesAfter) return "milestone";
  if (/^\s?(?:deal|agreement|transaction|licens|collaboration|in total|total\b)/i.test(after)) return "total";
  return "unknown";
}
