import { event, type FixtureDoc } from "./fixture-store.ts";

/**
 * A hand-written corpus around ISO week 2025-W43 (20–26 October 2025): this week's events, the previous
 * week's, the history of some assets, a month-dated event, a fact stated by two documents, and text that
 * tries to inject HTML.
 */
export const WEEK_43: FixtureDoc[] = [
  {
    name: "cde-implied-approvals-1022",
    title: "CDE临床试验默示许可公示（2025-10-22）",
    url: "https://demo.dualtrack.example/cde/implied-1022",
    published: "2025-10-22",
    events: [
      {
        event: event({ asset: "IBI363", company: "信达生物", type: "ind_approved", date: "2025-10-22", indication: "鳞状非小细胞肺癌", modality: "fusion_protein", targets: ["PD-1", "IL-2Ra"] }),
        sentence: "信达生物1类创新药IBI363获得临床试验默示许可，拟用于鳞状非小细胞肺癌。",
      },
      {
        event: event({ asset: "SYH2061", company: "石药集团", type: "ind_approved", date: "2025-10-22", indication: "补体相关肾病", modality: "sirna", targets: ["C5"] }),
        sentence: "石药集团SYH2061注射液获批临床，拟用于治疗补体相关肾病。",
      },
      {
        event: event({ asset: "HRS-9813", company: "恒瑞医药", type: "ind_approved", date: "2025-10-22", indication: "特发性肺纤维化", modality: "small_molecule", targets: [] }),
        sentence: "恒瑞医药HRS-9813获批临床，用于特发性肺纤维化。",
      },
    ],
  },
  {
    name: "hengrui-ind-repeat",
    title: "恒瑞医药公告：HRS-9813获批临床",
    url: "https://demo.dualtrack.example/hengrui/hrs9813",
    published: "2025-10-23",
    events: [
      {
        // the same fact as in the CDE list: merged into one row with two sources
        event: event({ asset: "HRS9813", company: "恒瑞医药", type: "ind_approved", date: "2025-10-22", indication: "特发性肺纤维化", modality: "small_molecule" }),
        sentence: "恒瑞医药子公司的HRS9813片于2025年10月22日获批临床，用于特发性肺纤维化。",
      },
    ],
  },
  {
    name: "cde-acceptances-1020",
    title: "CDE受理品种信息 2025-10-20",
    url: "https://demo.dualtrack.example/cde/accepted-1020",
    published: "2025-10-20",
    events: [
      {
        event: event({ asset: "CS12192", company: "基石药业", type: "ind_accepted", date: "2025-10-20", indication: "类风湿关节炎", modality: "small_molecule", targets: ["JAK3"] }),
        sentence: "基石药业CS12192的临床试验申请获受理（化药1类），拟用于类风湿关节炎。",
      },
      {
        event: event({ asset: "IBI363", company: "信达生物", type: "ind_accepted", date: "2025-10-01", indication: "结直肠癌", modality: "fusion_protein", targets: ["PD-1", "IL-2Ra"] }),
        sentence: "IBI363另一项临床试验申请于10月1日获受理。",
      },
    ],
  },
  {
    name: "cde-btd-1024",
    title: "拟突破性治疗品种公示 <script>alert(1)</script>",
    url: "https://demo.dualtrack.example/cde/btd-1024?a=1&b=<2>",
    published: "2025-10-24",
    events: [
      {
        event: event({ asset: "HRS-5965", company: "恒瑞医药", type: "btd", status: "proposed", date: "2025-10-24", indication: "原发性IgA肾病", modality: "small_molecule", targets: ["CFB"] }),
        sentence: "HRS-5965胶囊拟纳入突破性治疗品种，适应症为原发性IgA肾病。",
      },
      {
        event: event({ asset: "AK112", company: "康方生物", type: "btd", status: "proposed", date: "2025-10-24", indication: "<img src=x onerror=alert(1)> 小细胞肺癌", modality: "bispecific_antibody", targets: ["PD-1", "VEGF"] }),
        sentence: "AK112拟纳入突破性治疗品种 | 适应症 *小细胞肺癌*。",
      },
    ],
  },
  {
    name: "argo-fast-track",
    title: "Argo Biopharma receives FDA Fast Track for BW-20805",
    url: "https://demo.dualtrack.example/argo/bw-20805",
    lang: "en",
    published: "2025-10-21",
    events: [
      {
        event: event({ asset: "BW-20805", company: "Argo Biopharma", type: "fast_track", status: "granted", agency: "FDA", date: "2025-10-21", indication: "hereditary angioedema (HAE)", modality: "sirna", targets: ["KLKB1"], phase: "2" }),
        sentence: "Argo Biopharma announced that the FDA granted Fast Track designation to BW-20805 for hereditary angioedema.",
      },
    ],
  },
  {
    name: "deal-1025",
    title: "Hengrui licenses HRS-5965 rights",
    url: "https://demo.dualtrack.example/deals/1025",
    lang: "en",
    published: "2025-10-25",
    events: [
      {
        event: event({ asset: "HRS-5965", company: "Hengrui", type: "deal", agency: null, date: "2025-10-25", counterparty: "Example Pharma", upfront_usd: 75_000_000, total_usd: 1_050_000_000, modality: "small_molecule", targets: ["CFB"] }),
        sentence: "Hengrui will receive $75 million upfront and up to $1.05 billion in total from Example Pharma.",
      },
    ],
  },
  {
    name: "previous-week",
    title: "上周动态",
    url: "https://demo.dualtrack.example/w42",
    published: "2025-10-17",
    events: [
      { event: event({ asset: "JS207", company: "君实生物", type: "ind_approved", date: "2025-10-15", indication: "晚期实体瘤", modality: "bispecific_antibody", targets: ["PD-1", "VEGF"] }), sentence: "君实生物JS207获批临床。" },
      { event: event({ asset: "LM-302", company: "礼新医药", type: "ind_accepted", date: "2025-10-16", indication: "胃癌", modality: "adc", targets: ["CLDN18.2"] }), sentence: "LM-302临床试验申请获受理。" },
      { event: event({ asset: "X-1", company: "某公司", type: "deal", agency: null, date: "2025-10-14", counterparty: "Y", upfront_usd: 10_000_000 }), sentence: "首付款1000万美元。" },
    ],
  },
  {
    name: "history",
    title: "IBI363与HRS-5965的历史",
    url: null,
    published: "2025-06-01",
    events: [
      { event: event({ asset: "HRS-5965", company: "恒瑞医药", type: "ind_approved", date: "2024-03-05", indication: "IgA肾病", modality: "small_molecule" }), sentence: "HRS-5965于2024年3月获批临床。" },
      { event: event({ asset: "IBI363", company: "信达生物", type: "btd", status: "granted", date: "2025-05", indication: "黑色素瘤" }), sentence: "IBI363于2025年5月纳入突破性治疗。" },
    ],
  },
  {
    name: "month-dated",
    title: "十月回顾",
    url: "https://demo.dualtrack.example/october",
    published: "2025-10-31",
    events: [{ event: event({ asset: "ESO-T01", company: "Example Bio", type: "iit", agency: "NHC", date: "2025-10", indication: "多发性骨髓瘤", modality: "in_vivo_car_t", targets: ["BCMA"] }), sentence: "ESO-T01于10月完成IIT备案。" }],
  },
];
