import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { findCodes } from "./codes.ts";
import { findDates, resolveDate } from "./dates.ts";
import { findMoney, findRates } from "./money.ts";
import { findPhases } from "./phase.ts";
import { findNames, stripDosageForm } from "./names.ts";
import { findDateline } from "./dateline.ts";
import { definedAbbreviations, withLongForms } from "./abbreviations.ts";
import { prepareText } from "../text/prepare.ts";

const codes = (text: string) => findCodes(text, 0, text.length, () => false).map((c) => c.code);

describe("findCodes(text)", () => {
  it("recognises development codes of every shape Chinese pipelines use", () => {
    const shapes = ["IBI363", "SHR-A1811", "BL-B01D1", "SKB264", "AK112", "HS-20093", "JSKN003", "TQB2102", "GenSci139", "NouvNeu004", "ESO-T01", "HRS-9821", "9MW2821", "HS_SW01"];
    for (const code of shapes) assert.deepEqual(codes(`公司的${code}获批临床。`), [code], code);
  });
  it("takes no congress abstract number for a code (LBA1012, TPS3155), but a code that looks alike (CT041)", () => {
    assert.deepEqual(codes("QX-1305 (LBA1012) will be presented on June 2; a trial-in-progress poster (Abstract TPS3155) and CT041 were also shown."), ["QX-1305", "CT041"]);
  });
  it("takes a lower-case letter glued to capitals and digits for a code (hNPC01), not a lower-case word with a number (mRNA-1273)", () => {
    assert.deepEqual(codes("the FDA granted Fast Track designation to hNPC01, and mRNA-1273 was discussed"), ["hNPC01"]);
  });
  it("takes a word with a number (HELIOS-301, ORIENT-11) for a study, but not a code of letters (ABBV-400)", () => {
    assert.deepEqual(codes("HELIOS-301已获FDA同意开展, ORIENT-11 and ABBV-400"), ["ABBV-400"]);
    assert.deepEqual(codes("This approval based on GLORY-1 etc. several clinical research. GLORY-1 is a phase 3 study; XD-3307 clinical trial application was accepted."), ["XD-3307"]);
  });
  it("ignores an identifier a label names (伦理批件号：…), and a study named before 等III期研究, but not a code before 临床试验申请", () => {
    assert.deepEqual(codes("（伦理批件号：TJ-IRB202504117；备案号：XY-2025-0117）"), []);
    assert.deepEqual(codes("此次获批主要基于GLORY-1等III期研究结果。"), []);
    assert.deepEqual(codes("注射用RC162临床试验申请获CDE承办。"), ["RC162"]);
  });
  it("takes a company's code prefix, a space and a number for a code (NCX 470 of Nicox), never any capitals before a number (ASCO 2025)", () => {
    const text = "公司合作伙伴Nicox公布了NCX 470的III期数据，并在ASCO 2025与XDZ 2026上报告。";
    assert.deepEqual(findCodes(text, 0, text.length, () => false, (letters) => letters === "NCX").map((c) => c.code), ["NCX 470"]);
  });
  it("ignores trial numbers, acceptance numbers, mutations, years and study names, not a product number after a code (EXG102-031)", () => {
    assert.deepEqual(codes("CTR20230354 CXSL2400112 MR-33-24-030536 KRAS G12C 2024LP00973 COVID-19 the OptiTROP-Lung01 study AK112-301"), []);
    assert.deepEqual(codes("the FDA cleared its IND for EXG102-031, a gene therapy"), ["EXG102-031"]);
    assert.deepEqual(codes("the GLORY-1 research result"), []);
  });
  it("trims a describing word from a code and drops what is left when it names a target", () => {
    const text = "HS-20089, a B7-H4-directed ADC, and the HER3-ADC HS-20093";
    const isTarget = (token: string) => token === "B7-H4";
    assert.deepEqual(findCodes(text, 0, text.length, isTarget).map((c) => c.code), ["HS-20089", "HS-20093"]);
    assert.deepEqual(codes("SKB264-based regimens"), ["SKB264"]);
  });
  it("does not take a study told by its apposition (ORION-3, the Ph3 of OR-1207) for a drug code", () => {
    assert.deepEqual(codes("first pt dosed in ORION-3, the Ph3 of OR-1207 in adults"), ["OR-1207"]);
    assert.deepEqual(codes("GLORY-2, a randomized phase 3 trial evaluating QL-1706"), ["QL-1706"]);
  });
  it("takes FY-3308 and YX-G5D for codes, but not a fiscal year (FY2025) or a gene (the CYP4V2 gene)", () => {
    assert.deepEqual(codes("FY-3308注射液 YX-G5D FY2025 revenue, the human CYP4V2 gene, CYP4V2基因, LX-2006 gene therapy"), ["FY-3308", "YX-G5D", "LX-2006"]);
  });
  it("takes targets joined by hyphens (GPRC5D-BCMA-CD3, PD-L1-CD3) for targets, not a code, but keeps a fibrosis stage (F2-F3) apart", () => {
    const targets = new Set(["GPRC5D", "BCMA", "CD3", "PD-L1", "F2", "F3"]);
    const text = "SIM0500, a GPRC5D-BCMA-CD3 trispecific, and a PD-L1-CD3 bispecific; fibrosis F2-F3";
    assert.deepEqual(findCodes(text, 0, text.length, (token) => targets.has(token)).map((c) => c.code), ["SIM0500", "F2-F3"]);
  });
  it("takes one capital before four digits for a code only beside a dosage form or a drug word (D-2570片, D-2570 tablets; not T-1000)", () => {
    assert.deepEqual(codes("公司自主研发的D-2570片用于治疗 D-1553 tablets T-1000 robot"), ["D-2570", "D-1553"]);
  });
  it("takes a study named in capitals after a short prefix (WU-KONG1, WU-KONG1 Part B study) for no code", () => {
    assert.deepEqual(codes("WU-KONG1 Part B study of DZD9008 and the WU-KONG28 trial"), ["DZD9008"]);
  });
  it("takes a target glued to a modality word (B7-H3ADC) for a class of drugs, not a code", () => {
    const text = "Hansoh B7-H3ADC HS-20093 approved; 5 models B7-H3ADC in clinic";
    const isTarget = (token: string) => token === "B7-H3";
    assert.deepEqual(findCodes(text, 0, text.length, isTarget).map((c) => c.code), ["HS-20093"]);
  });
});

