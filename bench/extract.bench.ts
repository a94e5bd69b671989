// npm run bench:extract [-- --mb 50]: generates mixed Chinese/English pipeline news (seeded, deterministic), runs the
// extractor over it document by document and, over the same text in the same run, one plain regex scan. Prints
// throughput, memory and, as its last line: extract: X MB/s, Y docs/s; plain scan: Z MB/s; ratio R
import { createExtractor } from "../src/extract/index.ts";

const args = process.argv.slice(2);
const targetMb = Number(args[args.indexOf("--mb") + 1] ?? 50) || 50;

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

const COMPANIES_ZH = ["信达生物", "恒瑞医药", "百济神州", "康方生物", "科伦博泰", "百利天恒", "石药集团", "翰森制药", "君实生物", "荣昌生物"];
const COMPANIES_EN = ["Innovent Biologics", "Jiangsu Hengrui", "BeiGene", "Akeso", "Kelun-Biotech", "Biokin", "CSPC", "Hansoh", "Junshi", "RemeGen"];
const PREFIXES = ["IBI", "SHR-", "BGB-", "AK", "SKB", "BL-B0", "SYHX", "HS-", "JS", "RC"];
const EVENTS_ZH = ["获得国家药监局突破性治疗药物认定", "的临床试验申请获得默示许可", "拟纳入突破性治疗品种", "上市申请获受理并纳入优先审评", "获批上市", "获得美国FDA快速通道资格"];
const EVENTS_EN = ["was granted Breakthrough Therapy Designation by the NMPA", "received IND clearance from the FDA", "received Fast Track designation from the FDA", "obtained orphan drug designation", "was approved by the NMPA"];
const INDICATIONS_ZH = ["非小细胞肺癌", "晚期实体瘤", "IgA肾病", "系统性红斑狼疮", "胃癌", "多发性骨髓瘤"];
const INDICATIONS_EN = ["non-small cell lung cancer", "advanced solid tumors", "IgA nephropathy", "hereditary angioedema", "gastric cancer"];
const FILLER_ZH = "该药物在多项临床研究中显示出良好的安全性和有效性，公司将继续推进后续开发工作，行业分析人士认为国内创新药出海趋势明显。";
const FILLER_EN = "The company said the data support further development, and analysts noted the growing number of licensing deals for Chinese assets. ";

function documentText(i: number): string {
  const parts: string[] = [];
  const zh = i % 2 === 0;
  for (let s = 0; s < 12; s++) {
    const k = Math.floor(rand() * COMPANIES_ZH.length);
    const code = `${PREFIXES[k]}${100 + Math.floor(rand() * 9000)}`;
    const day = 1 + Math.floor(rand() * 28);
    if (zh) parts.push(`2025年${1 + (i % 12)}月${day}日，${COMPANIES_ZH[k]}宣布，其自主研发的${code}注射液${pick(EVENTS_ZH)}，用于治疗${pick(INDICATIONS_ZH)}。${FILLER_ZH}`);
    else parts.push(`On March ${day}, 2025, ${COMPANIES_EN[k]} announced that its ADC ${code} ${pick(EVENTS_EN)} for the treatment of ${pick(INDICATIONS_EN)}. ${FILLER_EN}`);
    if (rand() < 0.2) parts.push(zh ? `${COMPANIES_ZH[k]}将${code}授权给默沙东，首付款2亿美元，交易总额最高可达18亿美元。` : `${COMPANIES_EN[k]} out-licensed ${code} to Merck for US$200 million upfront and up to US$1.8 billion in total.`);
  }
  return parts.join(zh ? "\n" : "\n\n");
}

const docs: string[] = [];
let bytes = 0;
while (bytes < targetMb * 1024 * 1024) {
  const text = documentText(docs.length);
  docs.push(text);
  bytes += Buffer.byteLength(text, "utf8");
}
const mb = bytes / 1024 / 1024;
const extractor = createExtractor();
extractor.extract({ documentId: "warm", text: docs[0]!, lang: null, published: "2025-06-01", title: null });

const heapBefore = process.memoryUsage().heapUsed;
let heapPeak = heapBefore;
let events = 0;
const t0 = process.hrtime.bigint();
docs.forEach((text, i) => {
  events += extractor.extract({ documentId: String(i), text, lang: null, published: "2025-06-01", title: null }).events.length;
  if (i % 500 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
});
const extractSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

const PLAIN = /[\u4e00-\u9fff]+|[A-Za-z0-9]+/g;
let tokens = 0;
const t1 = process.hrtime.bigint();
for (const text of docs) for (const _ of text.matchAll(PLAIN)) tokens++;
const plainSeconds = Number(process.hrtime.bigint() - t1) / 1e9;

const extractMbs = mb / extractSeconds;
const plainMbs = mb / plainSeconds;
console.log(`corpus: ${mb.toFixed(1)} MB in ${docs.length} documents; ${events} events extracted; ${tokens} tokens in the plain scan`);
console.log(`heap: ${(heapBefore / 1048576).toFixed(0)} MB before, peak ${(heapPeak / 1048576).toFixed(0)} MB during extraction (sampled every 500 documents)`);
console.log(`extract: ${extractMbs.toFixed(1)} MB/s, ${(docs.length / extractSeconds).toFixed(0)} docs/s; plain scan: ${plainMbs.toFixed(1)} MB/s; ratio ${(extractMbs / plainMbs).toFixed(2)}`);