describe("findDates(text) and resolveDate(mention, published, anchor)", () => {
  const one = (text: string, published: string | null = null) => {
    const [d] = findDates(text);
    return d ? resolveDate(d, published, null) : undefined;
  };
  it("reads dates written in Chinese numerals, as Hong Kong announcements write them", () => {
    assert.equal(one("於二零二五年一月三日獲批准"), "2025-01-03");
    assert.equal(one("已於二〇二四年十一月刊登"), "2024-11");
    assert.equal(one("二零二三年十二月三十一日"), "2023-12-31");
    assert.equal(one("於二零二四年的年會上"), "2024");
  });
  it("reads a slashed date month first, unless its first number cannot be a month", () => {
    assert.equal(one("• 11/04/2025 — NMPA approval"), "2025-11-04");
    assert.equal(one("on 25/04/2025"), "2025-04-25");
    assert.equal(one("on 13/13/2025"), undefined);
  });

  it("reads absolute dates in Chinese, ISO and English forms", () => {
    assert.equal(one("于2025年3月17日获批"), "2025-03-17");
    assert.equal(one("on 2025-03-17"), "2025-03-17");
    assert.equal(one("on March 17, 2025"), "2025-03-17");
    assert.equal(one("on Oct. 28, 2025"), "2025-10-28");
    assert.equal(one("in July 2022"), "2022-07");
    assert.equal(one("2024年6月获得批准"), "2024-06");
  });
  it("reads 'this April' as that month of the year of publication", () => {
    assert.equal(one("won a second nod this April", "2025-10-20"), "2025-04");
  });
  it("dates a quarter or a part of a year by its year (Q3 2024, mid-2025, H2 2026)", () => {
    assert.equal(one("cleared the IND in Q3 2024"), "2024");
    assert.equal(one("dosed its first patient in mid-2025"), "2025");
    assert.equal(one("expected in H2 2026"), "2026");
    assert.equal(one("a study which launched in late 2024"), "2024");
    assert.equal(one("by the end of 2025"), "2025");
  });
  it("reads 'on 3rd September of 2026' as written by machine translation", () => {
    assert.equal(one("on 3rd September of 2026 obtained the approval"), "2026-09-03");
  });
  it("reads a day before a capitalised month without a year (Tue 3 Mar) and completes it from publication", () => {
    assert.equal(one("moved onto the list on Tue 3 Mar.", "2026-03-09"), "2026-03-03");
    assert.equal(one("notice closed 27 Feb;", "2026-03-09"), "2026-02-27");
    assert.equal(one("the 3 may be", "2026-03-09"), undefined);
  });
  it("reads Chinese dates translated word for word into English", () => {
    assert.equal(one("in 2024 year 2 month obtained NMPA accepted"), "2024-02");
    assert.equal(one("2024 year 6 month 3 day"), "2024-06-03");
    assert.equal(one("2019 year, Innovent obtained"), "2019");
    assert.equal(one("Last year 10 month, Zai Lab announced", "2025-01-17"), "2024-10");
    assert.equal(one("this year 5 month published", "2025-06-28"), "2025-05");
    assert.equal(one("the 2024 year-end results"), undefined);
    assert.equal(one("Company on２０２４年５月２７日received the notice".normalize("NFKC")), "2024-05-27");
  });
  it("resolves relative dates against the publication date", () => {
    assert.equal(one("上周获批", "2025-10-27"), "2025-10-26"); // the Sunday that ended last week
    assert.equal(one("上周（10月20日-10月26日）"), null);
    assert.equal(one("last week (Oct 20-26)", "2025-10-28"), "2025-10-26");
    assert.equal(one("近日收到通知书", "2025-10-27"), "2025-10-27");
    assert.equal(one("去年6月获批", "2025-10-27"), "2024-06");
    assert.equal(one("last month", "2025-01-15"), "2024-12");
    // weekdays: the latest such day on or before publication (2024-04-04 is a Thursday); 上周五: last week's Friday
    assert.equal(one("Genmab said Wednesday", "2024-04-04"), "2024-04-03");
    assert.equal(one("the company said on Monday", "2024-04-04"), "2024-04-01");
    assert.equal(one("本周一晚间，和誉医药宣布", "2023-12-06"), "2023-12-04");
    assert.equal(one("上周五获批", "2025-06-10"), "2025-06-06");
    assert.equal(one("周三宣布", "2025-06-12"), "2025-06-11");
    // a month without a year is completed like a month-day: the latest such month not after publication
    assert.equal(one("In January, the FDA granted it Fast Track designation", "2024-04-04"), "2024-01");
    assert.equal(one("in January 2023", "2025-01-01"), "2023-01");
  });
  it("finds dates after numbers and words that are not dates, in every spacing the rules allow", () => {
    assert.equal(one("ORR 36.5%，于2025 年 3 月 17 日获批"), "2025-03-17");
    assert.equal(one("and 12 patients on 3 March 2025"), "2025-03-03");
    assert.equal(one("data on the 21st March, 2025"), "2025-03-21");
    assert.equal(one("Approved In June 2024 after review"), "2024-06");
    assert.equal(one("上市申请于2025/03/17获批"), "2025-03-17");
    assert.equal(one("上海、本公司、当前均非日期；上个月获批", "2025-05-14"), "2025-04");
    assert.equal(one("同时，当日获批"), null); // 同日 / 当日: the day of the date stated before, which the caller knows
    assert.equal(findDates("同时，当日获批")[0]?.relative, "same_day");
    assert.deepEqual(["那一天，申请获受理", "当天获批", "that year", "次月获批", "the following month", "次年3月"].map((t) => findDates(t)[0]?.relative), ["same_day", "same_day", "same_year", "following_month", "following_month", "following_year"]);
  });
  it("reads a month after 'in' that a count, not a year or a day, follows ('presented in October, 31% of patients')", () => {
    assert.equal(one("presented at UEG Week in October, 31% of patients", "2026-12-09"), "2026-10");
    assert.equal(one("in October, 2025"), "2025-10");
  });
  it("does not complete a date without a year by guessing", () => {
    assert.equal(one("5月12日受理"), null);
    assert.equal(one("5月12日受理", "2025-05-14"), "2025-05-12");
  });
  it("takes the dateline of a text as its publication date", () => {
    assert.equal(findDateline("Title\nOctober 28, 2025\nBody"), "2025-10-28");
    assert.equal(findDateline("2026-02-07 18:40 来源：公司公告\n正文"), "2026-02-07");
    assert.equal(findDateline("no date here"), null);
  });
});

describe("findMoney(text)", () => {
  const money = (text: string, rates = {}) => findMoney(text, 0, text.length, rates).map((m) => [m.usd, m.role]);
  it("reads an amount and its conversion in brackets as one, in the dollars the text states, with the amount's role (upfront payment RMB 150 million (approximately USD 21 million))", () => {
    assert.deepEqual(money("will receive upfront payment RMB 150 million (approximately USD 21 million), and a total of up to 11亿元人民币（约合1.55亿美元）"), [[21e6, "upfront"], [1.55e8, "total"]]);
    assert.deepEqual(money("KRW 15bn upfront (≈ US$11M), milestones not disclosed"), [[11e6, "upfront"]]);
    // (a rate stated in the bracket is no amount, and the dollars the text states win over the rate's arithmetic)
    assert.deepEqual(money("获得200亿韩元首付款（按1美元兑1400韩元计，约合1430万美元）", findRates("按1美元兑1400韩元计")), [[14.3e6, "upfront"]]);
    assert.deepEqual(money("获得50亿日元首付款", findRates("1美元兑150日元")), [[Math.round(5e9 / 150), "upfront"]]);
    assert.deepEqual(findRates("按1美元兑1,400韩元计"), { KRW: 1400 });
    assert.deepEqual(money("Harbour received an upfront and near-term payment of US$53 million"), [[53e6, "upfront"]]);
  });

  it("converts 亿 and 万 and billions to US dollars and reads upfront, total and milestone cues (a contingent value right is a milestone)", () => {
    assert.deepEqual(money("首付款8亿美元，交易总额最高可达84亿美元"), [[8e8, "upfront"], [8.4e9, "total"]]);
    assert.deepEqual(money("取得4500万美元首付款"), [[4.5e7, "upfront"]]);
    assert.deepEqual(money("a deal for up to US$1.2 bn"), [[1.2e9, "total"]]);
    assert.deepEqual(["交易总额为5亿美元", "交易总额超过5.5亿美元", "总金额逾5亿美元", "a total of $550 million"].map((text) => money(text)[0]![1]), ["total", "total", "total", "total"]);
    assert.deepEqual(money("for an upfront payment of $85 million"), [[8.5e7, "upfront"]]);
    assert.deepEqual(money("$300M cash upfront + up to $450M CVR"), [[3e8, "upfront"], [4.5e8, "milestone"]]);
    assert.deepEqual(money("for $800 million in cash at closing plus up to $550 million in contingent value rights"), [[8e8, "upfront"], [5.5e8, "milestone"]]);
  });
  it("reads a total told as a ceiling or after the amount ('to as much as $1.83 billion', 'a $1.4 billion total')", () => {
    assert.deepEqual(findMoney("bringing the total potential value to as much as $1.83 billion").map((m) => m.role), ["total"]);
    assert.deepEqual(findMoney("for $1 billion upfront plus up to $400 million in milestones, a $1.4 billion total").map((m) => m.role), ["upfront", "milestone", "total"]);
  });
  it("reads an amount an agreement 'could reach' as its total", () => {
    assert.deepEqual(findMoney("will receive $50 million upfront in an agreement that could reach $1.2 billion").map((m) => [m.usd, m.role]), [[5e7, "upfront"], [1.2e9, "total"]]);
  });
  it("gives whole dollars, not binary fractions of them", () => {
    assert.deepEqual(money("交易总额最高10.45亿美元"), [[1045000000, "total"]]);
    assert.deepEqual(money("up to $2.3 billion"), [[2300000000, "total"]]);
  });
  it("keeps other currencies unconverted when no rate is stated", () => {
    assert.deepEqual(money("总额约12亿元人民币"), [[null, "other"]]);
  });
  it("converts another currency when the text states the rate", () => {
    const text = "首付款7.1亿元人民币（按1美元兑7.1元人民币计算）";
    assert.deepEqual(findMoney(text, 0, text.length, findRates(text)).map((m) => [m.usd, m.role]), [[1e8, "upfront"]]);
  });
  it("reads a rate stated per unit of the other currency (€1 = US$1.08) the right way round", () => {
    assert.deepEqual(findRates("at an exchange rate of €1 = US$1.08"), { EUR: 1 / 1.08 });
    const text = "€90 million upfront (€1 = US$1.08)";
    assert.deepEqual(findMoney(text, 0, text.length, findRates(text)).map((m) => [m.usd, m.role]), [[97_200_000, "upfront"]]);
  });
});

describe("findPhases(text)", () => {
  const phases = (text: string) => findPhases(text).map((p) => p.phase);
  it("reads Arabic, Roman and Chinese phase notations", () => {
    assert.deepEqual(phases("a Phase II trial"), ["2"]);
    assert.deepEqual(phases("Ⅲ期临床"), ["3"]);
    assert.deepEqual(phases("I/II期临床试验"), ["1/2"]);
    assert.deepEqual(phases("Phase 1b/2 study"), ["1/2"]);
    assert.deepEqual(phases("临床前研究"), ["preclinical"]);
  });
});

describe("findNames(text)", () => {
  const names = (text: string) => findNames(text, 0, text.length).map((n) => n.name);
  it("starts a Chinese generic name after a headline's last words (…获批上市替妥尤单抗填补…)", () => {
    assert.deepEqual(names("本周3款国产创新药获批上市替妥尤单抗填补国内空白"), ["替妥尤单抗"]);
  });
  it("finds English INNs, two-word ADC names and Chinese generic names with dosage wrappers", () => {
    assert.ok(names("sacituzumab tirumotecan was granted").includes("sacituzumab tirumotecan"));
    assert.ok(names("tislelizumab showed").includes("tislelizumab"));
    assert.ok(names("the NMPA approved lonapegsomatropin for children").includes("lonapegsomatropin"));
    assert.ok(names("，泰它西普新适应症获批").includes("泰它西普"));
    assert.ok(names("百济神州的注射用泽尼达妥单抗获批").includes("注射用泽尼达妥单抗"));
    assert.ok(names("“人脐带间充质干细胞注射液”获受理").includes("人脐带间充质干细胞注射液"));
    assert.ok(names("Disitamab and Trastuzumab deruxtecan").includes("Trastuzumab deruxtecan"));
    assert.ok(names("艾贝格司亭α注射液（亿立舒®）获批").includes("亿立舒"));
    assert.ok(!names("the peptide and statistics were outside the concept").length);
  });
  it("finds an INN's short form (cilta-cel, Dato-DXd, sac-TMT)", () => {
    assert.deepEqual(names("cilta-cel and Dato-DXd, then sac-TMT; not a well-known cel-line"), ["cilta-cel", "Dato-DXd", "sac-TMT"]);
  });
  it("strips dosage-form wrappers for identity", () => {
    assert.equal(stripDosageForm("注射用HDM2005"), "HDM2005");
    assert.equal(stripDosageForm("索托克拉片"), "索托克拉");
    assert.equal(stripDosageForm("BW-20805 injection"), "BW-20805");
  });
  it("strips a cell product's wording after a code but keeps a descriptive cell product whole", () => {
    assert.equal(stripDosageForm("QX31细胞注射液"), "QX31");
    assert.equal(stripDosageForm("AB_CD07细胞注射液"), "AB_CD07");
    assert.equal(stripDosageForm("人胎盘间充质干细胞注射液"), "人胎盘间充质干细胞注射液");
  });
});

describe("definedAbbreviations(prepared) and withLongForms(indication, defined)", () => {
  const expand = (text: string, indication: string) => withLongForms(indication, definedAbbreviations(prepareText(text)));
  it("spells out a disease the indication names only by an abbreviation the text defines", () => {
    assert.equal(expand("Blocking IL-4Rα helps in chronic rhinosinusitis with nasal polyps (CRSwNP).", "adults with CRSwNP"), "adults with chronic rhinosinusitis with nasal polyps (CRSwNP)");
    assert.equal(expand("GPC3 is expressed on most hepatocellular carcinomas (HCC).", "HCC"), "hepatocellular carcinomas (HCC)");
    assert.equal(expand("该药主攻难治性系统性红斑狼疮（SLE）。", "12例难治性SLE患者"), "12例难治性系统性红斑狼疮 (SLE)患者");
    assert.equal(expand("用于治疗晚期非小细胞肺癌（NSCLC）。", "晚期鳞状NSCLC"), "晚期鳞状非小细胞肺癌 (NSCLC)");
  });
  it("leaves targets, endpoints, parts of the body and long indications as they are", () => {
    assert.equal(expand("表皮生长因子受体（EGFR）突变", "EGFR突变肺癌"), "EGFR突变肺癌");
    assert.equal(expand("无进展生存期（PFS）延长", "PFS"), "PFS");
    assert.equal(expand("gastric or gastroesophageal junction (GEJ) adenocarcinoma", "gastric/GEJ cancer"), "gastric/GEJ cancer");
    assert.equal(expand("hepatocellular carcinoma (HCC)", "HCC after one prior systemic therapy and sorafenib"), "HCC after one prior systemic therapy and sorafenib");
  });
});
