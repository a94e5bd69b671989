import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createExtractor } from "./index.ts";
import type { Event } from "../domain/index.ts";

const extractor = createExtractor();
const extract = (text: string, published: string | null = "2025-06-10", lang: "zh" | "en" | null = null): Event[] =>
  extractor.extract({ documentId: "test", text, lang, published, title: null }).events.map(({ provenance: _p, ...e }) => e);
const one = (text: string, published: string | null = "2025-06-10") => {
  const events = extract(text, published);
  assert.equal(events.length, 1, JSON.stringify(events, null, 1));
  return events[0]!;
};

describe("RulesExtractor.extract(input)", () => {
  it("reads a granted NMPA breakthrough designation with its indication, company, modality and targets", () => {
    const e = one("2025年6月4日，信达生物宣布，其PD-1/IL-2α-bias双特异性抗体融合蛋白IBI363获国家药监局药品审评中心突破性治疗药物认定，用于治疗经抗PD-(L)1治疗失败的鳞状非小细胞肺癌。");
    assert.equal(e.asset, "IBI363");
    assert.equal(e.type, "btd");
    assert.equal(e.status, "granted");
    assert.equal(e.agency, "NMPA");
    assert.equal(e.date, "2025-06-04");
    assert.match(e.company ?? "", /信达/);
    assert.equal(e.modality, "fusion_protein");
    assert.ok(e.indication?.includes("鳞状非小细胞肺癌"));
  });

  it("knows a code named with a cell product's wording (QX31细胞注射液) and later bare (QX31) as one drug", () => {
    const e = one("上海某生物科技有限公司的QX31细胞注射液拟纳入突破性治疗品种，拟用于治疗难治性系统性红斑狼疮。QX31是一款靶向CD19和BCMA的双靶点自体CAR-T。");
    assert.equal(e.asset, "QX31");
    assert.deepEqual(e.asset_aliases, ["QX31细胞注射液"]);
    assert.deepEqual(e.targets, ["CD19", "TNFRSF17"]);
    assert.equal(e.modality, "car_t");
  });

  it("tells a proposed notice (拟纳入) from a grant", () => {
    const e = one("恒瑞医药的HRS-5965胶囊拟纳入突破性治疗品种，拟定适应症为原发性IgA肾病。");
    assert.equal(e.type, "btd");
    assert.equal(e.status, "proposed");
  });

  it("does not report plans and intentions as events", () => {
    assert.deepEqual(extract("Summit plans to submit a BLA for ivonescimab to the FDA in 2026."), []);
    assert.deepEqual(extract("康方生物拟于明年向FDA提交依沃西单抗的上市申请。"), []);
    assert.deepEqual(extract("HRS-5965后续能否顺利获批上市，仍存在不确定性。"), []);
  });

  it("does not report counts without names", () => {
    assert.deepEqual(extract("上周共有三款药物获得突破性治疗药物认定。"), []);
    assert.deepEqual(extract("Three drugs received Breakthrough Therapy Designation last week."), []);
  });

  it("gives the members of a counted set its event, until the text tells a drug's news of another kind", () => {
    const events = extract(
      "3月26日，CDE公示3款药物拟纳入突破性治疗品种。其中，信达生物的XYZ-601拟用于晚期胰腺癌。XYZ-601是一款ADC。默示许可方面，石药集团的XYZ-602获批开展非小细胞肺癌的临床研究。XYZ-602是一款靶向EGFR的ADC。",
      "2025-03-30",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.status, e.date]), [
      ["XYZ-601", "btd", "proposed", "2025-03-26"],
      ["XYZ-602", "ind_approved", null, "2025-03-30"],
    ]);
  });

  it("reads a notice block: field lines keep the drug in view, 该申请 points back to it, 适应症 is its indication", () => {
    const events = extract(
      "公司自主研发的注射用XYZ-801的临床试验申请已获得默示许可。\n药品名称：注射用XYZ-801\n受理号：CXSL2400001\n剂型：注射剂\n申请人：甲生物股份有限公司；\n乙生物有限公司\n适应症：晚期实体瘤\n审查结论：该申请于2024年10月18日获受理，申请人可按照提交的方案开展临床试验。\nXYZ-801拟用于非小细胞肺癌等多种实体瘤。",
      "2025-01-13",
    );
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [
      ["ind_approved", "2025-01-13", "晚期实体瘤"],
      ["ind_accepted", "2024-10-18", "晚期实体瘤"],
    ]);
  });

  it("reads an announcement's 拟定适应症 field as its event's indication past the notice's frame lines", () => {
    const e = one(
      "近日，甲乙生物科技股份有限公司收到CDE通知，公司自主研发的注射用XD-2207被纳入突破性治疗药物程序。现将相关情况公告如下：\n一、药品基本情况\n药品名称：注射用XD-2207\n申请人：甲乙生物科技股份有限公司\n受理号：CXSL2400123\n拟定适应症：既往接受过含铂化疗且疾病进展的广泛期小细胞肺癌\n二、药品的其他相关情况",
    );
    assert.equal(e.type, "btd");
    assert.equal(e.indication, "既往接受过含铂化疗且疾病进展的广泛期小细胞肺癌");
  });

  it("gives a deal the disease its sentence names for the drug, never the rights or territory it grants", () => {
    const en = one("Nordvale Therapeutics paid Hangzhou Xuda Biotech $20 million upfront for global rights outside Greater China to XD-410, a long-acting C5 antibody for paroxysmal nocturnal hemoglobinuria, with up to $600 million in milestones.");
    assert.equal(en.type, "deal");
    assert.equal(en.indication, "paroxysmal nocturnal hemoglobinuria");
    const zh = one("甲乙生物公告，公司已与丙丁制药签署独家许可协议，授予丙丁制药在全球范围内开发及商业化XD-7020用于自身免疫性疾病的独家权利，首付款为5000万美元。");
    assert.equal(zh.indication, "自身免疫性疾病");
    const scope = one("甲乙生物公告，公司已与丙丁制药签署独家许可协议，首付款为5000万美元。许可范围：XD-1205在许可区域内全部适应症的独家开发、生产及商业化权利。");
    assert.equal(scope.indication, null);
  });

  it("gives a designation the indication a later sentence defining the drug labels (X是一款…，此次获认定的适应症为Y)", () => {
    const events = extract(
      "9月，甲乙医药的XD-088C与丙丁生物的XD-204先后获得FDA孤儿药资格认定。\n一、孤儿药资格\nXD-088C是甲乙医药开发的一款靶向B7-H3的抗体偶联药物（ADC），此次获认定的适应症为小细胞肺癌。该赛道竞争激烈。\nXD-204为丙丁生物开发的RNA编辑疗法，适用于MECP2重复综合征。",
      "2025-10-08",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.indication]), [
      ["XD-088C", "orphan_drug", "小细胞肺癌"],
      ["XD-204", "orphan_drug", "MECP2重复综合征"],
    ]);
  });

  it("reads an English designation's 'in <disease>' after the drug's bracketed description, and a metastatic abbreviation (mCRC)", () => {
    const first = one("- Xuda Biotech: FDA Breakthrough Therapy designation for XD-812 (inhaled PDE4B inhibitor) in progressive pulmonary fibrosis (Jan. 5).", "2025-01-10");
    assert.equal(first.indication, "progressive pulmonary fibrosis");
    const second = one("China's Center for Drug Evaluation granted XD-302 breakthrough therapy designation in 2024 for third-line mCRC.", "2025-01-10");
    assert.equal(second.indication, "third-line mCRC");
  });

  it("takes no indication from a headline's Title Case when the body states it in full", () => {
    const e = one("Xuda and Nordvale Receive FDA Breakthrough Therapy Designation for XD-1303 in Endometrial Cancer\nThe FDA granted Breakthrough Therapy Designation to XD-1303 for the treatment of patients with advanced endometrial cancer who have progressed on or after prior treatment.", "2025-01-10");
    assert.equal(e.indication, "advanced endometrial cancer who have progressed on or after prior treatment");
  });

  it("reads a licensee's own news about a licensed-in drug: 'the NMPA accepted <licensee>'s application' points back to the drug", () => {
    const events = extract(
      "Zai Lab Announces China NMPA Approval of VYVGART for CIDP\nSHANGHAI, March 24, 2025 -- Zai Lab today announced that the NMPA has approved VYVGART for adults with CIDP. The approval is based on ADHERE. In its Stage A, 69% of patients treated with efgartigimod improved. The NMPA accepted Zai Lab's supplemental Biologics License Application in August 2024 and granted it priority review at the same time.\nZai Lab holds exclusive rights to efgartigimod in Greater China under a license agreement entered into with argenx in January 2021.",
      "2025-03-24",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [
      ["efgartigimod", "approval", "2025-03-24"],
      ["efgartigimod", "nda_accepted", "2024-08"],
      ["efgartigimod", "priority_review", "2024-08"],
      ["efgartigimod", "deal", "2021-01"],
    ]);
  });

  it("reads word-for-word machine translation: 'complete first example subject administration', 'obtain National Medicine Supervision Bureau approval listed', 'treat X of III stage'", () => {
    const events = extract(
      "Company independently research and develop of 1 class innovation medicine XD-1225 injection liquid，its treat type 2 diabetes of III stage clinical study already in 2025 year 6 month 6 day complete first example subject administration。Company anti-influenza new medicine XD-1273 tablets last month obtain National Medicine Supervision Bureau approval listed，used for treat adult simple type A influenza。",
      "2025-06-10",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date, e.indication]), [
      ["XD-1225", "trial_start", null, "2025-06-06", "type 2 diabetes"],
      ["XD-1273", "approval", "NMPA", "2025-05", "adult simple type A influenza"],
    ]);
  });

  it("keeps the licensor as the company of a licensed drug's later events, not the licensee's listed parent (公司与华东医药（000963.SZ）全资子公司…), and cuts 已于<date> off an indication", () => {
    const events = extract(
      "甲乙生物-B（02599.HK）5月19日晚间公告，公司与华东医药（000963.SZ）全资子公司杭州中美华东制药有限公司（下称“中美华东”）订立许可协议，将其自主研发的XD-005N注射液在中国大陆的权益授予中美华东，首付款为1.5亿元。\nXD-005N目前正在开展两项III期临床试验。其中，结节性痒疹III期研究已于2024年12月完成首例受试者给药；此前，XD-005N治疗结节性痒疹已于2023年7月被CDE纳入突破性治疗品种。",
      "2025-05-20",
    );
    assert.deepEqual(events.filter((e) => e.type !== "deal").map((e) => [e.type, e.company, e.indication]), [
      ["trial_start", "甲乙生物", "结节性痒疹"],
      ["btd", "甲乙生物", "结节性痒疹"],
    ]);
  });

  it("dates a result the release says was presented 'on June 21' by that day, not by the 'today' it was announced", () => {
    const e = one('SHANGHAI, June 23, 2025 /PRNewswire/ -- Xuda Medicine (the "Company"; HKEX: 2552), a company developing first-in-class therapies for diabetes, today announced that results from DASH, a 52-week Phase 3 trial of dorzagliatin (XD-5552; brand name HuaTang, 华堂) added to sitagliptin in adults with type 2 diabetes, were presented as a late-breaking poster on June 21 at the American Diabetes Association (ADA) 85th Scientific Sessions in Chicago.', "2025-06-23");
    assert.equal(e.type, "data_readout");
    assert.equal(e.date, "2025-06-21");
  });

  it("reads an HKEX approval of a partner's 上市许可申请 (获国家药品监督管理局（「国家药监局」）批准), the partner's legal name without 合作伙伴, a licence's drug without 商业化, and no event in a warning (无法确保…将获批准)", () => {
    const events = extract(
      "本公司董事会欣然宣布，由本公司合作伙伴丙丁集团有限公司递交的XD-9161注射液上市许可申请已于二零二五年三月十七日获国家药品监督管理局（「国家药监局」）批准，用于治疗成人全身型重症肌无力（gMG）患者。\n于二零二二年九月，本集团与丙丁集团订立许可协议，授予丙丁集团在大中华区开发、生产及商业化巴托利单抗的独家权利。\n警告：本公司无法确保巴托利单抗治疗甲状腺眼病的上市许可申请将获成功递交或批准。",
      "2025-03-18",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [
      ["XD-9161", "approval", "2025-03-17"],
      ["巴托利单抗", "deal", "2022-09"],
    ]);
    assert.equal(events[0]!.company, "丙丁集团有限公司");
  });

  it("reads 'an Investigational New Drug application cleared by the FDA', a vaccine trial's 'first participant was vaccinated', and two codes joined by 'or' as two drugs", () => {
    const events = extract(
      "The study of XD-44 is conducted under an Investigational New Drug application cleared by the U.S. Food and Drug Administration (FDA) in March 2024. The Board is further pleased to announce that on 25 August 2025, the first participant was vaccinated in the Phase III clinical trial of XD-610, the Group's recombinant zoster vaccine. The Company cannot guarantee that XD-603 or XD-610 will ultimately be successfully developed and marketed.",
      "2025-08-26",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.asset_aliases, e.type, e.date]), [
      ["XD-44", [], "ind_approved", "2024-03"],
      ["XD-610", [], "trial_start", "2025-08-25"],
    ]);
  });

  it("reads 'obtained exclusive Greater China rights to X in 2021 by exercising its option' as a deal of the company it was obtained from", () => {
    const e = one("Xuda Bio obtained exclusive Greater China rights to XD-835 in 2021 by exercising its option under its 2018 collaboration with Vir Biotechnology, Inc.", "2025-05-10");
    assert.deepEqual([e.type, e.date, e.company, e.counterparty], ["deal", "2021", "Vir Biotechnology", "Xuda Bio"]);
  });

  it("reads an acquisition's price with the milestones the buyer, described, adds the next day-named sentence ('up to $400 million more'), and 'That same month' as the month stated before", () => {
    const events = extract(
      "Nordvale has agreed to acquire Xuda Bio for $1 billion in cash, picking up a twice-yearly TSLP antibody. The British pharma said Tuesday that Xuda shareholders could collect up to $400 million more in regulatory milestone payments. Xuda came out of stealth in October with a single asset, XD-001. That same month, Hengrui licensed rights to XD-001 outside Greater China to Xuda Bio for $25 million upfront.",
      "2024-01-10",
    );
    assert.deepEqual(events.map((e) => [e.type, e.date, e.upfront_usd, e.total_usd]), [
      ["acquisition", "2024-01-09", 1_000_000_000, 1_400_000_000],
      ["deal", "2023-10", 25_000_000, null],
    ]);
  });

  it("reports the company by the name the text writes, not its other language's in brackets after it (Exegenesis Bio (嘉因生物) said …)", () => {
    const e = one("Exegenesis Bio (嘉因生物) said the FDA cleared its IND for XD-102, a one-time intravitreal AAV gene therapy for wet age-related macular degeneration, on Tuesday (Oct. 22).", "2024-10-25");
    assert.deepEqual([e.type, e.company, e.date], ["ind_approved", "Exegenesis Bio", "2024-10-22"]);
  });

  it("names vaccines by what they prevent with their expression system (…疫苗（大肠埃希菌）) or as recombinant (重组九价HPV疫苗), and reads a bare 获批 after its date and 获批扩展至", () => {
    const events = extract(
      "6月3日晚间，甲乙生物公告称，公司研发的9价人乳头瘤病毒疫苗（大肠埃希菌）（商品名：馨安宁9）已获国家药监局批准上市。公司的上一款HPV疫苗——双价人乳头瘤病毒疫苗（大肠埃希菌）（商品名：馨安宁）于2019年12月获批，是首个国产HPV疫苗。今年1月，丙公司的九价人乳头瘤病毒疫苗（酿酒酵母）在国内获批扩展至16-26岁男性。丁生物自主研发的重组九价HPV疫苗上市申请已于今年3月获国家药监局受理。",
      "2025-06-05",
    );
    assert.deepEqual(events.map((e) => [[e.asset, ...e.asset_aliases].sort(), e.type, e.date, e.modality]), [
      [["9价人乳头瘤病毒疫苗(大肠埃希菌)", "馨安宁9"], "approval", "2025-06-03", "vaccine"],
      [["双价人乳头瘤病毒疫苗(大肠埃希菌)", "馨安宁"], "approval", "2019-12", "vaccine"],
      [["九价人乳头瘤病毒疫苗(酿酒酵母)"], "approval", "2025-01", "vaccine"],
      [["重组九价HPV疫苗"], "nda_accepted", "2025-03", "vaccine"],
    ]);
  });

  it("reads gene editing as gene therapy, even of stem cells or delivered as mRNA, and a ligand whose signalling the drug blocks through its named target as no target", () => {
    const [editedCells] = extract("今年1月，XD-001注射液获国家药监局临床试验默示许可。XD-001是一款利用CRISPR/Cas9编辑自体造血干细胞的疗法。", "2025-04-15");
    assert.equal(editedCells!.modality, "gene_therapy");
    const [inVivo] = extract("今年1月，XD-111获国家药监局临床试验默示许可。XD-111是一款以病毒样颗粒递送CRISPR/Cas9 mRNA的体内基因编辑疗法。", "2025-04-15");
    assert.equal(inVivo!.modality, "gene_therapy");
    const [ligands] = extract("XD-611获国家药监局临床试验默示许可。XD-611是重组抗IL-4Rα人源化单克隆抗体，通过阻断IL-4和IL-13的信号传导，抑制2型炎症反应。", "2025-04-15");
    assert.deepEqual(ligands!.targets, ["IL4R"]);
    const [alone] = extract("Merck will get exclusive global rights to XD-2702, a small molecule that blocks IL-17A signaling, for $95 million upfront.", "2025-04-15");
    assert.deepEqual(alone!.targets, ["IL17A"]);
  });

  it("reads a table row's remark cell (| 点评 |) for the disease it names last", () => {
    const events = extract("四、IND承办（部分）\n｜受理号｜药品名称｜企业｜承办日期｜点评｜\n｜CXHL2501103｜XD-1601片｜甲乙生物科技有限公司｜9月8日｜泛磷酸二酯酶抑制剂，代谢相关脂肪性肝炎（MASH）｜\n｜CXSL2500742｜XD-008N注射液｜丙丁生物医药股份有限公司｜9月10日｜抗TSLP单抗，慢性阻塞性肺疾病｜", "2025-09-15");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.indication]), [
      ["XD-1601", "ind_accepted", "代谢相关脂肪性肝炎(MASH)"],
      ["XD-008N", "ind_accepted", "慢性阻塞性肺疾病"],
    ]);
  });

  it("reads indications 'X的I期研究' without 临床, a study's disease in brackets (III期临床研究（超重/肥胖）), and 获批新适应症X", () => {
    assert.equal(one("今年5月，XD-0504片获得美国FDA的临床试验许可，拟开展超重或肥胖的I期研究。", "2025-06-01").indication, "超重或肥胖");
    assert.equal(one("XD-001是一款小分子GLP-1受体激动剂。其中国III期临床研究（超重/肥胖）已于今年1月完成首例受试者给药。", "2025-06-01").indication, "超重/肥胖");
    const events = extract("XD-149已于2024年5月获批用于治疗糖尿病性周围神经病理性疼痛，今年3月又获批新适应症带状疱疹后神经痛。", "2025-06-01");
    assert.deepEqual(events.map((e) => [e.date, e.indication]), [["2024-05", "糖尿病性周围神经病理性疼痛"], ["2025-03", "带状疱疹后神经痛"]]);
  });

  it("reads a terse 'in <cancers>' in the plural as the indication of a readout", () => {
    const e = one("Corviva Biotherapeutics presented Phase 1 data on Friday at the SITC annual meeting for XD-3001, a CLDN6xCD3 T-cell engager, in platinum-resistant ovarian and testicular cancers: 9 of 28 evaluable patients responded.", "2025-01-10");
    assert.equal(e.indication, "platinum-resistant ovarian and testicular cancers");
  });

  it("reads a terse 'for <disease>' whose head word is a plural or outside oncology (infections, glaucoma, COVID-19)", () => {
    assert.equal(one("XD-5120 tablets were approved by the NMPA in June 2021 for complicated skin and soft tissue infections (cSSTI) caused by Gram-positive bacteria.", "2025-06-01").indication, "complicated skin and soft tissue infections (cSSTI)");
    assert.equal(one("XD-5121 eye drops won FDA Fast Track designation in May for primary open-angle glaucoma.", "2025-06-01").indication, "primary open-angle glaucoma");
    assert.equal(one("XD-5122 was conditionally approved by the NMPA in March for mild to moderate COVID-19.", "2025-06-01").indication, "mild to moderate COVID-19");
  });

  it("gives each of two drugs told in one sentence the targets of its own apposition, not the one before's", () => {
    const events = extract("Lumora Bio said Wednesday it will pay $90 million upfront for worldwide rights to XD-7101, an antibody that hits both TL1A and the gut-homing integrin α4β7, and XD-7102, a bispecific nanobody against TL1A and IL-23, from Qinghe Biotherapeutics.", "2025-06-01");
    assert.deepEqual(events.map((e) => [e.asset, e.modality, e.targets]), [["XD-7101", "bispecific_antibody", ["TNFSF15", "ITGB7"]], ["XD-7102", "bispecific_antibody", ["TNFSF15", "IL23A"]]]);
  });

  it("reads a designation table's status cell: '公示期满，9月8日正式纳入' is the formal listing on its own day, and the applicant cell names the company", () => {
    const events = extract("本周优先审评公示一览\n\n｜公示日期｜药品名称｜申请人｜拟定适应症｜状态｜\n｜9月9日｜XD-301胶囊｜青禾医药｜呼吸道合胞病毒感染｜拟纳入｜\n｜8月29日｜XD-302注射液｜青禾医药｜成人超重或肥胖患者的长期体重管理｜公示期满，9月8日正式纳入｜", "2025-09-12");
    assert.deepEqual(events.map((e) => [e.asset, e.status, e.date, e.company]), [["XD-301", "proposed", "2025-09-09", "青禾医药"], ["XD-302", "granted", "2025-09-08", "青禾医药"]]);
  });

  it("dates the news told under a bullet item's head line by the head's date, and makes no event of the head itself", () => {
    const events = extract("本周（1月5日-1月9日）CDE共承办1类创新药NDA 2个；2款药物拟纳入突破性治疗品种。\n\n一、上市申请\n● 1月6日｜XD-4410片｜青禾医药（上海）有限公司｜受理号CXHS2600012\n青禾医药的IDH1抑制剂XD-4410新药上市申请获承办，拟用于治疗复发或难治性急性髓系白血病。\n\n二、突破性治疗\n● 1月9日｜注射用XD-4411｜青禾医药（上海）有限公司\n青禾医药的HER3 ADC XD-4411拟纳入突破性治疗，用于EGFR突变非小细胞肺癌。", "2026-01-10");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XD-4410", "nda_accepted", "2026-01-06"], ["XD-4411", "btd", "2026-01-09"]]);
  });

  it("takes the modality named right before a drug when its window goes on to list other kinds (a prior-therapy list)", () => {
    const e = one("青禾医药的GPRC5D×CD3双特异性抗体XD-4412获得默示许可，用于治疗既往接受过至少三线治疗（包括蛋白酶体抑制剂、免疫调节剂和抗CD38单抗）的复发或难治性多发性骨髓瘤。", "2026-01-10");
    assert.equal(e.modality, "bispecific_antibody");
  });

  it("reads 'its purchase of X' and 'X, which it agreed to acquire' as the acquisition of company X, not of the drug it brought", () => {
    assert.deepEqual(extract("Lumora obtained the antibody through its purchase of Qinghe Biotherapeutics.", "2025-06-02").map((e) => [e.asset, e.type]), [["Qinghe Biotherapeutics", "acquisition"]]);
    const e = one("Lumora obtained XD-9901 from Qinghe Bio, which it agreed to acquire in March for $300 million upfront.", "2025-06-02");
    assert.deepEqual([e.asset, e.type, e.date, e.upfront_usd], ["Qinghe Bio", "acquisition", "2025-03", 300000000]);
  });

  it("reads an acceptance of a plural-possessive company's BLA ('accepted Qinghe Biolabs' biologics license application'), dated by the closing 'the company said Monday' like the priority review after it", () => {
    const events = extract("China's National Medical Products Administration has accepted Qinghe Biolabs' biologics license application for XD-0241, a PD-L1/4-1BB bispecific antibody, for patients with advanced extrapulmonary neuroendocrine carcinoma, and has granted the filing priority review, the Nanjing-based company said Monday.", "2026-03-17");
    assert.deepEqual(events.map((e) => [e.type, e.date]).sort(), [["nda_accepted", "2026-03-16"], ["priority_review", "2026-03-16"]]);
  });

  it("reads machine-translated history, readout and deal wording: 'already obtain FDA fast channel qualification', 'data carry out oral report', milestones joined by 、, a long 'used for' indication whole", () => {
    const events = extract("9 month 4 day evening，Qinghe Biology announce，its targetNectin-4 ADC XD-2821 obtain US Food and Drug Administration（FDA）grant of fast channel qualification（Fast Track Designation），used for treat recurrent or metastatic cervical cancer。\n\nEarly in 2024 year 10 month，this product used for treat locally advanced or metastatic urothelial carcinoma already obtain FDA fast channel qualification。\n\nIn China，2025 year 3 month，XD-2821 combined toripalimab used for first-line treat locally advanced or metastatic urothelial carcinoma，be country drug supervision bureau drug review center（CDE）include breakthrough therapy variety。At 2025 year ASCO annual meeting，this combination of II stage clinical data carry out oral report，objective remission rate（ORR）reach 80.0%。\n\nThis year 1 month，Qinghe Biology will its IL-11 monoclonal antibody XD-3811 of global rights authorize to US Lumora Life Sciences，obtain 2500 ten thousand US dollars down payment，and most high 5.71 hundred million US dollars of development、registration and commercialization milestone payment。", "2025-09-06");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date]), [["XD-2821", "fast_track", "FDA", "2025-09-04"], ["XD-2821", "fast_track", "FDA", "2024-10"], ["XD-2821", "btd", "NMPA", "2025-03"], ["XD-2821", "data_readout", null, "2025"], ["XD-3811", "deal", null, "2025-01"]]);
    assert.equal(events[2]!.indication, "first-line treat locally advanced or metastatic urothelial carcinoma");
    assert.deepEqual([events[4]!.upfront_usd, events[4]!.total_usd], [25000000, 596000000]);
  });

  it("knows a study's name by where it stands ('a phase 3 study in …, G-HOPE-001, is enrolling'; 'dosed in CaDAnCe-302. That study …') and takes no company from a sentence about competitors", () => {
    const events = extract("Qinghe Bio lifts guidance.\n\nXD-1667. The BTK degrader, which already holds FDA Fast Track designation for relapsed or refractory CLL, entered its first phase 3 trial in August, when the first patient was dosed in CaDAnCe-302. That study compares XD-1667 with investigator's choice.\n\nXD-3430 brings a more conventional story. The FDA granted it Fast Track designation for pancreatic ductal adenocarcinoma in August 2024, and a phase 3 study in third-line gastric cancer in China and Japan, G-HOPE-001, is enrolling patients.\n\nThe competitive picture is busy: Lumora's LM-5948 and several Chinese degraders are chasing XD-1667.", "2025-11-06");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.company]), [["XD-1667", "fast_track", "Qinghe Bio"], ["XD-1667", "trial_start", "Qinghe Bio"], ["XD-3430", "fast_track", "Qinghe Bio"]]);
  });

  it("dates ', and granted the application priority review' by the clause before it, its verb's subject the same", () => {
    const events = extract("The FDA accepted Qinghe's new drug application for XD-0931, its next-generation BCL2 inhibitor, in September for adults with relapsed or refractory mantle cell lymphoma, and granted the application priority review.", "2025-11-06");
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["nda_accepted", "2025-09"], ["priority_review", "2025-09"]]);
  });

  it("reads 'it won a regular approval', and 'granted it conditional approval … for A and, as a separate indication, for B' as two approvals of the drug pointed back to", () => {
    const events = extract("XD-0111 is already a commercial product in China. The NMPA granted it conditional approval in December 2020 for relapsed or refractory chronic lymphocytic leukemia and, as a separate indication, for relapsed or refractory mantle cell lymphoma. In April 2025 it won a regular approval as first-line treatment of CLL/SLL.", "2025-10-09");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [["conditional_approval", "2020-12", "relapsed or refractory chronic lymphocytic leukemia"], ["conditional_approval", "2020-12", "relapsed or refractory mantle cell lymphoma"], ["approval", "2025-04", "CLL/SLL"]]);
  });

  it("reads 'Qinghe showed phase 1 data for X' and 'X had its first-in-human data in a mini-oral session' as readouts", () => {
    const events = extract("A day earlier, on Friday, Qinghe showed phase 1 data for XD-2102, a Nectin-4 ADC, in locally advanced or metastatic urothelial carcinoma. On Monday, Qinghe's CDH17-directed ADC XD-2110 had its first-in-human data in a mini-oral session.", "2025-10-21");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XD-2102", "data_readout", "2025-10-17"], ["XD-2110", "data_readout", "2025-10-20"]]);
  });

  it("reads a company's phase 1 with a named principal investigator as its trial (no IIT), '治疗X的中国II期' as the readout's indication, PROTAC as a small molecule, and '值得关注的催化包括…' as no event", () => {
    const events = extract("5月18日晚间，青禾药业公告，其外用AR降解剂XD-0029治疗男性雄激素性脱发（AGA）的中国II期临床研究达到主要终点。\n青禾药业的口服AR-PROTAC XD-0518在实体瘤患者中开展的I期临床于2024年5月31日在中国完成首例患者给药，主要研究者来自中国医学科学院血液病医院。\n下半年值得关注的催化包括XD-0029的EOP2会议结果以及XD-0506的BTD正式纳入。", "2026-05-20");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.indication, e.modality]), [["XD-0029", "data_readout", "男性雄激素性脱发(AGA)", "small_molecule"], ["XD-0518", "trial_start", "实体瘤患者", "small_molecule"]]);
  });

  it("knows the other code a licensor gives the drug ('which X develops in China as Y', 'the molecule, which X calls Y'), a known company by its short name, and the originator as the licensor of a drug under the licensee's code", () => {
    const events = extract("Avenzo Therapeutics said Monday that the FDA granted Fast Track designation to AVZO-0701, its Nectin-4-directed antibody-drug conjugate, for head and neck cancer. AVZO-0701 was discovered by CSPC Pharmaceutical Group, which develops it in China as SYS-0702. Avenzo licensed rights outside Greater China in February 2024 for $7.5 million upfront and up to $685 million in milestones.", "2026-07-15");
    assert.deepEqual(events.map((e) => [e.asset, e.asset_aliases, e.type, e.company, e.counterparty, e.modality]), [
      ["AVZO-0701", ["SYS-0702"], "fast_track", "Avenzo Therapeutics", null, "adc"],
      ["AVZO-0701", ["SYS-0702"], "deal", "CSPC Pharmaceutical Group", "Avenzo Therapeutics", "adc"],
    ]);
    const licensed = extract("The FDA granted Fast Track designation to AVZO-1419 last week. Avenzo licensed the molecule, which Qinghe Bio calls QH-1419, from Qinghe Bio in January 2025 for $50 million upfront.", "2026-07-15");
    assert.deepEqual(licensed.map((e) => [e.asset, e.asset_aliases, e.type]), [["AVZO-1419", ["QH-1419"], "fast_track"], ["AVZO-1419", ["QH-1419"], "deal"]]);
  });

  it("dates each drug of a multi-drug licence by the date nearest before it, and reads 'more than a dozen programs … have been licensed' after named market drugs as no deal", () => {
    const events = extract("Lumora was created in 2024 around three Qinghe programs: in May 2024 Qinghe licensed rights outside Greater China to XD-9531, to XD-7535, an oral GLP-1 receptor agonist, and to XD-4729 to the newly formed company for $110 million upfront.\n\nThe field is crowded. Wegovy and Zepbound dominate the market, and more than a dozen incretin programs from Chinese developers have been licensed to Western companies since 2023.", "2026-06-24");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XD-9531", "deal", "2024-05"], ["XD-7535", "deal", "2024-05"], ["XD-4729", "deal", "2024-05"]]);
  });

  it("reads '公布了X在Y患者中的II期数据' as a readout in Y", () => {
    const e = one("去年10月的ESMO大会上，青禾医药以口头报告形式公布了XD-0011在KRAS G12C抑制剂初治的NSCLC患者中的II期数据，确认的客观缓解率达66.7%。", "2026-02-11");
    assert.deepEqual([e.type, e.indication, e.date], ["data_readout", "KRAS G12C抑制剂初治的NSCLC", "2025-10"]);
  });

  it("reads '6月1日的ASCO 2025年会上' as June 1 (年会 is a meeting, not a year) and ends '治疗X的Phase 2数据' at the phase", () => {
    const e = one("临床上，6月1日的ASCO 2025年会上，XD-0707单药一线治疗PD-L1阳性（TPS≥1%）晚期NSCLC的Phase 2数据以oral presentation形式公布：在10 mg/kg Q3W剂量组中，ORR达到81.3%。", "2025-06-05");
    assert.deepEqual([e.type, e.date, e.indication], ["data_readout", "2025-06-01", "一线治疗PD-L1阳性(TPS≥1%)晚期NSCLC"]);
  });

  it("converts 港幣X億元 (the currency named before the amount) at the rate the announcement states, and reads '用於上述…適應症' as the indication told before", () => {
    const events = extract("XD-0003的上市申請已獲受理，用於治療鉑耐藥復發性上皮性卵巢癌成人患者。於二零二五年，XD-0003用於上述鉑耐藥卵巢癌適應症獲藥審中心納入突破性治療藥物程序。\n\n二零二四年九月，本公司與青禾生物科技有限公司訂立許可協議，授予青禾XD-0003在中國內地開發及商業化的獨家權利。根據該協議，本公司已收取首付款港幣1.56億元，並有權收取最高港幣14.04億元的里程碑付款（按協議所採用之1美元兌7.8港元匯率計算）。", "2026-04-22");
    const btd = events.find((e) => e.type === "btd")!;
    assert.equal(btd.indication, "鉑耐藥復發性上皮性卵巢癌成人");
    const deal = events.find((e) => e.type === "deal")!;
    assert.deepEqual([deal.upfront_usd, deal.total_usd], [20000000, 200000000]);
  });

  it("merges a headline's deal with the body's though the two name the licensee differently (a subsidiary, its parent)", () => {
    const events = extract("德昇济D3S-0301大中华区权益授予正大天晴，首付款3.6亿元\n\n2月10日晚间，中国生物制药公告，其附属公司正大天晴与德昇济医药（D3 Bio）签订独家许可协议，获得D3S-0301在中国的开发和商业化权益。根据协议，正大天晴将向德昇济支付首付款人民币3.6亿元。", "2026-02-11");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["D3S-0301", "deal", "2026-02-10"]]);
  });

  it("reads ', and a further application for B in July 2024' as a second acceptance with its own indication and date", () => {
    const events = extract("Beyond atopic dermatitis, the NMPA accepted Qinghe's Biologics License Application for XD-0310 in chronic rhinosinusitis with nasal polyps (CRSwNP) in March 2024, and a further application for seasonal allergic rhinitis in July 2024.", "2024-09-12");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [["nda_accepted", "2024-03", "chronic rhinosinusitis with nasal polyps (CRSwNP)"], ["nda_accepted", "2024-07", "seasonal allergic rhinitis"]]);
  });

  it("reads a deal's total in the sentence after one that opens on the payer paying up front ('Lumora will pay Qinghe $112 million upfront …. The Chinese drugmaker is also in line for …, putting the total value at …')", () => {
    const e = one("Lumora bets $112M upfront on Qinghe's preclinical oral GLP-1\n\nLumora will pay Qinghe Biotherapeutics $112 million upfront for an exclusive global license to XD-10535, a preclinical oral small-molecule GLP-1 receptor agonist, the companies said Wednesday. The Chinese drugmaker is also in line for up to $1.9 billion in development, regulatory and commercial milestones, putting the total value at $2.012 billion.", "2024-12-19");
    assert.deepEqual([e.type, e.upfront_usd, e.total_usd], ["deal", 112000000, 2012000000]);
  });

  it("takes a readout's indication from the next sentence when it opens on the patients it counts ('Among 38 patients with …')", () => {
    const e = one("On Monday, Qinghe's CDH17-directed ADC XD-2110 had its first-in-human data in a mini-oral session. Among 38 patients with metastatic colorectal cancer who had received at least two prior lines of therapy, eight had confirmed partial responses.", "2025-10-21");
    assert.deepEqual([e.type, e.indication], ["data_readout", "metastatic colorectal cancer"]);
  });

  it("shares out the indications a roundup lists 'respectively' (依次为, 分别为) to the drugs it lists, in order", () => {
    const zh = extract("11月3日，CDE官网显示，甲乙生物的XD-101、丙丁医药的XD-202注射液和戊己药业的XD-303片分别获得临床试验默示许可，拟开发的适应症依次为晚期实体瘤、复发或难治性多发性骨髓瘤以及中重度特应性皮炎。", "2025-11-10");
    assert.deepEqual(zh.map((e) => [e.asset, e.indication]), [
      ["XD-101", "晚期实体瘤"],
      ["XD-202", "复发或难治性多发性骨髓瘤"],
      ["XD-303", "中重度特应性皮炎"],
    ]);
    const en = extract("Last week China's CDE cleared INDs for XD-404 and XD-505 in advanced solid tumors and IgA nephropathy, respectively.", "2025-11-10");
    assert.deepEqual(en.map((e) => [e.asset, e.indication]), [
      ["XD-404", "advanced solid tumors"],
      ["XD-505", "IgA nephropathy"],
    ]);
    // (a list of anything else shared out is no list of indications)
    const money = extract("Jiayi Bio licensed XD-606 to Alpha Pharma and XD-707 to Beta Bio in deals worth up to $610 million and $920 million respectively.", "2025-11-10");
    assert.deepEqual(money.map((e) => e.indication), [null, null]);
  });

  it("reads 'CDE正式受理X用于治疗Y的补充申请' (the regulator accepting a supplemental application it names after the drug) as an NDA acceptance", () => {
    const e = one("3. 2025年12月19日，国家药监局药品审评中心（“CDE”）正式受理XD-808注射液用于治疗12至17岁青少年中重度特应性皮炎的补充申请，受理号为CXSB2500231。", "2026-03-24");
    assert.deepEqual([e.asset, e.type, e.agency, e.date, e.indication], ["XD-808", "nda_accepted", "NMPA", "2025-12-19", "12至17岁青少年中重度特应性皮炎"]);
  });

  it("reads 'X去年6月获国家药监局批准用于A，去年9月又获批用于B' as two approvals, each with its own date and indication", () => {
    const events = extract("多肽类激动剂XD-909（商品名：甲乙美®）去年6月获国家药监局批准用于成人肥胖或超重患者的长期体重管理，去年9月又获批用于成人2型糖尿病患者的血糖控制。", "2026-03-26");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [
      ["approval", "2025-06", "成人肥胖或超重患者的长期体重管理"],
      ["approval", "2025-09", "成人2型糖尿病患者的血糖控制"],
    ]);
    // (not an approval to start a trial)
    assert.deepEqual(extract("XD-910获国家药监局批准用于开展治疗IgA肾病的II期临床试验。", "2026-03-26").map((e) => e.type), ["ind_approved"]);
  });

  it("merges an announcement's two-line headline with the body sentence that dates it (已于…批准), though the body words the indication more fully", () => {
    const events = extract("自愿公告\n甲乙片联合丙丁片获中国国家药品监督管理局批准\n用于治疗伴有MET扩增的EGFR突变非小细胞肺癌\n本公司董事会欣然宣布，国家药监局已于2025年6月20日批准甲乙片（XD-111）联合丙丁片的新药上市申请，用于治疗接受EGFR-TKI治疗后出现疾病进展且伴有MET扩增的EGFR突变局部晚期或转移性非小细胞肺癌成人患者。\nXD-111此前已于2021年6月在中国获批用于治疗MET外显子14跳变的非小细胞肺癌。", "2025-06-21");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [
      ["approval", "2025-06-20", "接受EGFR-TKI治疗后出现疾病进展且伴有MET扩增的EGFR突变局部晚期或转移性非小细胞肺癌成人"],
      ["approval", "2021-06", "MET外显子14跳变的非小细胞肺癌"],
    ]);
  });

  it("gives a licence told in a relative clause ('X, the …, that it licensed from Y, and Z, its in-house …') to the drug the clause describes", () => {
    const events = extract("Jiayi Bio's call was about XD-121, the oral combination pill that it licensed from Alpha Therapeutics, and on XD-122, its in-house ADC. Jiayi Bio obtained Greater China rights to XD-121 from Alpha Therapeutics in 2021 for $35 million upfront.", "2025-11-06");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.company, e.counterparty, e.upfront_usd]), [["XD-121", "deal", "2021", "Alpha Therapeutics", "Jiayi Bio", 35_000_000]]);
    // (and the company it was licensed from owns none of the drug the sentence names after it)
    const later = extract("Zai Lab's call was about KarXT, the pill that it licensed from Alpha Therapeutics, and on ZL-9901, its in-house ADC. ZL-9901 received Orphan Drug Designation from the U.S. FDA in January.", "2025-11-06");
    assert.deepEqual(later.filter((e) => e.type === "orphan_drug").map((e) => [e.asset, e.company]), [["ZL-9901", "Zai Lab"]]);
  });

  it("ends an English indication before the day it was approved on and what that made the drug ('… in adults on October 30, making it the first …')", () => {
    const e = one("China's National Medical Products Administration approved XD-131 for the treatment of schizophrenia in adults on October 30, making it the first muscarinic-based antipsychotic cleared in China.", "2025-11-06");
    assert.deepEqual([e.type, e.date, e.indication], ["approval", "2025-10-30", "schizophrenia in adults"]);
  });

  it("reads '本集团与Y就X订立独家许可协议' in a results announcement as the filer licensing X to Y", () => {
    const e = one("甲乙生物-B（02162）：2025年度业绩公告\n2024年11月，本集团与Alpha Medicines Ltd就XD-141订立独家许可协议，授予其在大中华区以外开发、生产及商业化XD-141的权利。", "2026-03-24");
    assert.deepEqual([e.type, e.date, e.company, e.counterparty], ["deal", "2024-11", "甲乙生物", "Alpha Medicines Ltd"]);
  });

  it("takes no company from an earnings call's speakers ('管理层介绍', '管理层表示', '目前不便透露')", () => {
    const e = one("甲乙生物（01801.HK）业绩会纪要\n管理层表示，公司对全年增长有信心，目前不便透露具体数字。管理层介绍，多肽类激动剂XD-161去年6月获国家药监局批准用于成人肥胖。", "2026-03-26");
    assert.equal(e.company, "甲乙生物");
  });

  it("gives an acceptance the company the application was 'submitted by' (a partner's BLA in the originator's report)", () => {
    const e = one("- In February 2026, the U.S. Food and Drug Administration (\"FDA\") accepted the Biologics License Application (\"BLA\") submitted by our partner Alpha Therapeutics Inc. (\"Alpha\") for XD-171 in combination with chemotherapy for patients with EGFR-mutant non-squamous NSCLC.", "2026-08-20");
    assert.deepEqual([e.type, e.agency, e.date, e.company], ["nda_accepted", "FDA", "2026-02", "Alpha Therapeutics Inc"]);
    // (and the patients' disease ends before "whose disease has progressed")
    const later = one("In February 2026, the FDA accepted the BLA for XD-172 for patients with EGFR-mutant non-squamous NSCLC whose disease has progressed after treatment with a third-generation EGFR TKI.", "2026-08-20");
    assert.equal(later.indication, "EGFR-mutant non-squamous NSCLC");
  });

  it("reports a machine translation's word-for-word company name by the known name it brackets once ('Faith Medicine(Belief BioMed)')", () => {
    const events = extract("12 month 2 day,Faith Medicine(Belief BioMed)announce,its hemophilia A gene therapy product XD-181 injection in 11 month 28 day obtain drug review center(CDE)clinical trial implied license。Faith Medicine of product XD-182 in this year 4 month obtain national drug supervision administration approval listing。", "2025-12-03");
    assert.deepEqual(events.map((e) => [e.asset, e.company]), [
      ["XD-181", "Belief BioMed"],
      ["XD-182", "Belief BioMed"],
    ]);
  });

  it("takes the indications of applications just told from the next sentence pointing back to them ('上述申请拟用于治疗A，以及B')", () => {
    const events = extract("12月8日，CDE官网显示，甲乙医药1类创新药XD-191片的两项补充申请获得受理。12月9日，甲乙医药证实，上述申请拟用于治疗成人重度斑秃，以及12岁及以上青少年和成人中重度特应性皮炎。XD-191今年5月首个适应症获批，用于治疗活动性强直性脊柱炎成人患者。", "2025-12-10");
    assert.deepEqual(events.filter((e) => e.type === "nda_accepted").map((e) => [e.date, e.indication]), [
      ["2025-12-08", "成人重度斑秃"],
      ["2025-12-08", "12岁及以上青少年和成人中重度特应性皮炎"],
    ]);
  });

  it("reads an earlier application named by its disease ('该ITP新药上市申请于…获受理') as its own event, and ends '用于治疗X已于…' before 已于", () => {
    const events = extract("XD-201首个适应症，即用于治疗成人慢性原发免疫性血小板减少症（ITP），已于2025年4月获国家药监局批准上市。该ITP新药上市申请于2024年1月获国家药监局受理。XD-201用于治疗wAIHA已于2024年获国家药监局纳入突破性治疗药物程序。本公司董事会宣布，XD-201用于治疗温抗体型自身免疫性溶血性贫血（wAIHA）成人患者的新药上市申请已于2026年2月9日获国家药监局受理。", "2026-02-10");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [
      ["approval", "2025-04", "成人慢性原发免疫性血小板减少症(ITP)"],
      ["nda_accepted", "2024-01", "成人慢性原发免疫性血小板减少症 (ITP)"],
      ["btd", "2024", "wAIHA"],
      ["nda_accepted", "2026-02-09", "温抗体型自身免疫性溶血性贫血(wAIHA)成人患者"],
    ]);
    // (and its priority review, granted then, is another decision than the one a notice proposes for the new application)
    const reviews = extract("自愿公告\nXD-202的新药上市申请获国家药监局受理并拟纳入优先审评\n本公司董事会宣布，XD-202用于治疗温抗体型自身免疫性溶血性贫血成人患者的新药上市申请已于2026年2月9日获国家药监局受理。国家药监局药品审评中心并已于2026年2月10日在其网站公示，拟将该申请纳入优先审评程序。XD-202首个适应症，即用于治疗成人慢性原发免疫性血小板减少症（ITP），已于2025年4月获国家药监局批准上市。该ITP新药上市申请于2024年1月获国家药监局受理，并同时获纳入优先审评。", "2026-02-10");
    assert.deepEqual(reviews.filter((e) => e.type === "priority_review").map((e) => [e.status, e.date]), [
      ["proposed", "2026-02-10"],
      ["granted", "2024-01"],
    ]);
  });

  it("reads 'won Chinese approval for X' as an approval, and 'won Chinese approval to start trials' as none", () => {
    const e = one("And in June, Alpha Biologics won Chinese approval for XD-211, its once-weekly GLP-1/glucagon dual agonist peptide, for chronic weight management, the first product of its class approved anywhere.", "2025-09-03");
    assert.deepEqual([e.type, e.agency, e.date, e.indication], ["approval", "NMPA", "2025-06", "chronic weight management"]);
    assert.ok(!extract("In June, Alpha Biologics won Chinese approval to start trials of XD-212.", "2025-09-03").some((x) => x.type === "approval"));
  });

  it("reads 'met the primary and all key secondary endpoints' as a readout, and competitors that 'are approved in China' as no event", () => {
    const events = extract("The Beijing-based company said Tuesday that XD-221, a selective TYK2 inhibitor, met the primary and all key secondary endpoints in a Phase III trial in Chinese adults with moderate-to-severe atopic dermatitis. Alpha's abrocitinib and Beta's upadacitinib, both JAK inhibitors, are approved in China.", "2026-06-10");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XD-221", "data_readout", "2026-06-09"]]);
  });

  it("ends '治疗X的快速通道资格' before the designation it names", () => {
    const e = one("今年3月，FDA授予XD-231治疗帕金森病的快速通道资格（Fast Track Designation）。", "2026-04-20");
    assert.deepEqual([e.type, e.agency, e.date, e.indication], ["fast_track", "FDA", "2026-03", "帕金森病"]);
  });

  it("reads machine-translated 在…年会上公布/达到主要终点 ('annual meeting on announce, achieve primary end point') and 从X引进 ('from US X introduce') as a readout and a licence", () => {
    const events = extract("Jiayi Pharmaceutical（Alpha Bio）news。one is，THR-β agonist XD-241 tablet treat MASH of II stage study 52 week data，already in 2025 year 11 month US liver disease research association（AASLD）annual meeting on announce，achieve primary end point。XD-242 is Jiayi Pharmaceutical in 2019 year 1 month from US Beta Biosciences introduce，obtain its in Greater China region of exclusive development and commercialization right。", "2026-01-26");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [
      ["XD-241", "data_readout", "2025-11"],
      ["XD-242", "deal", "2019-01"],
    ]);
  });

  it("ends '继…获批用于治疗X之后' before 之后", () => {
    const events = extract("XD-251于2025年2月获批用于治疗慢性鼻窦炎。这是该产品继2024年9月获批用于治疗成人中重度特应性皮炎之后的第二项获批适应症。", "2026-03-24");
    assert.deepEqual(events.map((e) => [e.date, e.indication]), [
      ["2025-02", "慢性鼻窦炎"],
      ["2024-09", "成人中重度特应性皮炎"],
    ]);
  });

  it("gives a designation granted 'for the same condition' the indication told of the drug before", () => {
    const events = extract("The FDA has granted Fast Track Designation to XD-261 for the treatment of inherited retinal dystrophy caused by biallelic RPE65 mutations. The Fast Track Designation adds to the Orphan Drug Designation that the FDA granted to XD-261 for the same condition in September 2024.", "2026-01-20");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [
      ["fast_track", "2026-01-20", "inherited retinal dystrophy caused by biallelic RPE65 mutations"],
      ["orphan_drug", "2024-09", "inherited retinal dystrophy caused by biallelic RPE65 mutations"],
    ]);
  });

  it("reads an IIT's results told ('发表了X治疗Y的IIT结果') as a readout only, and one told as run at a hospital as an IIT too", () => {
    assert.deepEqual(extract("2024年9月，上海长征医院团队在《Cell》杂志发表了XD-271治疗难治性系统性硬化症患者的IIT结果。", "2025-12-05").map((e) => e.type), ["data_readout"]);
    assert.deepEqual(extract("XD-272在复旦大学附属眼耳鼻喉科医院开展的IIT结果于2024年3月发表。", "2025-12-05").map((e) => e.type).sort(), ["data_readout", "iit"]);
  });

  it("reads '由附条件批准转为完全批准' as the full approval, after the conditional one", () => {
    const events = extract("回顾XD-281的获批历程：2021年3月，XD-281用于治疗系统性红斑狼疮（SLE）获附条件批准上市；2023年11月，其SLE适应症由附条件批准转为完全批准。", "2025-06-20");
    assert.deepEqual(events.map((e) => [e.type, e.date]), [
      ["conditional_approval", "2021-03"],
      ["approval", "2023-11"],
    ]);
  });

  it("reads '对X的收购' as the purchase of company X, IIT long-term follow-up data as a readout, and a drug moving on '从IIT进入注册临床' as no IIT", () => {
    const bought = one("2024年，阿斯利康完成了对甲乙生物的收购，交易总对价最高约12亿美元。", "2025-12-05");
    assert.deepEqual([bought.asset, bought.type, bought.date, bought.total_usd], ["甲乙生物", "acquisition", "2024", 1_200_000_000]);
    assert.deepEqual(extract("今年11月，在美国风湿病学会（ACR）年会上，浙江大学医学院附属第二医院的研究者公布了XD-291治疗难治性系统性红斑狼疮的IIT长期随访数据。", "2025-12-05").map((e) => e.type), ["data_readout"]);
    assert.deepEqual(extract("今年9月，XD-292用于治疗难治性全身型重症肌无力的临床试验申请获得CDE默示许可，这意味着该产品正式从IIT进入注册临床阶段。", "2025-12-05").map((e) => e.type), ["ind_approved"]);
  });

  it("reads '临床试验申请于2024年先后获得国家药监局默示许可和美国FDA批准' as a clearance from each regulator", () => {
    const events = extract("此后，XD-301的新药临床试验申请于2024年先后获得国家药监局默示许可和美国FDA批准。", "2026-04-20");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [
      ["ind_approved", "NMPA", "2024"],
      ["ind_approved", "FDA", "2024"],
    ]);
  });

  it("gives a readout told before its drug is named the drug the next sentence names as '该细胞产品X'", () => {
    const events = extract("在2026年美国神经病学学会（AAN）年会上，首都医科大学宣武医院团队报告了一项干细胞来源的多巴胺能神经前体细胞治疗中晚期原发性帕金森病的研究者发起的临床研究（IIT）结果。该细胞产品XD-311由甲乙医药开发。", "2026-04-20");
    assert.ok(events.some((e) => e.asset === "XD-311" && e.type === "data_readout"));
  });

  it("reads machine-translated 'X and semaglutide combination of … study' as X's trial, semaglutide its partner", () => {
    const events = extract("two is，adipose tissue targeting small molecule THR-β agonist XD-321 and semaglutide combination of US Ib stage clinical study，in 2025 year 12 month complete first example subject dosing。", "2026-01-26");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XD-321", "trial_start", "2025-12"]]);
  });

  it("ends an indication before a time phrase (今年早些时候), an efficacy figure (的总缓解率) or a dangling 'caused', and reads '与…治疗相比' as no indication", () => {
    const btd = one("在海外，XYZ-3501用于治疗R/R MCL今年早些时候已获得美国FDA授予的突破性疗法认定。", "2025-09-10");
    assert.equal(btd.indication, "R/R MCL");
    const data = one("在2024年12月的ASH年会上，甲公司公布的数据显示，XYZ-3502单药治疗复发或难治性套细胞淋巴瘤的总缓解率为52%。", "2025-01-10");
    assert.equal(data.indication, "复发或难治性套细胞淋巴瘤");
    const rmat = one("The FDA granted RMAT designation to XYZ-3503, an AAV gene therapy for the treatment of Leber hereditary optic neuropathy (LHON) caused by the m.11778G>A mutation in the ND4 gene, on March 6, 2025.", "2025-03-11");
    assert.notEqual(rmat.indication?.endsWith(" caused"), true);
    const compared = one("XYZ-3504的III期研究结果已于上周五在《柳叶刀》发表，数据显示，与研究者选择的治疗相比，XYZ-3504组患者的中位无进展生存期显著延长。", "2025-06-10");
    assert.equal(compared.indication, null);
  });

  it("takes no indication from a count, a quantifier, a nationality, a city or a company's areas, and ends one before what the text goes on to say of it", () => {
    const count = one("Data on XYZ-3511 from the first 10 patients, presented at ACR Convergence 2025 in October, showed drug-free remission in seven patients at six months.", "2025-11-10");
    assert.equal(count.indication, null);
    const most = one("The sBLA for XYZ-3512 was accepted by the NMPA in June 2024, supported by a single-arm registrational study in China, in which most patients had progressed after BTKi therapy.", "2024-07-10");
    assert.equal(most.indication, null);
    const nationals = one("The NMPA accepted the Biologics License Application for XYZ-3513 in December 2025, following a pivotal trial in Chinese patients.", "2026-01-10");
    assert.equal(nationals.indication, null);
    const city = extract("XYZ-3514 won clearance from China's NMPA in January to begin clinical testing, and the first participant was dosed in a Phase 1 study in Shanghai in February.", "2026-03-10");
    assert.deepEqual(city.map((e) => [e.type, e.indication]), [["ind_approved", null], ["trial_start", null]]);
    const showing = one("Last month at ECTRIMS, InnoCare presented 48-week data on XYZ-3515 from a Phase 2 study in relapsing-remitting MS showing a 92% reduction in new lesions versus placebo.", "2025-10-20");
    assert.equal(showing.indication, "relapsing-remitting MS");
    const cohort = one("At ESMO in October, Tidewater reported a 41% response rate for XYZ-3516 among 52 patients with third-line-plus CRC in the Phase 1b dose-expansion cohort.", "2025-11-10");
    assert.equal(cohort.indication, "third-line-plus CRC");
    const landed = one("The AAV gene therapy for congenital deafness has landed a spot in the European Medicines Agency's PRIME scheme, Shanghai Quantara Bio said of XYZ-3517 on Thursday.", "2025-11-10");
    assert.equal(landed.indication, "congenital deafness");
    const group = one("XYZ-3518的III期研究达到了主要终点，联合治疗组较单药组显著延长患者PFS。", "2025-11-10");
    assert.equal(group.indication, null);
  });

  it("reads 'won EU approval', 'approved by the Commission', 'a conditional marketing authorisation in the EU' as the EMA's, and 'In Japan, X won approval' as the PMDA's, but not the CHMP's opinion 'recommending conditional marketing authorisation'", () => {
    const eu = extract("Ningbo Qiming's XYZ-3521 won EU approval in September 2024 for first-line nasopharyngeal carcinoma. Its PD-L1 antibody XYZ-3522 was approved by the Commission in July 2024 for first-line metastatic non-small cell lung cancer.", "2025-08-01");
    assert.deepEqual(eu.map((e) => [e.asset, e.type, e.agency]), [["XYZ-3521", "approval", "EMA"], ["XYZ-3522", "approval", "EMA"]]);
    const conditional = extract("The CAR-T XYZ-3523 received PRIME status in 2019 and was granted a conditional marketing authorisation in the EU in May 2022 for relapsed and refractory multiple myeloma.", "2025-08-01");
    assert.deepEqual(conditional.map((e) => [e.type, e.agency, e.date]), [["prime", "EMA", "2019"], ["conditional_approval", "EMA", "2022-05"]]);
    const japan = one("In Japan, Takeda won approval for XYZ-3524 in September 2024 for metastatic colorectal cancer after prior chemotherapy.", "2025-08-01");
    assert.deepEqual([japan.type, japan.agency], ["approval", "PMDA"]);
    assert.deepEqual(extract("The EMA's CHMP last month adopted a positive opinion recommending conditional marketing authorisation of XYZ-3525 for extranodal NK/T-cell lymphoma.", "2025-08-01"), []);
  });

  it("reads an oncolytic virus as a gene therapy, a vaccine built on a fusion protein as a vaccine, and a lutetium-177 drug as a radiopharmaceutical", () => {
    const virus = one("重组人GM-CSF溶瘤病毒XYZ-3531注射液的临床试验申请于2025年3月获得国家药监局默示许可。", "2025-04-01");
    assert.equal(virus.modality, "gene_therapy");
    const english = one("The FDA cleared the IND for XYZ-3532, an oncolytic herpes simplex virus, in January 2025.", "2025-04-01");
    assert.equal(english.modality, "gene_therapy");
    const vaccine = extract("The NMPA accepted the BLA for XYZ-3533, a recombinant shingles vaccine, in March 2025. XYZ-3533 uses a tetrameric gE fusion protein and an aluminium adjuvant.", "2025-04-01");
    assert.deepEqual(vaccine.map((e) => e.modality), ["vaccine"]);
    const lutetium = one("Yantai Lannacheng won FDA orphan drug designation in 2024 for 177Lu-XYZ-3534, its FAP-targeted therapy, in soft tissue sarcoma.", "2025-04-01");
    assert.equal(lutetium.modality, "radiopharmaceutical");
  });

  it("reads a product a numbered heading names after its maker ('一、甲药业：益肾宁心片') wherever the text names it again, as a traditional Chinese medicine when the text says so, and its indication without 者", () => {
    const events = extract("一、甲药业：益肾宁心片\n\n12月初，甲药业介绍了益肾宁心片的上市进展。该药为中药1.1类创新药，用于治疗失眠症中医辨证属心肾不交证者。\n\n2025年3月，益肾宁心片的上市申请获国家药监局受理；2025年11月，该药获批上市。", "2025-12-20");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.modality]), [["益肾宁心", "nda_accepted", "2025-03", "tcm"], ["益肾宁心", "approval", "2025-11", "tcm"]]);
    assert.equal(events[0]!.indication, "失眠症中医辨证属心肾不交证");
  });

  it("reads a trispecific's three targets written as one word ('GPRC5DxBCMAxCD3'), and 'heavily pretreated' patients as no indication", () => {
    const ind = one("The FDA cleared the IND for Simcere's XYZ-3541, a GPRC5DxBCMAxCD3 trispecific, for relapsed or refractory multiple myeloma in 2024.", "2025-08-01");
    assert.deepEqual(ind.targets, ["GPRC5D", "TNFRSF17", "CD3E"]);
    const deal = one("GSK paid Chimagen Biosciences $300 million upfront in October 2024 for XYZ-3542, a CD3xCD19xCD20 trispecific, in a deal worth up to $850 million.", "2025-08-01");
    assert.deepEqual(deal.targets, ["CD3E", "CD19", "MS4A1"]);
    const data = one("Simcere presented the first phase 1 data for XYZ-3543 at the International Myeloma Society meeting last week, reporting responses in heavily pretreated patients.", "2025-09-28");
    assert.equal(data.indication, null);
  });

  it("does not take the words before 用于治疗 for a drug's name when they say 'as for' (即对于, 关于, 针对)", () => {
    assert.deepEqual(extract("公司公告称，即对于用于治疗晚期实体瘤的在研新药，已于2025年3月获得国家药监局临床试验默示许可。", "2025-12-01"), []);
  });

  it("reads no event from a sentence telling how long the steps took ('从首例患者给药到被…收购，只用了不到4个月'), and ends an indication before 的首批患者数据", () => {
    assert.deepEqual(extract("回看过去一年，没有哪款产品比XYZ-3551更能说明赛道的节奏：从首例患者给药到被跨国药企整体收购，只用了不到4个月。", "2026-01-14"), []);
    const data = one("2025年7月，研究团队在《柳叶刀》发表了XYZ-3552治疗RRMM的首批患者数据，4例患者均观察到CAR-T细胞扩增。", "2026-01-14");
    assert.equal(data.indication, "RRMM");
  });

  it("reads companies bought in trade-press wording ('paid $2 billion upfront for X Pharmaceuticals', 'added X Oncology … for $1 billion'), each with its own clause's date, and a path named 'MNC收购或授权' as no event", () => {
    const events = extract("AstraZeneca paid $2 billion upfront for Fusion Pharmaceuticals in March 2024. Eli Lilly bought Point Biopharma for $1.4 billion in 2023, and Novartis added Mariana Oncology in May 2024 for $1 billion upfront and up to $1.75 billion in all.", "2026-03-10");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.counterparty, e.upfront_usd]), [
      ["Fusion Pharmaceuticals", "acquisition", "2024-03", "AstraZeneca", 2000000000],
      ["Point Biopharma", "acquisition", "2023", "Eli Lilly", null],
      ["Mariana Oncology", "acquisition", "2024-05", "Novartis", 1000000000],
    ]);
    assert.deepEqual(extract("从XYZ-3561的路径看，“国内IIT快速拿到人体数据—跨国药企收购或授权—中美同步推进注册临床”正在成为细胞治疗资产出海的标准模板。", "2026-01-14"), []);
  });

  it("reads the NMPA's former names (the State Food and Drug Administration, SFDA, 国家食品药品监督管理总局) as the NMPA, not the FDA", () => {
    const old = one("2005 year 11 month，XYZ-3571 obtain the then State Food and Drug Administration approval listed，joint chemotherapy used for treat late stage nasopharyngeal carcinoma。", "2026-03-10");
    assert.deepEqual([old.type, old.agency, old.date], ["approval", "NMPA", "2005-11"]);
    assert.equal(one("2016年，XYZ-3572获得国家食品药品监督管理总局批准上市。", "2026-03-10").agency, "NMPA");
  });

  it("reads a decision of a regulator the schema has no value for ('Health Canada approved X', '获香港卫生署批准', an EU trial approved through CTIS) as an event without an agency, and 'China's NMPA, which approved X in 2024' as the NMPA's", () => {
    const canada = one("Health Canada approved XYZ-3541 for relapsed mantle cell lymphoma in March 2021, making Canada one of the first markets outside the U.S. for the drug.", "2025-12-01");
    assert.deepEqual([canada.type, canada.agency, canada.date], ["approval", null, "2021-03"]);
    const hongKong = one("XYZ-3542近日获香港卫生署批准上市，用于治疗非小细胞肺癌。", "2025-12-01");
    assert.deepEqual([hongKong.type, hongKong.agency], ["approval", null]);
    const ctis = one("XYZ-3543用于预防膝关节置换术后静脉血栓栓塞的II期临床试验申请，已通过欧盟临床试验信息系统（CTIS）获得批准。", "2025-12-01");
    assert.deepEqual([ctis.type, ctis.agency], ["ind_approved", null]);
    const which = extract("Its Department of Health approved XYZ-3544 in October under the city's 1+ mechanism. The reference regulator here was China's NMPA, which approved XYZ-3544 in 2024.", "2025-12-01");
    assert.deepEqual(which.map((e) => [e.type, e.agency, e.date]), [["approval", null, "2025-10"], ["approval", "NMPA", "2024"]]);
  });

  it("reads machine-translated 上市申请获得受理 ('listed application obtain accept') as an NDA acceptance whose 'accept' names no -cept fusion protein, and 溶瘤病毒 rendered 'lysis tumor virus' as a gene therapy", () => {
    const accepted = one("10 month 13 day, CDE official website display, XYZ-3551 injection liquid listed application obtain accept, intend used for treat advanced melanoma.", "2025-10-20");
    assert.deepEqual([accepted.type, accepted.agency, accepted.date, accepted.modality], ["nda_accepted", "NMPA", "2025-10-13", null]);
    const virus = one("XYZ-3552 is a lysis tumor virus carrying the GM-CSF gene. In March 2024, the XYZ-3552 clinical trial application obtained CDE implied license.", "2025-10-20");
    assert.deepEqual([virus.type, virus.modality], ["ind_approved", "gene_therapy"]);
  });

  it("reads 'started a phase 3 trial of X' as the company's trial start (not a plan to start one), and 'X的IND申请获美国FDA批准' as an FDA IND clearance", () => {
    const started = one("Jiangsu Recbio Technology started a phase 3 trial of XYZ-3562, its adjuvanted recombinant zoster vaccine, in China in August.", "2025-10-20");
    assert.deepEqual([started.type, started.date, started.company], ["trial_start", "2025-08", "Jiangsu Recbio Technology"]);
    assert.deepEqual(extract("The company plans to start a phase 3 trial of XYZ-3563 next year.", "2025-10-20"), []);
    const ind = one("2023年，XYZ-3561的IND申请获美国FDA批准，成为全球首个进入临床阶段的同类药物之一。", "2025-10-20");
    assert.deepEqual([ind.type, ind.agency, ind.date], ["ind_approved", "FDA", "2023"]);
  });

  it("reads '于2024年9月获FDA批准，用于治疗…', '已获FDA和欧盟批准。' and '获欧盟批准两项适应症：A和B' as approvals, '获FDA批准开展II期临床' as a trial clearance, and a title's second line '获国家药监局批准' as its first line's clinical trial application's", () => {
    const fda = one("XYZ-3581于2024年9月获FDA批准，用于治疗复发或转移性鼻咽癌。", "2025-02-10");
    assert.deepEqual([fda.type, fda.agency, fda.date, fda.indication], ["approval", "FDA", "2024-09", "复发或转移性鼻咽癌"]);
    assert.deepEqual(extract("XYZ-3582已获FDA和欧盟批准。", "2025-02-10").map((e) => [e.type, e.agency]), [["approval", "FDA"], ["approval", "EMA"]]);
    const two = extract("XYZ-3583于2024年9月获欧盟批准两项适应症：一线鼻咽癌和一线食管鳞癌。", "2025-02-10");
    assert.deepEqual(two.map((e) => [e.type, e.agency, e.indication]), [["approval", "EMA", "一线鼻咽癌"], ["approval", "EMA", "一线食管鳞癌"]]);
    assert.deepEqual(extract("XYZ-3584获FDA批准开展II期临床。", "2025-02-10").map((e) => e.type), ["ind_approved"]);
    assert.deepEqual(extract("XYZ-3585用于治疗原发免疫性血小板减少症的临床试验申请\n获国家药监局批准", "2025-02-10").map((e) => e.type), ["ind_approved"]);
    assert.deepEqual(extract("In January 2026, the company said two phase 3 studies of XYZ-3586 both reach primary endpoint in chronic hepatitis B.", "2026-02-10").map((e) => e.type), ["data_readout"]);
  });

  it("reads a deal table headed '许可方 | 受让方 | 首付款', one deal per row, with the dollars a cell gives in brackets after euros or won, and none converted without them", () => {
    const table = [
      "2026年二季度对外授权交易如下：",
      "| 日期 | 许可方 | 受让方 | 项目（授权范围） | 首付款 | 总金额（含首付款） |",
      "| --- | --- | --- | --- | --- | --- |",
      "| 4月17日 | 甲生物 | 小野制药（Ono） | XYZ-3591（CD38单抗），大中华区以外 | 60亿日元 | 最高700亿日元 |",
      "| 5月20日 | 乙医药 | 益普生（Ipsen） | XYZ-3592（CLDN18.2 ADC），全球 | 5000万欧元（约5700万美元） | 最高9.5亿欧元（约10.8亿美元） |",
    ].join("\n");
    const deals = extract(table, "2026-07-08");
    assert.deepEqual(deals.map((e) => [e.asset, e.type, e.date, e.upfront_usd, e.total_usd]), [["XYZ-3591", "deal", "2026-04-17", null, null], ["XYZ-3592", "deal", "2026-05-20", 57_000_000, 1_080_000_000]]);
  });

  it("reads each row of an approvals list as the approval its own cell states ('1月15日，批准'), not the conditional approval its heading counts", () => {
    const list = [
      "1月国内1类创新药获批盘点：4款国产新药，2款附条件批准",
      "",
      "据统计，2026年1月共有4款国产1类创新药获批上市，其中2款为附条件批准。",
      "",
      "按获批时间排序如下（格式：企业｜药品｜适应症｜获批日期及类型）：",
      "",
      "1. 甲药业｜注射用XYZ-3601｜复发性或转移性鼻咽癌｜1月6日，附条件批准",
      "2. 乙医药｜XYZ-3602胶囊｜腱鞘巨细胞瘤｜1月15日，批准",
      "3. 丙生物｜XYZ-3603片｜原发免疫性血小板减少症｜1月22日，批准（新适应症）",
    ].join("\n");
    const events = extract(list, "2026-02-05");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XYZ-3601", "conditional_approval", "2026-01-06"], ["XYZ-3602", "approval", "2026-01-15"], ["XYZ-3603", "approval", "2026-01-22"]]);
  });

  it("reads an English table of designations ('| Date | Company | Asset | Indication | Pathway | Status |'): each row's pathway, status, date and indication, of the drug in its Asset column", () => {
    const table = [
      "China expedited-pathway tracker, Q1 2026",
      "",
      "| Date | Company | Asset | Modality / target | Indication | Pathway | Status |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      "| 2026-01-09 | Innovent Biologics | XYZ-3611 | PD-1/IL-2 fusion protein | advanced melanoma after anti-PD-1 therapy | BTD | Included |",
      "| 2026-02-27 | HUTCHMED | XYZ-3612 | MET inhibitor | with osimertinib, EGFR-mutant NSCLC with MET amplification | Priority review | Proposed |",
    ].join("\n");
    const events = extract(table, "2026-04-08");
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.status, e.date, e.indication]),
      [
        ["XYZ-3611", "btd", "granted", "2026-01-09", "advanced melanoma after anti-PD-1 therapy"],
        ["XYZ-3612", "priority_review", "proposed", "2026-02-27", "with osimertinib, EGFR-mutant NSCLC with MET amplification"],
      ],
    );
  });

  it("reads a results report's bullet as a PDF lays it out: a word broken at the line's end whole again, the bullet's opening date for both its events, and no date for 'the BTD' a later bullet refers to", () => {
    const report = [
      "XYZ-3631 (RET inhibitor)",
      "",
      "•    In February 2026, the new drug application for XYZ-3631 for the treat-",
      "     ment of RET fusion-positive locally advanced or metastatic NSCLC was",
      "     accepted by the NMPA and was included in the priority review proce-",
      "     dure. XYZ-3631 is a selective RET inhibitor discovered in-house.",
    ].join("\n");
    assert.deepEqual(
      extract(report, "2026-08-26").map((e) => [e.type, e.date, e.indication]),
      [["nda_accepted", "2026-02", "RET fusion-positive locally advanced or metastatic NSCLC"], ["priority_review", "2026-02", "RET fusion-positive locally advanced or metastatic NSCLC"]],
    );
    const bullets = "- In March 2026, XYZ-3632 was granted Breakthrough Therapy Designation by the CDE for EGFR-mutant NSCLC after EGFR-TKI therapy.\n- On 20 May 2026, the first patient was dosed in a registrational Phase II study of XYZ-3632 in the population covered by the BTD.";
    assert.deepEqual(extract(bullets, "2026-08-26").map((e) => [e.type, e.date]), [["btd", "2026-03"], ["trial_start", "2026-05-20"]]);
  });

  it("reads '用于Y的新适应症上市申请于1月获CDE受理' after a sentence defining the drug as that drug's filing", () => {
    const events = extract("XYZ-3621是公司自主研发的第三代BCR-ABL抑制剂。一线治疗费城染色体阳性急性淋巴细胞白血病的新适应症上市申请于今年1月获CDE受理，并同时被纳入优先审评。", "2026-03-20");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XYZ-3621", "nda_accepted", "2026-01"], ["XYZ-3621", "priority_review", "2026-01"]]);
  });

  it("reads a CDE notice table whose 类型 column gives the modality and whose 程序 column the pathway ('优先审评（拟纳入）'), with the row's 拟定适应症", () => {
    const table = [
      "一、6月公示品种一览",
      "",
      "| 公示日期 | 受理号 | 药品名称 | 类型 | 申请人 | 拟定适应症 | 程序 |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      "| 6月3日 | CXSS2600118 | 注射用XYZ-3641 | CLDN18.2 ADC | 甲生物制药有限公司 | 晚期胃或胃食管结合部腺癌 | 优先审评（拟纳入） |",
      "| 6月5日 | CXSL2500877 | XYZ-3642注射液 | B7-H3 ADC | 乙生物医药有限公司 | 广泛期小细胞肺癌 | 突破性治疗（拟纳入） |",
    ].join("\n");
    assert.deepEqual(
      extract(table, "2026-07-02").map((e) => [e.asset, e.type, e.status, e.date, e.indication]),
      [["XYZ-3641", "priority_review", "proposed", "2026-06-03", "晚期胃或胃食管结合部腺癌"], ["XYZ-3642", "btd", "proposed", "2026-06-05", "广泛期小细胞肺癌"]],
    );
  });

  it("reads 'Japan's Ministry of Health, Labour and Welfare approved X' as the PMDA's, 'the MFDS of South Korea approved X' as an approval without an agency, and 'the conversion of its conditional approval into full approval' as an approval", () => {
    const japan = one("In December, Japan's Ministry of Health, Labour and Welfare approved XYZ-3651 for the first-line treatment of gastric cancer.", "2026-02-20");
    assert.deepEqual([japan.type, japan.agency, japan.date], ["approval", "PMDA", "2025-12"]);
    const korea = one("In September 2025, the Ministry of Food and Drug Safety (MFDS) of South Korea approved XYZ-3652 for adults with primary IgA nephropathy.", "2026-02-20");
    assert.deepEqual([korea.type, korea.agency, korea.date], ["approval", null, "2025-09"]);
    const full = one("Following the conversion of its conditional approval into full approval by the NMPA in 2024, XYZ-3653 is the only treatment in China approved for IgA nephropathy.", "2026-02-20");
    assert.deepEqual([full.type, full.agency, full.date], ["approval", "NMPA", "2024"]);
  });

  it("knows a potassium-competitive acid blocker by its stem (-prazan, 拉生) as a small molecule", () => {
    const english = one("In April 2025, zastaprazan won NMPA approval for reflux esophagitis.", "2026-02-20");
    assert.deepEqual([english.asset, english.type, english.modality], ["zastaprazan", "approval", "small_molecule"]);
    const chinese = one("替戈拉生于2022年4月获国家药监局批准上市，用于治疗反流性食管炎。", "2026-02-20");
    assert.deepEqual([chinese.asset, chinese.type, chinese.modality], ["替戈拉生", "approval", "small_molecule"]);
    // (not the 拉生 of a company's 生物: "森维拉生物")
    assert.deepEqual(extract("森维拉生物宣布，其TSLP/IL-13双抗XYZ-3661获国家药监局临床试验默示许可。", "2026-02-20").map((e) => e.asset), ["XYZ-3661"]);
  });

  it("reads '其大中华区以外的权益已于2024年授予Kailera' as a dated licence of the drug just defined, to the partner named", () => {
    const deal = one("XYZ-3671是公司自主研发的GLP-1/GIP双受体激动剂多肽类药物，其大中华区以外的权益已于2024年授予Kailera Therapeutics。", "2026-03-20");
    assert.deepEqual([deal.asset, deal.type, deal.date], ["XYZ-3671", "deal", "2024"]);
  });

  it("tells no news of a drug named for its sales ('the erosion of Opdivo revenue') nor of an acquisition of a company left unnamed ('its acquisition of a U.S. cancer biotech')", () => {
    const events = extract("Ono licensed XYZ-3681 from Shanghai Lumos in February 2026. For Ono, which faces the erosion of Opdivo revenue in the coming years, the deal is its biggest in-licensing bet since its acquisition of a U.S. cancer biotech.", "2026-03-20");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["XYZ-3681", "deal"]]);
  });

  it("tells no news in a question ('问3：XYZ-3691何时公布数据？', 'Will the FDA approve XYZ-3692 this year?')", () => {
    assert.deepEqual(extract("问3：XYZ-3691（PD-1/TIGIT双抗）何时公布数据？", "2026-08-28"), []);
    assert.deepEqual(extract("Will the FDA approve XYZ-3692 for gastric cancer this year?", "2026-08-28"), []);
  });

  it("describes a drug by the sentences opening with the term an announcement defines for it ('XYZ-3701注射液（“该产品”）…有关该产品 / 该产品为一款siRNA药物')", () => {
    const ft = one("董事会欣然宣布，本公司自主研发的候选药物XYZ-3701注射液（“该产品”）已于2026年3月7日获美国FDA授予快速通道资格。\n\n有关该产品\n该产品为一款小干扰核糖核酸（“siRNA”）药物，通过沉默载脂蛋白C-III（“APOC3”）的基因表达降低甘油三酯水平。", "2026-03-10");
    assert.deepEqual([ft.asset, ft.type, ft.modality, ft.targets], ["XYZ-3701", "fast_track", "sirna", ["APOC3"]]);
  });

  it("reads an antibody carrying a payload as an ADC ('pairs an anti-CDH17 antibody with a topoisomerase I payload', '抗体与…有效载荷')", () => {
    const btd = one("The FDA granted breakthrough therapy designation to XYZ-3721 for metastatic colorectal cancer. XYZ-3721 pairs an anti-CDH17 antibody with a topoisomerase I payload.", "2026-03-10");
    assert.deepEqual([btd.asset, btd.modality, btd.targets], ["XYZ-3721", "adc", ["CDH17"]]);
    assert.equal(one("XYZ-3722获FDA授予快速通道资格。XYZ-3722由靶向CDH17的人源化抗体与拓扑异构酶I抑制剂有效载荷组成。", "2026-03-10").modality, "adc");
  });

  it("reads an antibody fused to another protein as a fusion protein ('a PD-1 antibody fused to an engineered IL-15')", () => {
    assert.equal(one("Shanghai Kexin reported first clinical data for XYZ-3731, a PD-1 antibody fused to an engineered IL-15, at ASCO on Sunday, with a 31% response rate.", "2026-03-10").modality, "fusion_protein");
  });

  it("reads machine-translated clearances: 'approval from the NMPA to carry out a phase 1 clinical trial', 'agree this product carry out treat X clinical trial', and 'X is company independent research and develop of … ADC'", () => {
    assert.equal(one("Haixin's XYZ-3741 received approval from the NMPA to carry out a phase 1 clinical trial.", "2026-03-10").type, "ind_approved");
    const cleared = one("Approval conclusion: after review, accepted XYZ-3742injection meet drug registration relevant requirement, agree this product carry out treat advanced solid tumor clinical trial. XYZ-3742 is company independent research and develop of targetCDH6 antibody drug conjugate（ADC）, can specific combine tumor cell surface CDH6 antigen.", "2026-03-10");
    assert.deepEqual([cleared.type, cleared.indication, cleared.modality], ["ind_approved", "advanced solid tumor", "adc"]);
  });

  it("reads an NMPA list of approval documents served written as one numbered line per item ('1. 受理号：…；药品名称：…；审批结论：批准；送达日期：…；备注：…')", () => {
    const text = [
      "药品批准证明文件送达信息（2026年4月3日至4月9日）",
      "",
      "1. 受理号：CXSB2500187；药品名称：甲某奇拜单抗注射液；申请人：甲某生物医药有限公司；审批结论：批准；送达日期：2026-04-03；备注：新增适应症（季节性过敏性鼻炎）",
      "2. 受理号：CYHS2401876；药品名称：阿哌沙班片；申请人：乙某药业有限公司；审批结论：批准；送达日期：2026-04-03；备注：仿制药",
      "3. 受理号：CXHS2500114；药品名称：XYZ-3751片；申请人：丙某医药股份有限公司；审批结论：批准；送达日期：2026-04-07；备注：附条件批准转常规批准（EGFR 20号外显子插入突变的非小细胞肺癌）",
      "4. 受理号：CXSL2500957；药品名称：注射用XYZ-3752；申请人：丁某医药股份有限公司；审批结论：同意开展临床试验；送达日期：2026-04-08；备注：药物临床试验批准通知书（晚期实体瘤）",
      "5. 受理号：CXHS2400552；药品名称：XYZ-3753片；申请人：戊某药业有限公司；审批结论：不予批准；送达日期：2026-04-09；备注：无",
      "6. 受理号：CXHB2500046；药品名称：XYZ-3754片；申请人：己某医药科技股份有限公司；审批结论：批准；送达日期：2026-04-09；备注：变更生产场地",
    ].join("\n");
    assert.deepEqual(extract(text, "2026-04-10").map((e) => [e.asset, e.type, e.date, e.indication]), [
      ["甲某奇拜单抗", "approval", "2026-04-03", "季节性过敏性鼻炎"],
      ["XYZ-3751", "approval", "2026-04-07", "EGFR 20号外显子插入突变的非小细胞肺癌"],
      ["XYZ-3752", "ind_approved", "2026-04-08", "晚期实体瘤"],
    ]);
  });

  it("reads a list of acceptances whose column names a sentence of prose gives in quotes ('按“受理号｜药品名称｜…｜承办日期”的顺序整理如下'), a supplement adding an indication as a marketing filing", () => {
    const text = "现将其中的创新药条目按“受理号｜药品名称｜药品类型｜申请类型｜注册分类｜企业名称｜承办日期”的顺序整理如下。\n\nCXHL2600412｜XYZ-3761片｜化药｜新药｜1｜甲某医药股份有限公司｜2026-05-11\nCYHS2601877｜利伐沙班片｜化药｜仿制｜4｜乙某制药有限公司｜2026-05-11\nCXHB2600058｜XYZ-3762片｜化药｜补充申请（新增适应症）｜1｜丙某新药研发有限公司｜2026-05-12\nCXSS2600022｜注射用XYZ-3763｜治疗用生物制品｜新药｜1｜丁某药业集团有限公司｜2026-05-12";
    assert.deepEqual(extract(text, "2026-05-13").map((e) => [e.asset, e.type, e.date]), [
      ["XYZ-3761", "ind_accepted", "2026-05-11"],
      ["XYZ-3762", "nda_accepted", "2026-05-12"],
      ["XYZ-3763", "nda_accepted", "2026-05-12"],
    ]);
  });

  it("reads a conference listing's results line ('Key data: …') as the readout of its entry's drug, dated by the entry's session day, and drops a trial's name in brackets from the indication", () => {
    const text = [
      "ESMO 2025 tracker",
      "Updated Sunday 19 October 2025",
      "",
      "PRESENTED",
      "",
      "LBA7 - Presidential Symposium - Saturday 18 October",
      "\"XYZ-3771 plus chemotherapy versus chemotherapy as first-line treatment of advanced squamous non-small cell lung cancer (HARBOR-6): a randomised phase 3 study\"",
      "Sponsor: Akeso",
      "Key data: median PFS 11.1 vs 6.9 months (HR 0.60).",
      "",
      "SCHEDULED",
      "",
      "1820O - Proffered paper - Monday 20 October",
      "\"XYZ-3772 in HER2-positive early breast cancer\"",
      "Sponsor: Hengrui",
    ].join("\n");
    assert.deepEqual(extract(text, "2025-10-19").map((e) => [e.asset, e.type, e.date, e.indication]), [["XYZ-3771", "data_readout", "2025-10-18", "advanced squamous non-small cell lung cancer"]]);
    assert.equal(one("在ASCO年会上，XYZ-3773治疗晚期实体瘤的I期研究结果公布。\n主要数据：ORR 41.2%。", "2026-06-01").type, "data_readout");
  });

  it("reads a prospectus's regulatory history: 'FDA授予X…' names X without the verb, 'FDA批准X用于…的新药临床试验申请' and 'the NMPA approved our IND application' are clearances, '适应症同样为'", () => {
    const text = "下文概述XYZ-3791（替恩某替尼）的主要监管里程碑：\n‧　二零一九年五月，美國食品藥品監督管理局（「FDA」）批准替恩某替尼用於治療晚期實體瘤的新藥臨床試驗（「IND」）申請。\n‧　二零二一年十一月，FDA授予替恩某替尼治療膽管癌的孤兒藥資格認定。\n‧　二零二三年八月，藥審中心將替恩某替尼納入突破性治療藥物程序，適應症同樣為FGFR2融合膽管癌。";
    assert.deepEqual(extract(text, "2025-06-12").map((e) => [e.asset, e.type, e.agency, e.date, e.indication]), [
      ["XYZ-3791", "ind_approved", "FDA", "2019-05", "晚期實體瘤"],
      ["XYZ-3791", "orphan_drug", "FDA", "2021-11", "膽管癌"],
      ["XYZ-3791", "btd", "NMPA", "2023-08", "FGFR2融合膽管癌"],
    ]);
    assert.equal(one("In November 2022, the NMPA approved our IND application for a Phase 2a trial of XYZ-3792 in patients with IPF in China (GENESIS-IPF).", "2025-11-20").type, "ind_approved");
    assert.equal(one("In November 2022, the NMPA approved our IND application for a Phase 2a trial of XYZ-3792 in patients with idiopathic pulmonary fibrosis (GENESIS-IPF).", "2025-11-20").indication, "idiopathic pulmonary fibrosis");
  });

  it("tells no news in a pipeline list's dashed lines ('ISM5043 – KAT6A/B – breast cancer – out-licensed to Stemline'), and reads 'total potential payments of more than US$550 million' as a total and a family's name (KAT6A/B, pan-TEAD) as its members", () => {
    const text = "OUR PIPELINE\nXYZ-3793 – MAT2A – solid tumors – Phase 1 – global rights retained\nXYZ-3794 – KAT6A/B – ER+/HER2- breast cancer – out-licensed to Stemline\n\nIn January 2025, we granted Stemline an exclusive global license to XYZ-3794, an oral KAT6A/B inhibitor, for an upfront payment of US$20 million and total potential payments of more than US$550 million, plus tiered royalties.";
    assert.deepEqual(extract(text, "2025-11-20").map((e) => [e.asset, e.type, e.date, e.upfront_usd, e.total_usd, e.targets]), [["XYZ-3794", "deal", "2025-01", 20_000_000, 550_000_000, ["KAT6A", "KAT6B"]]]);
    assert.deepEqual(one("The FDA cleared the IND for XYZ-3795, a pan-TEAD inhibitor, in May 2024.", "2025-11-20").targets, ["TEAD1", "TEAD2", "TEAD3", "TEAD4"]);
  });

  it("reads 'won U.S. approval' as the FDA's, 'the NMPA cleared VISEN's clinical trial application' as a clearance, and not the drug another is a prodrug of ('a once-weekly prodrug of somatropin')", () => {
    const approval = one("Ascendis won U.S. approval for XYZ-3801, sold there as Yorvantis, in August 2024.", "2025-03-21");
    assert.deepEqual([approval.asset, approval.type, approval.agency], ["XYZ-3801", "approval", "FDA"]);
    const cleared = one("XYZ-3802 is being tested in a phase 2 trial in China after the NMPA cleared VISEN's clinical trial application in 2023.", "2025-03-21");
    assert.deepEqual([cleared.type, cleared.agency, cleared.date], ["ind_approved", "NMPA", "2023"]);
    assert.equal(one("Lonapegsomatropin, a once-weekly prodrug of somatropin, was approved by China's National Medical Products Administration in January.", "2025-03-21").asset, "Lonapegsomatropin");
  });

  it("reads a study filed on the health commission's system ('备案号为MR-31-26-000417') as an IIT dated by its filing, and a hospital's first infusion ('完成首例受试者细胞回输') as its start", () => {
    const filed = one("第一条记录的项目名称为《单次静脉输注XYZ-3811治疗杂合子家族性高胆固醇血症的探索性研究》，备案号为MR-31-26-000417，备案日期为2026年1月9日。", "2026-01-20");
    assert.deepEqual([filed.asset, filed.type, filed.agency, filed.date, filed.indication], ["XYZ-3811", "iit", "NHC", "2026-01-09", "杂合子家族性高胆固醇血症"]);
    const infused = one("9月2日，我院风湿免疫科团队牵头开展的《XYZ-3812注射液治疗难治性系统性红斑狼疮的单臂研究》顺利完成首例受试者细胞回输。这标志着该项研究者发起的临床研究（IIT）正式进入实施阶段。", "2025-09-05");
    assert.deepEqual([infused.type, infused.date, infused.indication], ["iit", "2025-09-02", "难治性系统性红斑狼疮"]);
    // (the study's filing number told afterwards without a date is no second study)
    const once = extract("4月9日，某某生物宣布，其CAR-T细胞产品XYZ-3813用于治疗难治性系统性红斑狼疮的研究者发起的临床研究（IIT），已于4月8日在仁济医院完成首例患者回输。\n据介绍，该研究已在国家医学研究登记备案信息系统完成备案（备案号：MR-31-25-008213），计划入组15例经至少两种免疫抑制剂治疗无效的SLE患者。", "2025-04-10");
    assert.deepEqual(once.map((e) => [e.asset, e.type, e.date]), [["XYZ-3813", "iit", "2025-04-08"]]);
  });

  it("reads 'Japan's health ministry approved the drug' as a PMDA approval, and won written after the number with its dollars in brackets ('an upfront fee of 5 billion won (US$3.4 million)')", () => {
    const events = extract("Takeda licensed XYZ-3821 from Hutchmed in January 2023 for $400 million upfront. Japan's health ministry approved the drug, sold as Fruzanta, in September 2024.", "2026-04-22");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["deal", null, "2023-01"], ["approval", "PMDA", "2024-09"]]);
    const deal = one("Daewoong said Wednesday it has signed a licensing agreement with Haisco to develop and sell XYZ-3822 in South Korea. Under the deal, Daewoong will pay Haisco an upfront fee of 5 billion won (US$3.4 million) and up to 30 billion won ($20.5 million) in total, including milestones.", "2025-11-12");
    assert.deepEqual([deal.upfront_usd, deal.total_usd], [3_400_000, 20_500_000]);
  });

  it("reports a disease told by the abbreviation the text defined in full, whatever the long form's last letter, quoted or after R/R", () => {
    const indication = (text: string) => one(text, "2026-03-10").indication;
    assert.equal(indication("Qihe Biotech is developing XZ-411 for homozygous familial hypercholesterolemia (HoFH). On March 3, 2026, the FDA granted fast track designation to XZ-411 for HoFH."), "homozygous familial hypercholesterolemia (HoFH)");
    assert.equal(indication('Qihe Biotech is developing XZ-411 for idiopathic pulmonary fibrosis ("IPF"). On March 3, 2026, the FDA cleared our IND for a Phase 2a trial of XZ-411 in patients with IPF.'), "idiopathic pulmonary fibrosis (IPF)");
    assert.equal(indication("Qihe Biotech is developing XZ-411 for tenosynovial giant cell tumor (TGCT). On March 3, 2026, the NMPA accepted the NDA for XZ-411 in TGCT."), "tenosynovial giant cell tumor (TGCT)");
    assert.equal(indication("Qihe Biotech is developing XZ-411 for relapsed or refractory mantle cell lymphoma (R/R MCL). On March 3, 2026, the FDA granted orphan drug designation to XZ-411 for patients with R/R MCL."), "relapsed or refractory mantle cell lymphoma (R/R MCL)");
  });

  it("takes the first of a deal list line's pair of parties (A × B, A / B) as the licensor and the second as the counterparty", () => {
    const zh = one("一、本周交易\n· 1月13日｜澜屿医药 × 艾伯维｜XZ-5526（CDH17 ADC）大中华区以外全球权益｜首付款1.2亿美元，总金额最高13.5亿美元", "2026-01-17");
    assert.deepEqual([zh.company, zh.counterparty, zh.upfront_usd], ["澜屿医药", "艾伯维", 120_000_000]);
    const en = one("Deals\n- Suzhou Qihe Pharma / AbbVie: global ex-China licence for oral NLRP3 inhibitor XZ-1208; $150M upfront, up to $2.0B in total (Jan. 5).", "2026-01-17");
    assert.deepEqual([en.company, en.counterparty, en.total_usd], ["Suzhou Qihe Pharma", "AbbVie", 2_000_000_000]);
  });

  it("reads a ClinicalTrials.gov record's actual study start as its trial's start, a hospital's record as an IIT, and an estimated start as nothing", () => {
    const record = (sponsor: string, start: string) =>
      `Record\nClinicalTrials.gov ID: NCT07000001\nBrief Title: A Study of XZ-354 Versus Chemotherapy in Platinum-Resistant Ovarian Cancer\nSponsor: ${sponsor}\nPhase: Phase 3\nConditions: Platinum-resistant Ovarian Cancer; Fallopian Tube Cancer\nInterventions: Drug: XZ-354 (anti-HER2 antibody-drug conjugate); Drug: paclitaxel\nFirst Posted: 2025-07-08\n${start}\nLast Update Posted: 2025-10-21\n`;
    const started = one(record("Qihe Biologics (Suzhou) Co. Ltd.", "Study Start (Actual): 2025-08-18"), "2025-11-05");
    assert.deepEqual([started.asset, started.type, started.agency, started.date, started.company, started.indication], ["XZ-354", "trial_start", null, "2025-08-18", "Qihe Biologics", "Platinum-resistant Ovarian Cancer"]);
    const iit = one(record("Ruijin Hospital\nCollaborators: Qihe Medicine Inc.", "Study Start (Actual): 2025-07-14"), "2025-11-05");
    assert.deepEqual([iit.type, iit.agency, iit.company], ["iit", "NHC", "Qihe Medicine Inc"]);
    assert.deepEqual(extract(record("Qihe Biologics (Suzhou) Co. Ltd.", "Study Start (Estimated): 2025-12-15"), "2025-11-05"), []);
  });

  it("reads a CDE registration record's first enrolment date as its trial's start, not an empty one, and keeps each record's drug apart in an editor's note", () => {
    const record = (n: string, drug: string, enrolled: string) =>
      `【记录${n}】\n登记号：CTR2025351${n.length}\n试验状态：进行中（招募中）\n申请人名称：北京启禾医药科技有限公司\n药物名称：${drug}片\n临床申请受理号：CXHL2300871\n适应症：中重度斑块状银屑病\n试验分期：III期\n第一例受试者入组日期：${enrolled}\n`;
    const events = extract(`${record("一", "XZ-488", "2025-10-16")}\n${record("二", "XZ-375", "—")}\n编者注：XZ-201为靶向B7-H3的抗体偶联药物，XZ-488为TYK2变构抑制剂。`, "2026-01-14");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.company, e.indication, e.modality]), [["XZ-488", "trial_start", "2025-10-16", "北京启禾医药科技有限公司", "中重度斑块状银屑病", "small_molecule"]]);
  });

  it("reads approvals by regulators outside the schema's list (agency null) and the wordings of the MHRA, the EC and Hong Kong, with the uses each lists", () => {
    const events = extract(
      "Singapore's Health Sciences Authority (HSA) approved Qihe Biosciences' PD-1 inhibitor XZ-001 on Nov. 26 for adults with recurrent or metastatic nasopharyngeal carcinoma (NPC). " +
        "In May, the UK's Medicines and Healthcare products Regulatory Agency (MHRA) granted XZ-001 a marketing authorisation for two uses: first-line recurrent or metastatic NPC with cisplatin and gemcitabine, and first-line esophageal squamous cell carcinoma (ESCC) with paclitaxel and cisplatin. " +
        "In October, Hong Kong's Department of Health registered the drug for the same ESCC indication. " +
        "The Therapeutic Goods Administration (TGA) accepted Qihe's application for evaluation in March for the NPC indication. " +
        "The European Commission followed in September 2024, approving XZ-001 for both first-line NPC and first-line ESCC.",
      "2025-12-03",
    );
    assert.deepEqual(
      events.map((e) => [e.type, e.agency, e.date, e.indication]),
      [
        ["approval", null, "2025-11-26", "recurrent or metastatic nasopharyngeal carcinoma (NPC)"],
        ["approval", "MHRA", "2025-05", "first-line recurrent or metastatic NPC with cisplatin and gemcitabine"],
        ["approval", "MHRA", "2025-05", "first-line esophageal squamous cell carcinoma (ESCC) with paclitaxel and cisplatin"],
        ["approval", null, "2025-10", "esophageal squamous cell carcinoma (ESCC)"],
        ["nda_accepted", "TGA", "2025-03", "nasopharyngeal carcinoma (NPC)"],
        ["approval", "EMA", "2024-09", "first-line nasopharyngeal carcinoma (NPC)"],
        ["approval", "EMA", "2024-09", "first-line esophageal squamous cell carcinoma (ESCC)"],
      ],
    );
  });

  it("reads Hong Kong's '1+' registrations and acceptances in traditional Chinese, 衞生署 a regulator outside the list, and an indication approved on the mainland", () => {
    const events = extract(
      "【本報訊】衞生署3月9日公布，根據「1+」機制批准康屿醫藥的XZ-601（商品名：蘇泰樂）在港註冊，用於治療胰腺神經內分泌瘤。" +
        "XZ-601於2020年12月在內地獲國家藥品監督管理局批准，用於治療非胰腺來源的神經內分泌瘤；2021年6月，胰腺神經內分泌瘤適應症在內地獲批。" +
        "同樣在今年2月，啟禾醫藥的XZ-602亦經「1+」機制獲衞生署批准註冊，用於治療慢性髓細胞白血病。另外，XZ-603的「1+」註冊申請已於今年2月獲衞生署受理。",
      "2026-03-12",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.agency, e.date]),
      [
        ["XZ-601", "approval", null, "2026-03-09"],
        ["XZ-601", "approval", "NMPA", "2020-12"],
        ["XZ-601", "approval", "NMPA", "2021-06"],
        ["XZ-602", "approval", null, "2026-02"],
        ["XZ-603", "nda_accepted", null, "2026-02"],
      ],
    );
  });

  it("reads Health Canada's Notice of Compliance as an approval and a registration or new drug application 'accepted' abroad as an acceptance", () => {
    const events = extract(
      "Qihe Pharmaceutical today announced that Health Canada has issued a Notice of Compliance (NOC) for XZ-720 for adults with EGFR exon 20 insertion-mutated NSCLC. " +
        "Australia's Therapeutic Goods Administration (TGA) accepted the registration application for XZ-720 for evaluation in April 2026, and Taiwan's Food and Drug Administration (TFDA) accepted a new drug application in May 2026.",
      "2026-06-17",
    );
    assert.deepEqual(
      events.map((e) => [e.type, e.agency, e.date]),
      [
        ["approval", null, "2026-06-17"],
        ["nda_accepted", "TGA", "2026-04"],
        ["nda_accepted", null, "2026-05"],
      ],
    );
  });

  it("reads an English deal table (Licensee, Signed, Upfront (US$m), Total (US$m)): bare figures in the header's unit, 'Oct-2023' dates", () => {
    const events = extract(
      "Out-licensing book (terms as disclosed)\n| Asset | Target / modality | Licensee | Signed | Upfront (US$m) | Total incl. upfront (US$m) |\n| XZ-20089 | B7-H4 ADC | GSK | Oct-2023 | 85 | 1,570 |\n| XZ-10535 | oral GLP-1R agonist | Merck & Co. | Dec-2024 | 112 | 2,012 |\nSource: company announcements.",
      "2026-02-11",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.counterparty, e.date, e.upfront_usd, e.total_usd]),
      [
        ["XZ-20089", "deal", "GSK", "2023-10", 85_000_000, 1_570_000_000],
        ["XZ-10535", "deal", "Merck & Co.", "2024-12", 112_000_000, 2_012_000_000],
      ],
    );
  });

  it("reads a licensed drug's indication from its description ('its oral GLP-1 receptor agonist for obesity'), up to a relative clause ('… for Parkinson's disease that Lingbo licensed')", () => {
    const deal = one("Hangzhou Meridian Bio has licensed ex-China rights to MB-4410, its oral small-molecule GLP-1 receptor agonist for obesity, to Corvane Therapeutics for $40 million upfront.", "2026-03-02");
    assert.equal(deal.type, "deal");
    assert.equal(deal.indication, "obesity");
    const [other] = extract("Corvane also paid $20 million upfront for MB-2205, a brain-penetrant NLRP3 inhibitor for Parkinson's disease that Meridian licensed last year.", "2026-03-02");
    assert.equal(other?.indication, "Parkinson's disease");
  });
  it("takes an approval's indication from the sentence after the drug's definition that opens on its label ('本次获批的适应症为：')", () => {
    const e = one("浙江启衡医药股份有限公司于2026年2月3日收到国家药监局核准签发的启替尼片《药品注册证书》。\n\n启替尼片（研发代号：QH-2207）是公司自主研发的高选择性RET抑制剂。本次获批的适应症为：RET融合阳性的局部晚期或转移性非小细胞肺癌成人患者。", "2026-02-05");
    assert.equal(e.type, "approval");
    assert.equal(e.indication, "RET融合阳性的局部晚期或转移性非小细胞肺癌成人患者");
  });
  it("reads a milestones table's event cell ('New drug application accepted: <indication>', 'Approval: …'), and no event from a cell that says the step has not come", () => {
    const events = extract(
      "Selected product milestones\n| Product | Sponsor | Milestone | Authority | Date |\n| QX-101, KRAS G12D inhibitor | Qixin Biopharma | New drug application accepted: locally advanced or metastatic pancreatic cancer | NMPA | 3 Sep 2025 |\n| QX-202 | Qixin Biopharma | Approval: adult primary immune thrombocytopenia | NMPA | 21 Oct 2025 |\n| QX-303 | Qixin Biopharma | Marketing application submitted; CDE acceptance not yet published | NMPA | — |",
      "2025-10-31",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date, e.indication]),
      [
        ["QX-101", "nda_accepted", "2025-09-03", "locally advanced or metastatic pancreatic cancer"],
        ["QX-202", "approval", "2025-10-21", "adult primary immune thrombocytopenia"],
      ],
    );
  });
  it("reads a congress's presentations table: a clinical study presented is a readout on its row's date, one upcoming or preclinical is none", () => {
    const events = extract(
      "| Candidate | Presentation | Abstract # | Date (PT) | Status |\n| QX-401 (DLL3 ADC) | Phase 1 study of QX-401 in patients with extensive-stage small cell lung cancer | CT045 | Apr 19, 2026 | Presented |\n| QX-402 (CLDN18.2 ADC) | QX-402 in pancreatic cancer xenograft models | 5671 | Apr 21, 2026 | Presented |\n| QX-403 | Phase 1 update of QX-403 in colorectal cancer | LB456 | Apr 22, 2026 | Upcoming |",
      "2026-04-22",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.indication]), [["QX-401", "data_readout", "2026-04-19", "extensive-stage small cell lung cancer"]]);
  });

  it("gives one clearance to each regulator a sentence joins with 'and', past the country of the first ('by the NMPA of China and the U.S. FDA')", () => {
    const events = extract("QX-501 was cleared for clinical trials by the National Medical Products Administration (NMPA) of China and the U.S. Food and Drug Administration (FDA) in 2024.", "2026-04-22");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["ind_approved", "NMPA", "2024"], ["ind_approved", "FDA", "2024"]]);
  });
  it("reads a bare 获批 after its date without 于 ('今年6月获批，用于…') as an approval, of the drug a sentence just introduced ('另一款…的是X（…）'), not a trial's ('临床试验申请今年5月获批')", () => {
    const events = extract(
      "启衡医药的启妥单抗（QH-1101）是其中的代表。这款HER2靶向抗体偶联药物今年5月获国家药监局批准上市。\n\n另一款受到关注的是衡远生物的衡格鲁肽（研发代号HY-2207）。这款GLP-1受体激动剂今年6月获批，用于成人肥胖患者的长期体重控制。\n\nHY-3305的临床试验申请今年5月获批，用于晚期实体瘤。",
      "2025-11-10",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date]),
      [
        ["QH-1101", "approval", "2025-05"],
        ["HY-2207", "approval", "2025-06"],
        ["HY-3305", "ind_approved", "2025-05"],
      ],
    );
  });

  it("recognises a Chinese generic name whose stem ends in a character that elsewhere ends a word (索乐匹尼布, -nib)", () => {
    const e = one("和衡医药的索乐匹尼布上市申请于2024年1月获国家药监局受理。", "2025-11-10");
    assert.equal(e.asset, "索乐匹尼布");
    assert.equal(e.type, "nda_accepted");
  });
  it("reads a congress abstract that reports data ('Abstract 1045 (oral session 653, Dec. 6) reports five-year follow-up …') as a readout, not a placeholder abstract", () => {
    const events = extract(
      "Qixin Bio: Abstract 1045 (oral session 653, Dec. 6) reports five-year follow-up from the Phase 3 QX-7 study of QX-701 in relapsed or refractory multiple myeloma.\n\nHengyu Pharma: Abstract 4127 (poster, Dec. 7) on HY-880 in mantle cell lymphoma is a placeholder; the online text describes the study design only.",
      "2026-11-05",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.indication]), [["QX-701", "data_readout", "relapsed or refractory multiple myeloma"]]);
  });
  it("reads 'a Syk inhibitor approved in October for …' as an approval, and no company in a government body's name ('National Healthcare Security Administration')", () => {
    const events = extract(
      "The National Healthcare Security Administration (NHSA) has told hospitals not to block newly listed drugs.\n\nQixin Pharma's QX-101, a BCL2 inhibitor that won conditional approval from the National Medical Products Administration (NMPA) in July 2025 for chronic lymphocytic leukemia, is one of them. So is Hengyu's HY-523, a Syk inhibitor approved in October for adults with primary immune thrombocytopenia.",
      "2026-02-24",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date, e.company]),
      [
        ["QX-101", "conditional_approval", "2025-07", "Qixin Pharma"],
        ["HY-523", "approval", "2025-10", "Hengyu"],
      ],
    );
  });
  it("reads 'The FDA granted it accelerated approval in November 2019 for …', and one approval per indication of 'approved X … for A and for B'", () => {
    const events = extract(
      "QX-3012 was the first drug from the company to win approval in the U.S. The FDA granted it accelerated approval in November 2019 for adults with mantle cell lymphoma. In China, the National Medical Products Administration conditionally approved QX-3012 in June 2020 for relapsed or refractory mantle cell lymphoma and for relapsed or refractory CLL. Outside China, the FDA has granted QX-4011 orphan drug designations for chronic lymphocytic leukemia and for Waldenström macroglobulinemia.",
      "2026-03-01",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.agency, e.indication]),
      [
        ["QX-3012", "approval", "FDA", "mantle cell lymphoma"],
        ["QX-3012", "conditional_approval", "NMPA", "relapsed or refractory mantle cell lymphoma"],
        ["QX-3012", "conditional_approval", "NMPA", "relapsed or refractory CLL"],
        ["QX-4011", "orphan_drug", "FDA", "chronic lymphocytic leukemia"],
        ["QX-4011", "orphan_drug", "FDA", "Waldenström macroglobulinemia"],
      ],
    );
  });
  it("reads an R&D update's bullets under each drug's heading: completed items are events, 'Upcoming:' and 'Ongoing:' items are none", () => {
    const events = extract(
      "QX-1310 (DLL3-targeted ADC)\n- Completed: Updated Phase 1 data in extensive-stage SCLC presented at ESMO 2025 (October 2025); confirmed ORR 68% at the selected dose.\n- Completed: Granted Breakthrough Therapy Designation by China's CDE in 2025 for extensive-stage SCLC.\n- Upcoming: First patient dosing in the global Phase 3 trial expected mid-2026.\n\nQX-2201 (FGFR2b antibody)\n- Completed: Biologics license application for first-line FGFR2b-overexpressing, HER2-negative gastric or gastroesophageal junction cancer, in combination with chemotherapy, accepted by the NMPA in March 2026.\n- Ongoing: partnering options for QX-2201 outside Greater China; the phase 3 study has dosed its first patient in Japan.",
      "2026-05-07",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date]),
      [
        ["QX-1310", "data_readout", "2025-10"],
        ["QX-1310", "btd", "2025"],
        ["QX-2201", "nda_accepted", "2026-03"],
      ],
    );
  });
  it("takes a partner's internal code in brackets ('QX-7022（阿斯利康内部代号AZD9901）') as the drug's alias", () => {
    const events = extract("5月15日，启新医药公告称，阿斯利康决定终止双方就QX-7022（阿斯利康内部代号AZD9901）签订的独家许可协议。阿斯利康于2023年底在美国完成了AZD9901的I期临床研究首例受试者给药。", "2026-05-18");
    assert.deepEqual(events.map((e) => [e.asset, e.asset_aliases, e.type]), [["QX-7022", ["AZD9901"], "trial_start"]]);
  });
  it("reads a licence's termination ('宣布终止与X就Y的授权合作') as no deal, and the terms told after it ('双方于2023年5月达成该合作，Z当时支付了…首付款') as the original deal", () => {
    const events = extract("跨国药企Halvorn Pharma宣布终止与启澜生物就QL-A12（一款靶向Nectin-4的ADC）的授权合作，相关权益将于90天后返还启澜生物。双方于2023年5月达成该合作，Halvorn当时支付了5000万美元首付款，潜在总金额最高达8.6亿美元。", "2025-06-01");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.company, e.counterparty, e.upfront_usd]), [["QL-A12", "deal", "2023-05", "启澜生物", "Halvorn Pharma", 50000000]]);
  });
  it("tells one granted designation, with the proposal's indication, for a sentence that tells it proposed and then formally included on another day", () => {
    const events = extract("（三）QX2821正式纳入突破性治疗药物程序\n\n启新生物的Nectin-4靶向ADC QX2821联合特瑞普利单抗一线治疗局部晚期或转移性尿路上皮癌，于2月中旬出现在CDE拟纳入突破性治疗品种的公示名单中，公示期满后已于3月9日被正式纳入突破性治疗药物程序。", "2026-03-20");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.status, e.date, e.indication]), [["QX2821", "btd", "granted", "2026-03-09", "联合特瑞普利单抗一线治疗局部晚期或转移性尿路上皮癌"]]);
  });
  it("reads 'CDE公示拟将该申请纳入优先审评' as the application's proposed priority review, not a plan to apply", () => {
    const events = extract("9月，QX-264联合化疗一线治疗PD-L1阳性非小细胞肺癌的上市申请获国家药监局受理；同月，CDE公示拟将该申请纳入优先审评。", "2025-10-30");
    assert.deepEqual(events.map((e) => [e.type, e.status, e.date]), [["nda_accepted", null, "2025-09"], ["priority_review", "proposed", "2025-09"]]);
  });
  it("reads '第一位受试者在郑教授的病房接受了X的单次静脉输注' as the start of an investigator's trial", () => {
    const [e] = extract("2024年12月，第一位受试者在郑教授的病房接受了QX-T01的单次静脉输注。", "2025-09-10");
    assert.deepEqual([e?.asset, e?.type, e?.agency, e?.date], ["QX-T01", "iit", "NHC", "2024-12"]);
  });
  it("keeps the lines of therapy a terse indication lists before its disease ('for post-TKI, post-chemotherapy EGFR-mutant NSCLC')", () => {
    assert.equal(one("XD-3108 won breakthrough therapy designation from China's CDE in March for post-TKI, post-chemotherapy EGFR-mutant NSCLC.", "2025-06-01").indication, "post-TKI, post-chemotherapy EGFR-mutant NSCLC");
  });

  it("reads 'the CDE approved the initial NDA' as the NDA's acceptance: the CDE takes a filing in, the NMPA approves", () => {
    const e = one("The CDE approved the initial NDA for XD-112 on August 1st, 2023.", "2023-09-01");
    assert.deepEqual([e.type, e.agency, e.date], ["nda_accepted", "NMPA", "2023-08-01"]);
  });

  it("reads 'X减重适应症的上市申请' as the indication after the drug's name, so a second filing for another indication stays its own", () => {
    const events = extract("信达生物今日公告，公司的达美格鲁肽注射液已获国家药品监督管理局批准上市。公开资料显示，达美格鲁肽减重适应症的上市申请于2024年2月获国家药监局受理；其用于成人2型糖尿病患者血糖控制的上市申请亦已于去年8月获受理，目前仍在审评中。", "2025-06-28");
    assert.deepEqual(events.filter((e) => e.type === "nda_accepted").map((e) => [e.type, e.date, e.indication]), [
      ["nda_accepted", "2024-02", "减重"],
      ["nda_accepted", "2024-08", "成人2型糖尿病"],
    ]);
  });

  it("gives an acceptance the indication of the approval stated in the same sentence", () => {
    const events = extract("经审查，2025年1月9日受理的注射用XYZ-802符合要求，同意本品开展尿路上皮癌的临床试验。经审查，2025年1月14日受理的注射用XYZ-802符合要求，同意本品开展宫颈癌的II期临床试验。");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]).sort(), [
      ["ind_accepted", "2025-01-09", "尿路上皮癌"],
      ["ind_accepted", "2025-01-14", "宫颈癌"],
      ["ind_approved", "2025-06-10", "宫颈癌"],
      ["ind_approved", "2025-06-10", "尿路上皮癌"],
    ]);
  });

  it("reads 'The BTD is based on …' as the designation already told, and 'received the BTD for …' as a new one", () => {
    const told = extract("The FDA granted Breakthrough Therapy Designation to XYZ-901 for endometrial cancer. The BTD is based on data from a Phase 1 trial evaluating XYZ-901 in patients with advanced solid tumors.");
    assert.deepEqual(told.map((e) => [e.type, e.indication]), [["btd", "endometrial cancer"]]);
    const second = extract("XYZ-902 received the Breakthrough Therapy Designation from the FDA for gastric cancer. XYZ-902 also received the Breakthrough Therapy Designation from the FDA for biliary tract cancer.");
    assert.equal(second.length, 2);
  });

  it("reads data presented at a congress whose society's name ends like a company ('American Society of Clinical Oncology')", () => {
    const events = extract("Lepu announced that the CDE has accepted the BLA for XYZ-2501. The submission is supported by results from a pivotal Phase 2 study, which were presented at the 2024 American Society of Clinical Oncology (ASCO) Annual Meeting in June.", "2024-08-20");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XYZ-2501", "nda_accepted", "2024-08-20"], ["XYZ-2501", "data_readout", "2024-06"]]);
  });

  it("does not report data that will be presented, even when the plan word sits inside the wording", () => {
    assert.deepEqual(extract("XYZ-701获批开展III期临床。公司表示，XYZ-701的II期研究数据将于本月底ASCO年会上公布。").map((e) => e.type), ["ind_approved"]);
  });

  it("gives a programme's own regulator (RMAT: FDA, PRIME: EMA), also when another regulator is named nearer", () => {
    const events = extract("XYZ-702 has previously received PRIME eligibility from the European Medicines Agency (EMA) for gastric cancer in 2021, and Regenerative Medicine Advanced Therapy (RMAT) designation from the FDA in January 2022.");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["prime", "EMA", "2021"], ["rmat", "FDA", "2022-01"]]);
  });

  it("does not read a drug's co-development history as a deal, and reads 这项研究 as the drug's study", () => {
    const events = extract("上周，《柳叶刀》发表了XYZ-703的首批数据。这项研究是在国内开展的研究者发起的临床研究（IIT）。XYZ-703由甲公司与乙公司联合开发。", "2025-06-10");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["XYZ-703", "data_readout"], ["XYZ-703", "iit"]]);
  });

  it("does not pass a counted set's event to competitors or to drugs described after it", () => {
    const events = extract("XYZ-1701的上市申请获得受理。从全球来看，已有两款KRAS G12C抑制剂在海外获批上市；国内同类在研产品还包括甲医药的XYZ-1702等。XYZ-1701是一款口服小分子抑制剂。", "2025-06-10");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["XYZ-1701", "nda_accepted"]]);
    assert.deepEqual(extract("XYZ-1703拟纳入突破性治疗品种。同靶点方面，全球已有一款靶向Nectin-4的ADC获批上市。").map((e) => e.type), ["btd"]);
  });

  it("reads news told before its drug when the next sentence goes on about it", () => {
    const events = extract("上月，《细胞》在线发表了一项研究者发起的临床研究（IIT）结果。该研究评估了乙生物提供的通用型CAR-T细胞产品XYZ-1801。", "2025-06-10");
    assert.deepEqual(events.map((e) => [e.asset, e.type]).sort(), [["XYZ-1801", "data_readout"], ["XYZ-1801", "iit"]]);
    assert.equal(events.find((e) => e.type === "data_readout")?.date, "2025-05");
  });

  it("keeps verbs, class words and money out of Chinese names, and statistics over many deals out of a deal", () => {
    const events = extract(
      "本周一，和誉医药宣布与默克就CSF-1R抑制剂匹米替尼（研发代号：XYZ-1901）达成独家许可协议，默克将获得匹米替尼在中国的独家商业化权利，和誉医药将收取7000万美元首付款。公司表示，首付款将主要用于推进FGFR4抑制剂依帕戈替尼等后续管线的临床开发。据统计，今年以来中国药企对外授权交易的首付款总额已超过30亿美元。",
      "2023-12-06",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.company, e.counterparty, e.upfront_usd]), [["XYZ-1901", "deal", "和誉医药", "默克", 7e7]]);
  });

  it("reads one event per regulator named together, each written with its abbreviation in brackets", () => {
    const events = extract("XYZ-2001曾先后获得国家药监局药品审评中心（CDE）和美国食品药品监督管理局（FDA）授予的突破性治疗药物认定。");
    assert.deepEqual(events.map((e) => [e.type, e.agency]), [["btd", "NMPA"], ["btd", "FDA"]]);
  });

  it("reads clearances in several countries named in a row, and IND and CTA approvals written with the sponsor's name", () => {
    const zh = extract("去年，XYZ-2101已先后在澳大利亚、中国和美国获得I期临床试验许可，用于治疗晚期小细胞肺癌。", "2025-01-03");
    assert.deepEqual(zh.map((e) => [e.type, e.agency, e.date]), [["ind_approved", "TGA", "2024"], ["ind_approved", "NMPA", "2024"], ["ind_approved", "FDA", "2024"]]);
    const en = extract("The FDA cleared Evopoint's Investigational New Drug (IND) application for XYZ-2102 in January 2023. In China, the NMPA approved the clinical trial application for XYZ-2102 in 2022, and the first patient in the Chinese Phase 1 study was dosed in March 2023.");
    assert.deepEqual(en.map((e) => [e.type, e.agency, e.date]), [["ind_approved", "FDA", "2023-01"], ["ind_approved", "NMPA", "2022"], ["trial_start", null, "2023-03"]]);
  });

  it("reads 本次获批适应症的上市申请 as the application of the drug just approved", () => {
    const events = extract("XYZ-2002获附条件批准上市。XYZ-2002是一款小分子抑制剂。本次获批适应症的上市申请此前已获国家药监局受理，并被纳入优先审评审批程序。");
    assert.deepEqual(events.map((e) => e.type), ["conditional_approval", "nda_accepted", "priority_review"]);
  });

  it("reads no event in a disclaimer ('does not mean it will be approved')", () => {
    assert.deepEqual(extract("XYZ-603是公司的ADC产品。纳入突破性治疗药物程序并不代表该适应症最终能够获批上市。"), []);
    assert.deepEqual(extract("XYZ-603 is an ADC. Breakthrough Therapy Designation does not guarantee that XYZ-603 will receive marketing approval."), []);
  });

  it("does not take the word before a known drug as part of its name (对比帕博利珠单抗, 就维迪西妥单抗)", () => {
    const deal = one("2021年8月，荣昌生物与Seagen就维迪西妥单抗达成全球独家许可协议。");
    assert.deepEqual([deal.asset, deal.company, deal.counterparty], ["维迪西妥单抗", "荣昌生物", "Seagen"]);
    const trial = extract("今年年初，XYZ-604对比帕博利珠单抗一线治疗非小细胞肺癌的III期临床试验申请获国家药监局批准。");
    assert.deepEqual(trial.map((e) => e.asset), ["XYZ-604"]);
  });

  it("reports history sentences as separate events with their own dates", () => {
    const events = extract(
      "Kelun-Biotech announced today that sacituzumab tirumotecan (sac-TMT) was granted Breakthrough Therapy Designation by the NMPA for first-line NSCLC.\nSac-TMT has previously received this designation for:\nTriple-negative breast cancer in July 2022;\nEGFR-mutant NSCLC after EGFR-TKI therapy in January 2023.",
    );
    assert.deepEqual(events.map((e) => e.date), ["2025-06-10", "2022-07", "2023-01"]);
    assert.ok(events.every((e) => e.type === "btd" && e.asset === "sacituzumab tirumotecan"));
    assert.deepEqual(events[0]!.asset_aliases.includes("sac-TMT"), true);
  });

  it("reads earlier approvals told with one verb for two dates (was first approved in …, and in … for …)", () => {
    const events = extract(
      "Lumen Bio today announced that the NMPA has approved lumotamab (LM-108) in combination with chemotherapy for squamous non-small cell lung cancer.\nLumotamab was first approved in May 2024, in combination with chemotherapy, for patients with EGFR-mutant non-squamous NSCLC, and in April 2025 as monotherapy for PD-L1-positive NSCLC.",
      "2026-04-08",
    );
    assert.deepEqual(
      events.map((e) => [e.type, e.date, e.indication]),
      [
        ["approval", "2026-04-08", "squamous non-small cell lung cancer"],
        ["approval", "2024-05", "EGFR-mutant non-squamous NSCLC"],
        ["approval", "2025-04", "PD-L1-positive NSCLC"],
      ],
    );
    assert.deepEqual(extract("The protocol was approved by the ethics committee of the hospital in May 2024 for LM-108."), []);
  });

  it("knows a short name introduced in brackets (lumi; LM-2210) wherever the text uses it, in any case, and a title-case two-word ADC name", () => {
    const events = extract(
      "Lumen Bio Announces FDA Breakthrough Therapy Designation for Lumivatug Pelitecan (LM-2210) in Small Cell Lung Cancer\n\n" +
        "Lumen Bio today announced that the FDA has granted Breakthrough Therapy Designation to lumivatug pelitecan (lumi; LM-2210), a DLL3-targeted antibody-drug conjugate, for extensive-stage small cell lung cancer.\n\n" +
        "Updated results presented at the World Conference on Lung Cancer in September 2025 showed a response rate of 61%.\n\n" +
        "This designation adds to the Orphan Drug Designation for small cell lung cancer granted to lumi by the FDA in January 2025.\n\n" +
        "Lumi is a first-in-class antibody-drug conjugate.",
      "2026-12-08",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date, e.indication]),
      [
        ["LM-2210", "btd", "2026-12-08", "extensive-stage small cell lung cancer"],
        ["LM-2210", "data_readout", "2025-09", "extensive-stage small cell lung cancer"],
        ["LM-2210", "orphan_drug", "2025-01", "small cell lung cancer"],
      ],
    );
    assert.deepEqual(events[0]!.asset_aliases, ["Lumivatug Pelitecan", "lumi"]);
  });

  it("reads a roundup: a table of acceptances, a section heading that ends the counted set, two indications split by ；以及, and a headline clause about an unnamed drug", () => {
    const events = extract(
      [
        "周报｜QX-7701两项适应症拟纳入突破性治疗，CD19体内CAR-T获批临床",
        "上周，CDE共公示3项拟纳入突破性治疗品种。同期，共有20个1类创新药获得临床试验默示许可。以下为重点品种。",
        "一、突破性治疗公示",
        "1. 注射用QX-7702（甲公司）",
        "4月15日，甲乙生物医药有限公司的注射用QX-7702拟纳入突破性治疗品种，拟定适应症为晚期胃癌。",
        "同日，丙丁生物科技有限公司的QX-7701片有两项适应症同时进入拟纳入突破性治疗公示名单，分别为：晚期胰腺癌；以及晚期非小细胞肺癌。",
        "二、受理信息",
        "| 受理号 | 药品名称 | 申请人 | 承办日期 |",
        "| CXSL2600412 | 注射用QX-7703 | 戊己制药有限公司 | 2026-04-16 |",
        "| CXHS2600388 | QX-7704片 | 庚辛药业有限公司 | 2026-04-17 |",
      ].join("\n"),
      "2026-04-20",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date, e.indication]),
      [
        ["QX-7701", "btd", "2026-04-15", "晚期胰腺癌"],
        ["QX-7702", "btd", "2026-04-15", "晚期胃癌"],
        ["QX-7701", "btd", "2026-04-15", "晚期非小细胞肺癌"],
        ["QX-7703", "ind_accepted", "2026-04-16", null],
        ["QX-7704", "nda_accepted", "2026-04-17", null],
      ],
    );
  });

  it("reads a filing pointed back to (该上市申请, the sNDA) and leaves undated what came 'subsequently'; a 受理号 is no acceptance", () => {
    const zh = extract("4月17日，CDE公示甲乙医药的QX-8801片（研发代号QX-8801）上市申请拟纳入优先审评，受理号CXHS2600051，拟定适应症为非小细胞肺癌。该上市申请于2026年1月获CDE受理。", "2026-04-20");
    assert.deepEqual(zh.map((e) => [e.type, e.status, e.date]), [["priority_review", "proposed", "2026-04-17"], ["nda_accepted", null, "2026-01"]]);
    const en = extract("The NMPA has approved QX-8802 for squamous NSCLC.\nThe supplemental new drug application (sNDA) for this indication was accepted by the NMPA in July 2025 and was subsequently granted priority review.", "2026-04-08");
    assert.deepEqual(en.map((e) => [e.asset, e.type, e.date]), [["QX-8802", "approval", "2026-04-08"], ["QX-8802", "nda_accepted", "2025-07"], ["QX-8802", "priority_review", null]]);
  });

  it("reads a roundup whose section headings carry no trigger of their own, a filing CDE took in (承办), and a traditional Chinese medicine named after 的", () => {
    const events = extract(
      [
        "上周，CDE共公示2项拟纳入突破性治疗品种；共有27个1类新药获得临床试验默示许可。",
        "【突破性治疗】",
        "■ 注射用QX-9901（甲公司）",
        "7月29日，甲乙医药股份有限公司申报的注射用QX-9901拟纳入突破性治疗品种，拟定适应症为广泛期小细胞肺癌。",
        "【上市申请受理】",
        "7月30日，丙丁医药科技有限公司的注射用QX-9902上市申请获CDE承办，受理号CXSS2600089。",
        "【临床默示许可】",
        "本周获得默示许可的还有戊己药业有限公司的芪归通脉颗粒，为1.1类中药创新药，拟用于缺血性中风恢复期的治疗。",
      ].join("\n"),
      "2026-08-03",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date, e.indication]),
      [
        ["QX-9901", "btd", "2026-07-29", "广泛期小细胞肺癌"],
        ["QX-9902", "nda_accepted", "2026-07-30", null],
        ["芪归通脉", "ind_approved", "2026-08-03", "缺血性中风恢复期"],
      ],
    );
  });

  it("reads an FDA Fast Track designation from an English press release", () => {
    const e = one("On March 16, 2026, Argo Biopharma announced that its siRNA therapy BW-20805 received Fast Track Designation from the FDA for the treatment of hereditary angioedema.", "2026-03-17");
    assert.deepEqual([e.asset, e.type, e.agency, e.date, e.modality], ["BW-20805", "fast_track", "FDA", "2026-03-16", "sirna"]);
    assert.match(e.indication ?? "", /hereditary angioedema/);
  });

  it("reads filings written with the abbreviation in brackets or the English abbreviation inside Chinese", () => {
    const clearance = one("On May 6, 2025, Hengrui announced that SHR-A2102 received Investigational New Drug (IND) clearance from the FDA for advanced solid tumors.");
    assert.deepEqual([clearance.asset, clearance.type, clearance.agency, clearance.date, clearance.indication], ["SHR-A2102", "ind_approved", "FDA", "2025-05-06", "advanced solid tumors"]);
    assert.equal(one("Akeso said its AK139 had its Biologics License Application (BLA) accepted by the NMPA on May 8, 2025.").type, "nda_accepted");
    assert.equal(one("2025年5月8日，石药集团宣布，SYHX1903片获得美国FDA的IND批准，用于治疗晚期实体瘤。").type, "ind_approved");
    assert.equal(one("2025年5月8日，百利天恒的BL-M17D1的IND申请已获CDE正式受理。").type, "ind_accepted");
    assert.equal(one("New data for SKB264 were presented at the ASCO Annual Meeting on June 1, 2025.").type, "data_readout");
    const trial = one("On May 6, 2025, Zai Lab announced that ZL-1310 received approval from China's National Medical Products Administration (NMPA) to initiate a Phase II clinical trial in small cell lung cancer.");
    assert.deepEqual([trial.type, trial.agency, trial.phase], ["ind_approved", "NMPA", "2"]);
    // an approval followed by a plan to start a trial stays an approval
    assert.equal(one("On May 6, 2025, Zai Lab received marketing approval from the NMPA for ZL-1310 in small cell lung cancer, and plans to initiate a Phase III trial.").type, "approval");
  });

  it("reads a licensing deal with upfront and total money and the counterparty", () => {
    const e = one("百利天恒宣布，将双抗ADC药物BL-B01D1授权给百时美施贵宝，首付款8亿美元，交易总额最高可达84亿美元。");
    assert.equal(e.type, "deal");
    assert.equal(e.upfront_usd, 8e8);
    assert.equal(e.total_usd, 8.4e9);
    assert.match(e.counterparty ?? "", /百时美施贵宝/);
    assert.equal(e.agency, null);
  });

  it("reads the licensor of a deal told from the paying partner's side", () => {
    const zh = one("2024年2月18日，葛兰素史克将向百利天恒支付2亿美元首付款，获得BL-M282在中国以外地区的独家开发和商业化权利。");
    assert.deepEqual([zh.type, zh.company, zh.counterparty, zh.upfront_usd, zh.date], ["deal", "百利天恒", "葛兰素史克", 2e8, "2024-02-18"]);
    const en = one("Zenith Pharma will pay Lumos Biotech Co., Ltd. $50 million upfront for global rights to LMB-101.");
    assert.deepEqual([en.company, en.counterparty, en.upfront_usd], ["Lumos Biotech Co., Ltd", "Zenith Pharma", 5e7]);
    // paying a regulator's fee is not a plan word; submitting to one later is
    assert.deepEqual(extract("康方生物将向FDA提交AK112的上市申请。"), []);
  });

  it("reads a deal told before its drug is named, one event per partner however the partner is written, and one acquisition per company", () => {
    const deal = one("GSK has agreed to pay Jiangsu Hengrui Pharmaceuticals $500 million upfront for a COPD drug, in a deal valued at up to $12.5 billion. The centerpiece is HRS-9821, a PDE3/4 inhibitor. GlaxoSmithKline gets worldwide rights outside greater China.");
    assert.deepEqual([deal.asset, deal.company, deal.counterparty, deal.upfront_usd, deal.total_usd], ["HRS-9821", "Jiangsu Hengrui Pharmaceuticals", "GSK", 5e8, 1.25e10]);
    const bought = extract("BioNTech buys out Chinese partner Biotheus for up to $950M. BioNTech is buying Biotheus outright, paying $800 million upfront.");
    assert.deepEqual(bought.map((e) => [e.asset, e.type, e.counterparty, e.upfront_usd, e.total_usd]), [["Biotheus", "acquisition", "BioNTech", 8e8, 9.5e8]]);
  });

  it("names the company in the text's language when a filing writes both, and skips an exchange's disclaimer and a headline's verb", () => {
    const zh = one("香港交易及结算所有限公司对本公告的内容概不负责。\nHansoh Pharmaceutical Group Company Limited\n翰森制药集团有限公司\n本公司欣然宣布，HS-20094的临床试验申请已获得默示许可。");
    assert.equal(zh.company, "翰森制药集团有限公司");
    const en = one("Mabwell Grants Disc Medicine Exclusive Global License to XYZ-1001\nUnder the agreement, Disc Medicine will pay $10 million upfront.");
    assert.deepEqual([en.company, en.counterparty], ["Mabwell", "Disc Medicine"]);
  });

  it("starts a legal company name after the words that lead into it (公布了, 还有, 包括)", () => {
    const shown = extract("会上以口头报告形式公布了深圳某某生物科技有限公司的QX-101的研究者发起的临床研究结果，缓解率达60%。");
    assert.deepEqual([...new Set(shown.map((e) => e.company))], ["深圳某某生物科技有限公司"]);
    const also = extract("本批次获受理的还有甲乙医药集团股份有限公司的QX-202片，拟用于高血压。", "2025-06-10");
    assert.equal(also[0]?.company, "甲乙医药集团股份有限公司");
    const among = extract("获批临床的产品包括丙丁生物技术有限公司的QX-303注射液。", "2025-06-10");
    assert.equal(among[0]?.company, "丙丁生物技术有限公司");
  });

  it("gives a drug the company that opens its sentence when none is named near it, not the article's first company", () => {
    const events = extract(
      "Innovent Biologics said the FDA granted Fast Track designation to IBI343 for pancreatic cancer.\n\nZetacell Therapeutics disclosed Thursday that the FDA had granted Regenerative Medicine Advanced Therapy (RMAT) designation to ZC501, its allogeneic CD7-targeted CAR-T, for relapsed T-cell leukemia.",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.company]), [["IBI343", "Innovent Biologics"], ["ZC501", "Zetacell Therapeutics"]]);
  });

  it("learns a Chinese name the text introduces with its code label and finds it again bare", () => {
    const events = extract(
      "甲乙医药宣布，XY抑制剂泽莫雷塞片（研发代号：XYZ-1101）的新药上市申请（「NDA」）已于2024年5月6日获国家药品监督管理局药品审评中心（「CDE」）受理。\n此外，泽莫雷塞单药用于晚期胰腺癌，已获CDE纳入突破性治疗品种。\n本公司无法保证泽莫雷塞最终将成功获批上市。",
      "2024-06-01",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [
      ["XYZ-1101", "nda_accepted", "2024-05-06"],
      ["XYZ-1101", "btd", "2024-06-01"],
    ]);
    assert.deepEqual(events[0]!.asset_aliases, ["泽莫雷塞片", "泽莫雷塞"]);
  });

  it("keeps the date the text states over the publication date when a headline repeats the event", () => {
    const events = extract("XYZ-1102上市申请获国家药监局受理\n公司的XYZ-1102的上市申请已于2024年5月6日获国家药监局受理。", "2024-06-01");
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["nda_accepted", "2024-05-06"]]);
  });

  it("reads one event per indication a statement lists with 以及, however alike they read", () => {
    const events = extract("2020年12月，XYZ-2301获国家药监局附条件批准上市，获批适应症为既往至少接受过一种治疗的慢性淋巴细胞白血病/小淋巴细胞淋巴瘤患者，以及既往至少接受过一种治疗的套细胞淋巴瘤患者。");
    assert.deepEqual(events.map((e) => e.indication), ["既往至少接受过一种治疗的慢性淋巴细胞白血病/小淋巴细胞淋巴瘤患者", "既往至少接受过一种治疗的套细胞淋巴瘤患者"]);
  });

  it("reads a conditional approval as the approval it is: no status, one event, its names listed in one bracket", () => {
    const events = extract(
      "利莫托克拉片获国家药监局附条件批准上市\n董事会欣然宣布，本集团的利莫托克拉片（研发代号：XYZ-1201；英文通用名：limotoclax；商品名：利莫妥®）已于2025年7月10日获国家药监局附条件批准上市。\n利莫托克拉是本集团继耐立克®（奥雷巴替尼，HQP1351）之后第二款在中国获批上市的原研新药。",
      "2025-07-11",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.status, e.date]), [["XYZ-1201", "conditional_approval", null, "2025-07-10"]]);
    assert.deepEqual(events[0]!.asset_aliases, ["利莫托克拉片", "利莫托克拉", "limotoclax", "利莫妥"]);
  });

  it("reads more English and Chinese wordings of clearances, acceptances, approvals and first doses", () => {
    const cleared = extract("XYZ-1301 has been cleared to enter human testing by regulators in the U.S. and China.");
    assert.deepEqual(cleared.map((e) => [e.type, e.agency]), [["ind_approved", "FDA"], ["ind_approved", "NMPA"]]);
    const clearances = extract("XYZ-1302 received IND clearances from the U.S. FDA and China's NMPA in 2022.");
    assert.deepEqual(clearances.map((e) => [e.type, e.agency, e.date]), [["ind_approved", "FDA", "2022"], ["ind_approved", "NMPA", "2022"]]);
    assert.equal(one("The NMPA accepted Keymed's Biologics License Application for XYZ-1303 in March 2024.").type, "nda_accepted");
    assert.deepEqual([one("Its inhibitor XYZ-1304 was approved by the U.S. FDA in November 2023.").type, one("Its inhibitor XYZ-1304 was approved by the U.S. FDA in November 2023.").agency], ["approval", "FDA"]);
    const dosed = one("HUTCHMED announced that the first patient received the first dose on April 15, 2024 in a Phase III study of XYZ-1305 in patients with acute myeloid leukemia.");
    assert.deepEqual([dosed.type, dosed.date, dosed.indication], ["trial_start", "2024-04-15", "acute myeloid leukemia"]);
    assert.equal(one("國家藥品監督管理局本月初批准信念醫藥自主研發的XYZ-1306注射液（商品名：信玖凝）上市。", "2025-04-20").type, "approval");
    // an indication ends before the verb of its sentence; a place or healthy volunteers are not an indication
    assert.equal(one("An investigator-initiated trial of XYZ-1308 in patients with advanced solid tumors dosed its first patient in China in November 2024.", "2025-01-06").indication, "advanced solid tumors");
    assert.equal(one("The first patient was dosed with XYZ-1307 in a Phase 1 trial in Australia in December.").indication, null);
  });

  it("reads a notice block's date fields: 受理日期 is the filing's acceptance (clinical or marketing by its 受理号), 默示许可日期 the clearance's date", () => {
    const events = extract(
      "甲生物关于XYZ-3101注射液获得药物临床试验默示许可的公告\n公司自主研发的XYZ-3101注射液的临床试验申请已获得国家药监局药品审评中心默示许可。\n一、药品基本情况\n产品名称：XYZ-3101注射液\n受理号：CXSL2500999\n受理日期：2025年2月12日\n默示许可日期：2025年4月8日\n拟定适应症：晚期实体瘤\n二、其他情况\nXYZ-3101是一款双特异性抗体。",
      "2025-04-09",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date, e.indication]), [
      ["XYZ-3101", "ind_approved", "NMPA", "2025-04-08", "晚期实体瘤"],
      ["XYZ-3101", "ind_accepted", "NMPA", "2025-02-12", "晚期实体瘤"],
    ]);
    // two blocks for one drug: an acceptance each, with its own indication and the field's date over the notice's receipt
    const two = extract(
      "公司于2024年3月18日收到国家药监局签发的两份《受理通知书》，XYZ-3102注射液两项临床试验申请获得受理。\n1. 药品名称：XYZ-3102注射液\n受理号：CXHL2400301\n受理日期：2024年3月15日\n拟定适应症：肥胖症\n\n2. 药品名称：XYZ-3102注射液\n受理号：CXHL2400302\n受理日期：2024年3月15日\n拟定适应症：2型糖尿病",
      "2024-03-19",
    );
    assert.deepEqual(two.map((e) => [e.type, e.date, e.indication]), [
      ["ind_accepted", "2024-03-15", "肥胖症"],
      ["ind_accepted", "2024-03-15", "2型糖尿病"],
    ]);
    const marketing = extract("XYZ-3103片的上市申请获得受理。\n药品名称：XYZ-3103片\n受理号：CXHS2400012\n受理日期：2024年2月20日", "2024-02-22");
    assert.deepEqual(marketing.map((e) => [e.type, e.date]), [["nda_accepted", "2024-02-20"]]);
  });

  it("reads approvals worded by their indication, clearances to run a study, and a regulator named before 'approval'", () => {
    const events = extract("2020年12月，XYZ-3201在中国获附条件批准上市，用于慢性淋巴细胞白血病患者，以及套细胞淋巴瘤患者。2023年4月，XYZ-3201用于边缘区淋巴瘤患者的适应症获得国家药监局批准。", "2025-01-10");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [
      ["conditional_approval", "2020-12", "慢性淋巴细胞白血病患者"],
      ["conditional_approval", "2020-12", "套细胞淋巴瘤患者"],
      ["approval", "2023-04", "边缘区淋巴瘤"],
    ]);
    const study = one("XYZ-3202是一款KRAS抑制剂。该产品已于2023年获得国家药监局批准，开展用于晚期实体瘤的临床研究。");
    assert.deepEqual([study.type, study.date, study.indication], ["ind_approved", "2023", "晚期实体瘤"]);
    const fda = one("Its inhibitor XYZ-3203 received U.S. Food and Drug Administration approval in November 2023 for adults with metastatic colorectal cancer.");
    assert.deepEqual([fda.type, fda.agency, fda.date], ["approval", "FDA", "2023-11"]);
  });

  it("reads the month May as a date, not as the plan word 'may'", () => {
    const e = one("Jacobio's XYZ-3301 in May 2024 obtained conditional approval from the NMPA.");
    assert.deepEqual([e.type, e.date], ["conditional_approval", "2024-05"]);
    assert.deepEqual(extract("XYZ-3302 may obtain conditional approval in China next year."), []);
  });

  it("reads more wordings of deals, first doses, IIT filings and results", () => {
    const deal = one("In December 2021, Leads Biolabs granted BeiGene exclusive rights outside Greater China to XYZ-3401, its anti-LAG-3 antibody.");
    assert.deepEqual([deal.type, deal.counterparty, deal.date], ["deal", "BeiGene", "2021-12"]);
    assert.equal(one("2024年6月，本公司与武田订立独家选择权协议，武田可选择取得XYZ-3402的全球权益。").type, "deal");
    const dosed = one("A U.S. Phase Ib study of XYZ-3403 started: the first participants with obesity were dosed in December 2024.");
    assert.deepEqual([dosed.type, dosed.date], ["trial_start", "2024-12"]);
    assert.equal(one("XYZ-3404用于治疗难治性狼疮肾炎的研究者发起临床研究已在北京市卫生健康委员会完成备案。").type, "iit");
    const data = extract("XYZ-3405 has been studied in lupus. Early lupus results were presented at a medical meeting in 2023.");
    assert.deepEqual(data.map((e) => [e.type, e.date]), [["data_readout", "2023"]]);
  });

  it("reads a roundup's sections: a drug given with the notice's wording is a member of the set, with the set's date", () => {
    const events = extract(
      "CDE拟将3款新药纳入突破性治疗\n昨日，CDE官网公示了新一批拟纳入突破性治疗品种名单，共涉及3款药物、4项适应症。据不完全统计，今年以来已有超过60项适应症被CDE拟纳入突破性治疗。\n甲生物：XYZ-3601进入两项\n甲生物的注射用XYZ-3601此次有两项适应症同时进入公示名单，分别为“既往经含铂化疗失败的广泛期小细胞肺癌”和“EGFR突变非小细胞肺癌”。XYZ-3601是一款双抗ADC。公司计划于明年启动III期研究。\n乙药业：XYZ-3602\n乙药业的XYZ-3602片拟用于复发或难治性慢性淋巴细胞白血病。该药此前已于2024年11月获得美国FDA授予的快速通道资格。\n丙生物：XYZ-3603\n丙生物的XYZ-3603注射液拟用于中重度慢性阻塞性肺疾病。",
      "2025-09-16",
    );
    assert.deepEqual(events.filter((e) => e.type === "btd").map((e) => [e.asset, e.status, e.date, e.indication]), [
      ["XYZ-3601", "proposed", "2025-09-15", "既往经含铂化疗失败的广泛期小细胞肺癌"],
      ["XYZ-3601", "proposed", "2025-09-15", "EGFR突变非小细胞肺癌"],
      ["XYZ-3602", "proposed", "2025-09-15", "复发或难治性慢性淋巴细胞白血病"],
      ["XYZ-3603", "proposed", "2025-09-15", "中重度慢性阻塞性肺疾病"],
    ]);
  });

  it("names a traditional Chinese medicine by its formula after its class, and dates each event of a sentence by the date it opens with (not the review pathway the approval went through)", () => {
    const events = extract("5月27日，国家药监局通过优先审评审批程序附条件批准甲药业的XYZ-3701片上市。同日，国家药监局还批准了乙药业申报的中药创新药通脉祛瘀片上市。", "2025-05-28");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [
      ["XYZ-3701", "priority_review", null],
      ["XYZ-3701", "conditional_approval", "2025-05-27"],
      ["通脉祛瘀", "approval", "2025-05-27"],
    ]);
  });

  it("reads a notice list without a count as a set, and the reason a drug was listed as no event", () => {
    const events = extract("XYZ-3801拟纳入优先审评\n\n10月21日，CDE官网公示新一批拟纳入优先审评品种名单。其中，甲药业的注射用XYZ-3801上市申请在列，拟定适应症为鼻咽癌，纳入理由为“符合附条件批准的药品”。", "2025-10-23");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.status, e.date]), [["XYZ-3801", "priority_review", "proposed", "2025-10-21"]]);
  });

  it("keeps a short Chinese heading apart from the paragraph under it", () => {
    const events = extract("乙生物：HER2 ADC拟获突破性治疗认定\n上周五（3月7日），药审中心公示乙生物的注射用XYZ-3901拟纳入突破性治疗品种。", "2025-03-10");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.status, e.date]), [["XYZ-3901", "btd", "proposed", "2025-03-07"]]);
  });

  it("reads the targets an English apposition names at length, glucagon among them", () => {
    const e = one("Japan's MHLW granted orphan drug designation to QX-2210, an antisense oligonucleotide designed to reduce production of the FUS protein, for FUS-ALS on September 3, 2025.", "2025-09-10");
    assert.deepEqual(e.targets, ["FUS"]);
    const triple = one("QX-2211, a once-weekly GLP-1/GIP/glucagon triple-agonist peptide, received FDA Fast Track designation on May 2, 2025.", "2025-05-10");
    assert.deepEqual(triple.targets, ["GLP1R", "GIPR", "GCGR"]);
  });

  it("gives an investigator-initiated trial to the health commission, which every one is filed with, whether the text says so or not", () => {
    const filed = one("XYZ-3411用于治疗难治性狼疮肾炎的研究者发起临床研究已于2025年3月在北京市卫生健康委员会完成备案。", "2025-06-10");
    assert.equal(filed.agency, "NHC");
    const started = one("Like many Chinese CAR-Ts, XYZ-3412 began life in an investigator-initiated trial, which started at a Shanghai hospital in 2021.", "2025-06-10");
    assert.deepEqual([started.type, started.agency, started.date], ["iit", "NHC", "2021"]);
  });

  it("reads filings, readouts and deals told without the usual verbs, about the drug the article is about", () => {
    const events = extract(
      [
        "The National Medical Products Administration approved lanvekimab (XYZ-3413) on July 6, 2026 for adults with moderate-to-severe atopic dermatitis.",
        "The marketing application had been accepted for review by the NMPA in May 2025.",
        "Those results, published in JAMA Dermatology in February, showed that 66% of patients achieved EASI-75.",
        "In April, the NMPA accepted Qixin's supplemental application for lanvekimab in adults with chronic rhinosinusitis with nasal polyps.",
        "Qixin in March signed a commercialization partnership for lanvekimab with Huayu Pharmaceutical.",
      ].join(" "),
      "2026-07-08",
    );
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["approval", "2026-07-06"], ["nda_accepted", "2025-05"], ["data_readout", "2026-02"], ["nda_accepted", "2026-04"], ["deal", "2026-03"]]);
  });

  it("knows an INN's short form (orta-cel) as the drug its full name and code name, and counts no patients as a disease", () => {
    const e = one("Investigators reported updated results on Sunday from the pivotal Phase 2 trial of ortacabtagene autoleucel, or orta-cel (XYZ-3414), in 102 Chinese patients with relapsed or refractory multiple myeloma.", "2026-12-09");
    assert.deepEqual([e.asset, e.asset_aliases, e.indication], ["XYZ-3414", ["ortacabtagene autoleucel", "orta-cel"], "relapsed or refractory multiple myeloma"]);
    const quoted = one('The FDA has granted RMAT designation to XYZ-3415 (relcabtagene autoleucel, "rel-cel"), its CD19 CAR-T, on May 28, 2025.', "2025-05-28");
    assert.deepEqual([quoted.asset, quoted.asset_aliases], ["XYZ-3415", ["relcabtagene autoleucel", "rel-cel"]]);
  });

  it("follows a deal story: the licensor is the one paid, a target pair is no code, 'the bispecific' keeps the drug in view", () => {
    const events = extract(
      [
        "Aldermoor bets $175M upfront on Qiantang's lupus T-cell engager",
        "",
        "Aldermoor Pharmaceuticals is taking a swing at autoimmune disease, paying Suzhou-based Qiantang Biologics $175 million upfront for ex-China rights to its lead CD19xCD3 bispecific, XYZ-3416.",
        "",
        "XYZ-3416 has moved quickly for a young company. The bispecific first went into humans through an investigator-initiated study at a Shanghai hospital, which launched in late 2024 and enrolled 12 patients with refractory systemic lupus erythematosus. Results presented at the EULAR congress last June showed deep B-cell depletion. There were no severe side effects. China's NMPA cleared a company-sponsored Phase 1 in lupus in March 2025, and the FDA cleared Qiantang's IND in September.",
      ].join("\n"),
      "2026-01-13",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.agency, e.date, e.company?.startsWith("Qiantang")]),
      [
        ["XYZ-3416", "deal", null, "2026-01-13", true],
        ["XYZ-3416", "iit", "NHC", "2024", true],
        ["XYZ-3416", "data_readout", null, "2025-06", true],
        ["XYZ-3416", "ind_approved", "NMPA", "2025-03", true],
        ["XYZ-3416", "ind_approved", "FDA", "2025-09", true],
      ],
    );
    assert.equal(events[0]!.counterparty, "Aldermoor Pharmaceuticals");
    assert.equal(events[1]!.indication, "refractory systemic lupus erythematosus");
  });

  it("trims the date a pattern runs on into from an indication (… nasal polyps in March 2024), and an aside after a dash", () => {
    const e = one("The NMPA accepted Qixin's Biologics License Application for XYZ-3417 in chronic rhinosinusitis with nasal polyps in March 2024.", "2024-06-10");
    assert.equal(e.indication, "chronic rhinosinusitis with nasal polyps");
    const iit = one("The investigator-initiated study of XYZ-3452, which dosed its first patient last October, has now treated 6 patients with systemic lupus erythematosus — we hope to share early data in June.", "2025-03-10");
    assert.equal(iit.indication, "systemic lupus erythematosus");
  });

  it("reads one event per clause of the same kind that says its own date or regulator, and 该III期研究 as the drug's trial", () => {
    const events = extract("公开资料显示，XYZ-3418于2024年11月获得美国FDA批准开展临床试验，2025年1月获得CDE临床试验默示许可。基于该数据，XYZ-3418的上市申请于2025年6月获得CDE受理。该III期研究（XYZ-3418-301）对比研究者选择的化疗，已于2025年12月完成首例患者入组给药。", "2026-04-18");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["ind_approved", "FDA", "2024-11"], ["ind_approved", "NMPA", "2025-01"], ["nda_accepted", "NMPA", "2025-06"], ["trial_start", null, "2025-12"]]);
    const once = extract("2025年8月，XYZ-3419获得国家药品监督管理局核准签发的《药物临床试验批准通知书》，同意开展用于动脉粥样硬化性心血管疾病的临床试验。", "2025-09-01");
    assert.deepEqual(once.map((e) => [e.asset, e.type, e.date]), [["XYZ-3419", "ind_approved", "2025-08"]]);
  });

  it("keeps a licensee out of its partner's drug history ('与跨国药企X达成…授予后者'), a licensee's name whose ending looks like an INN out of the drugs, and two IITs apart", () => {
    const events = extract(
      "7月13日，上海启衡生物科技有限公司宣布，与跨国药企Halvorsen Pharma达成全球独家许可协议，将其体内CAR-T产品XYZ-3420在大中华区以外的权益授予后者。2025年3月，XYZ-3420治疗难治性系统性红斑狼疮的IIT在国家卫健委完成备案。今年1月，XYZ-3420治疗复发/难治性B细胞非霍奇金淋巴瘤的第二项IIT也在国家卫健委完成备案。Halvorsen方面在ACR数据公布后即主动接洽。",
      "2026-07-14",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.company, e.indication]), [
      ["XYZ-3420", "deal", "2026-07-13", "上海启衡生物科技有限公司", null],
      ["XYZ-3420", "iit", "2025-03", "上海启衡生物科技有限公司", "难治性系统性红斑狼疮"],
      ["XYZ-3420", "iit", "2026-01", "上海启衡生物科技有限公司", "复发/难治性B细胞非霍奇金淋巴瘤"],
    ]);
  });

  it("reads an in-licensing filing: the filer that signs with X and obtains the rights is the licensee, X (引进X的…) the owner", () => {
    const events = extract(
      [
        "乙药业引进丙生物GLP-1R/GIPR双靶点激动剂大中华区权益",
        "3月2日晚间，南京乙药业股份有限公司（以下简称“乙药业”）发布公告称，公司已与苏州丙生物科技有限公司（以下简称“丙生物”）签署《独家许可协议》，获得丙生物自主研发的双靶点激动剂XYZ-3421注射液在大中华区的独家开发及商业化权益。",
        "XYZ-3421是一款长效多肽，拟开发用于2型糖尿病和肥胖的体重管理。该产品于2024年7月获得国家药监局临床试验批准。",
        "去年11月，丙生物公布了XYZ-3421在中国肥胖/超重成人中开展的II期临床研究结果：治疗36周时，体重平均下降18.6%。",
      ].join("\n"),
      "2026-03-03",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.company?.includes("丙生物"), e.counterparty, e.indication]), [
      ["XYZ-3421", "deal", "2026-03-02", true, "乙药业", null],
      ["XYZ-3421", "ind_approved", "2024-07", true, null, "肥胖/超重成人"],
      ["XYZ-3421", "data_readout", "2025-11", true, null, "肥胖/超重成人"],
    ]);
  });

  it("reads a roundup item: two companies joined by 与, a short code the text calls a drug (新药HM-5), and no news from the next section's heading", () => {
    const events = extract("十、弘远药业与益安医药达成商业化合作\n6月6日，弘远药业与益安医药宣布，双方就弘远药业的1类新药XY-5（口服P-CAB类抑酸药）达成中国大陆独家商业化合作，益安医药将支付1.5亿元首付款。\n\n五、数据发布\n", "2026-06-08");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.company, e.counterparty]), [["XY-5", "deal", "2026-06-06", "弘远药业", "益安医药"]]);
  });

  it("reads clinical clearances worded '批准在美开展I期临床研究' and 'cleared the Company's IND'", () => {
    assert.equal(one("2024年5月，XYZ-3422获得美国FDA批准在美开展I期临床研究。", "2025-06-01").type, "ind_approved");
    assert.equal(one("The FDA cleared the Company's Investigational New Drug (IND) application for XYZ-3423 in May 2025.", "2025-06-01").type, "ind_approved");
  });

  it("reads a readout told at length (公布了其…的II期研究数据) and keeps an earlier readout on other patients apart", () => {
    const events = extract("在刚刚落幕的2026年ASCO年会上，上海某生物科技有限公司于美国当地时间5月31日以口头报告形式公布了其PD-1/IL-15双功能融合蛋白XYZ-3424单药治疗经PD-(L)1抑制剂治疗后进展的晚期非小细胞肺癌（NSCLC）的II期研究数据。XYZ-3424的I期剂量递增研究数据已于2025年10月在ESMO年会上公布，在32例晚期实体瘤患者中未达到最大耐受剂量。", "2026-06-02");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [
      ["data_readout", "2026-05-31", "经PD-(L)1抑制剂治疗后进展的晚期非小细胞肺癌(NSCLC)"],
      ["data_readout", "2025-10", "晚期实体瘤"],
    ]);
  });

  it("reads 'granted the designation to X' as the designation named before its drug, and 'data that X presented at'", () => {
    const events = extract(
      "Chengdu Qiyun Biopharma's CDH17-targeted ADC has picked up an FDA breakthrough therapy designation in colorectal cancer. The FDA granted the designation to XYZ-3425 for adults with metastatic colorectal cancer, Qiyun said Tuesday. The designation is supported by Phase 1 data that Qiyun presented at the ASCO Gastrointestinal Cancers Symposium in January.",
      "2026-03-25",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date]), [["XYZ-3425", "btd", "FDA", "2026-03-24"], ["XYZ-3425", "data_readout", null, "2026-01"]]);
  });

  it("reads a weekly's headline list: the buyer just before 'buys', a company named by its kind ('Swiss drugmaker Helvion'), one company however shortened", () => {
    const events = extract(
      "China Biotech Week: Helvion buys Marbridge, Kingfu inks obesity pact\n\nHelvion buys Marbridge. Swiss drugmaker Helvion agreed on Tuesday to acquire Shanghai-based Marbridge Bio for $420 million upfront. The NDA for XYZ-3426 had been accepted in August. It is sold in the US. Tianmu Radiopharma said so.",
      "2026-11-09",
    );
    const acquisitions = events.filter((e) => e.type === "acquisition");
    assert.deepEqual(acquisitions.map((e) => [e.asset, e.date, e.counterparty, e.upfront_usd]), [["Marbridge Bio", "2026-11-03", "Helvion", 420000000]]);
    assert.ok(events.some((e) => e.asset === "XYZ-3426" && e.type === "nda_accepted" && e.date === "2026-08"));
  });

  it("reads an acquisition told in a subordinate clause ('has been building…, when it bought Dutch isotope producer IsoNova') and 'the data came … at'", () => {
    const events = extract("XYZ-3427 was cleared for clinical testing in China in August 2024, and the first-in-human data came last June at the SNMMI annual meeting. Nordvik Pharma has been building out its radiopharma capabilities since 2024, when it bought Dutch isotope producer IsoNova for €210 million. BioNTech is buying Biotheus outright.", "2026-05-21");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.counterparty]), [
      ["XYZ-3427", "ind_approved", "2024-08", null],
      ["XYZ-3427", "data_readout", "2025-06", null],
      ["IsoNova", "acquisition", "2024", "Nordvik Pharma"],
      ["Biotheus", "acquisition", "2026-05-21", "BioNTech"],
    ]);
  });

  it("names a product counted as one (引进一款低浓度阿托品滴眼液), and reads a preference for deals as no deal", () => {
    const e = one("2024年，华晟药业曾从上海迈德眼科医药有限公司引进一款低浓度阿托品滴眼液的中国大陆权益，该产品用于延缓儿童近视进展。", "2026-10-01");
    assert.deepEqual([e.asset, e.type, e.date, e.company, e.counterparty], ["低浓度阿托品滴眼液", "deal", "2024", "上海迈德眼科医药有限公司", "华晟药业"]);
    assert.deepEqual(extract('Zhao said the company is "open to partnering" XYZ-3428, and that it would prefer deals with meaningful upfront payments over large headline values.', "2026-12-15"), []);
  });

  it("reads a terse 'in <disease>' after a drug's apposition as the indication", () => {
    const trial = one("Lanhai Pharma dosed the first patient in a Phase 3 of XYZ-3429, its long-acting IL-17A antibody, in moderate-to-severe plaque psoriasis.", "2026-11-09");
    assert.equal(trial.indication, "moderate-to-severe plaque psoriasis");
    const ind = one("Brightfin Therapeutics received implied approval from the CDE for a Phase 1 of XYZ-3430, an oral pan-KRAS inhibitor, in advanced solid tumors with KRAS mutations.", "2026-11-09");
    assert.equal(ind.indication, "advanced solid tumors");
  });

  it("reads targets written as one word (CD19xCD3), TGF-β as TGFB1, and a notice block's remark line", () => {
    assert.deepEqual(one("Qiantang licensed its lead CD19xCD3 bispecific, XYZ-3431, to Aldermoor for $175 million upfront.", "2026-01-13").targets, ["CD19", "CD3E"]);
    assert.deepEqual(one("国家药监局批准XYZ-3432上市。XYZ-3432是一款靶向PD-L1/TGF-β的双功能融合蛋白。", "2026-01-13").targets, ["CD274", "TGFB1"]);
    const block = one("药品名称：XYZ-3433片\n申请人：江苏某医药科技有限公司\n审批结论：批准上市\n签发日期：2026年03月06日\n备注：PI3Kδ抑制剂，用于复发或难治性滤泡性淋巴瘤成人患者。", "2026-03-10");
    assert.deepEqual(block.targets, ["PIK3CD"]);
  });

  it("gives a roundup item's drug the company the item names, and a code prefix's company only when the text names it", () => {
    const roundup = extract("一、获批上市\n6月3日，国家药监局批准广州众和医药科技股份有限公司申报的1类创新药XYZ-3434片上市。\n\n二、数据发布\n在2026年ASCO年会上，晶科生物于6月1日以口头报告形式公布了XYZ-3435治疗HER2阳性晚期胃癌的II期研究数据。", "2026-06-08");
    assert.deepEqual(roundup.map((e) => [e.asset, e.company]), [["XYZ-3434", "广州众和医药科技股份有限公司"], ["XYZ-3435", "晶科生物"]]);
    const prefixed = extract("药审中心公示，森瑶生物的注射用SY-2301是一款靶向CDH17的抗体偶联药物，拟纳入突破性治疗品种，此次拟纳入的适应症为晚期结直肠癌；同门的SY-3405胶囊则是一款MTA协同型PRMT5抑制剂，拟纳入突破性治疗品种，拟用于MTAP缺失的局部晚期或转移性非小细胞肺癌。", "2026-06-08");
    assert.deepEqual(prefixed.map((e) => [e.asset, e.company]), [["SY-2301", "森瑶生物"], ["SY-3405", "森瑶生物"]]);
  });

  it("takes the company that paid at length for rights as the licensee ('paid RMB200 million upfront for mainland China commercial rights to X's Y')", () => {
    const e = one("Jiangxi Hengan Pharma paid RMB200 million upfront for mainland China commercial rights to Corvus Medicine's XYZ-3436, a long-acting C5 antibody.", "2026-11-09");
    assert.deepEqual([e.company, e.counterparty], ["Corvus Medicine", "Jiangxi Hengan Pharma"]);
  });

  it("completes a deal with the terms of the sentence that goes on about it ('The deal, unveiled Monday, also includes …')", () => {
    const e = one("Aldermoor Pharmaceuticals is paying Suzhou-based Qiantang Biologics $175 million upfront for ex-China rights to XYZ-3437. The deal, unveiled Monday, also includes up to $1.6 billion in milestones, bringing the total potential value to as much as $1.83 billion.", "2026-01-13");
    assert.deepEqual([e.upfront_usd, e.total_usd], [175000000, 1830000000]);
  });

  it("reads an English breakthrough proposal list: a counted batch, members 'proposed for', 'one for A, and one for B', and the ones formally included", () => {
    const events = extract(
      [
        "China's Center for Drug Evaluation (CDE) on Monday posted a new batch of breakthrough therapy proposals, naming three drugs for four indications.",
        "Qilang Biopharma's XYZ-3438, an antibody-drug conjugate that binds both TROP2 and EGFR, picked up two of the proposals: one for EGFR-mutant non-small cell lung cancer, and one for triple-negative breast cancer.",
        "Tongzhou Isotope's XYZ-3439, a lutetium-177-labelled ligand that targets FAP, proposed for metastatic pancreatic ductal adenocarcinoma.",
        "Separately, two drugs from the CDE's July 28 notice have now been formally included in the program. One is Jiayu Pharma's XYZ-3440, an oral pan-KRAS inhibitor, for KRAS-mutant pancreatic cancer.",
      ].join("\n\n"),
      "2026-08-25",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.status, e.date, e.company, e.indication]), [
      ["XYZ-3438", "proposed", "2026-08-24", "Qilang Biopharma", "EGFR-mutant non-small cell lung cancer"],
      ["XYZ-3438", "proposed", "2026-08-24", "Qilang Biopharma", "triple-negative breast cancer"],
      ["XYZ-3439", "proposed", "2026-08-24", "Tongzhou Isotope", "metastatic pancreatic ductal adenocarcinoma"],
      ["XYZ-3440", "granted", "2026-07-28", "Jiayu Pharma", "KRAS-mutant pancreatic cancer"],
    ]);
  });

  it("follows a brand through an approval story: 'approved Kairo for …', 'the drug, known generically as X', a label expansion, a further supplemental application", () => {
    const events = extract(
      [
        "China's drug regulator on Friday approved Kairo for adults with chronic rhinosinusitis with nasal polyps (CRSwNP), Qihe Biotech said on Monday.",
        "The National Medical Products Administration first approved the drug, known generically as qelvokibart, in March 2025 for moderate-to-severe atopic dermatitis (AD) in adults. A label expansion to adolescents aged 12 to 17 with AD followed in August this year. Qelvokibart blocks the interleukin-4 receptor.",
        "A further supplemental application, for prurigo nodularis (PN), was accepted in September and remains under review.",
      ].join("\n\n"),
      "2026-11-03",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.indication]), [
      ["Kairo", "approval", "2026-10-30", "adults with chronic rhinosinusitis with nasal polyps (CRSwNP)"],
      ["Kairo", "approval", "2025-03", "moderate-to-severe atopic dermatitis (AD)"],
      ["Kairo", "approval", "2026-08", "atopic dermatitis (AD)"],
      ["Kairo", "nda_accepted", "2026-09", "prurigo nodularis (PN)"],
    ]);
    assert.deepEqual(events[0]!.asset_aliases, ["qelvokibart"]);
    assert.deepEqual(events[0]!.targets, ["IL4R"]);
  });

  it("keeps the reader's drug in view past a competitor named in passing, and reads 'Nil-cel … designated a breakthrough therapy'", () => {
    const events = extract(
      "The most significant of the batch may be XYZ-3441 from Suzhou-based Yunsheng Therapeutics. The NMPA approved the siRNA last Tuesday (July 7) for adults with primary hypercholesterolemia. It is given every six months, the same schedule as Novartis' inclisiran, its most direct competitor. Yunsheng's new drug application had been accepted for review in June 2025.\n\nOn Thursday, the agency granted conditional approval to nilcabtagene autoleucel (nil-cel) for adults with relapsed or refractory B-ALL. Nil-cel was reviewed under priority review, granted in August 2025, and had earlier been designated a breakthrough therapy by the Center for Drug Evaluation (CDE).",
      "2026-07-13",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [
      ["XYZ-3441", "approval", "2026-07-07"],
      ["XYZ-3441", "nda_accepted", "2025-06"],
      ["nilcabtagene autoleucel", "conditional_approval", "2026-07-09"],
      ["nilcabtagene autoleucel", "priority_review", "2025-08"],
      ["nilcabtagene autoleucel", "btd", null],
    ]);
  });

  it("reads a regulator acting after an adverbial ('Since then, the FDA has cleared an IND …'), a share purchase as no acquisition, and a long HKEX IND sentence", () => {
    const events = extract(
      "Brightwater Therapeutics has agreed to pay Shanghai Huanyu Biotech $25 million upfront for an exclusive option to license XYZ-3442. Separately, Brightwater will buy $15 million of Huanyu's shares at a 20% premium. XYZ-3442 first reached patients through an investigator-initiated trial in late 2024.\n\nSince then, the U.S. Food and Drug Administration has cleared an IND for a phase 1 study in SLE, in February, and China's Center for Drug Evaluation granted implied approval for a similar trial in April.",
      "2026-05-19",
    );
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["deal", null, "2026-05-19"], ["iit", "NHC", "2024"], ["ind_approved", "FDA", "2026-02"], ["ind_approved", "NMPA", "2026-04"]]);
    const hkex = one('The Board is pleased to announce that on 14 April 2026, the investigational new drug application (the "IND Application") in respect of XYZ-3443 (the "Product"), a Class 1 innovative drug independently developed by the Group, for a phase 2 clinical trial in adult patients with primary immunoglobulin A nephropathy ("IgAN") at risk of disease progression was approved by the National Medical Products Administration of the People\'s Republic of China (the "NMPA").', "2026-04-15");
    assert.deepEqual([hkex.type, hkex.date], ["ind_approved", "2026-04-14"]);
  });

  it("reads a study named in brackets (一项全球III期临床研究（HELIOS-301）) as its drug when named bare later, with one clearance per regulator", () => {
    const events = extract("近日，苏州恒澜生物科技有限公司宣布，其自主研发的双特异性抗体融合蛋白XYZ-3444注射液，在一项全球多中心III期临床研究（HELIOS-301）中完成首例患者给药。\n据公司介绍，HELIOS-301已于去年11月获得美国FDA同意开展，并于去年12月获得国家药监局药品审评中心（CDE）的临床试验默示许可。", "2026-01-20");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date]), [
      ["XYZ-3444", "trial_start", null, "2026-01-20"],
      ["XYZ-3444", "ind_approved", "FDA", "2025-11"],
      ["XYZ-3444", "ind_approved", "NMPA", "2025-12"],
    ]);
  });

  it("adds a deal's upfront and milestones up to its total when no total is stated", () => {
    const e = one("Under a 2024 agreement, Ostara paid Qihe Biotech $75 million upfront for rights to XYZ-3445 in the United States and agreed to pay up to $1.3 billion in additional milestones.", "2026-11-03");
    assert.deepEqual([e.upfront_usd, e.total_usd], [75000000, 1375000000]);
  });

  it("reads a bispecific fusion protein as a fusion protein, an ADC by its payload's INN, and no antisense in a company's name", () => {
    assert.equal(one("恒澜生物宣布，其双特异性抗体融合蛋白XYZ-3446获国家药监局突破性治疗药物认定。", "2026-01-20").modality, "fusion_protein");
    assert.equal(one("Ruiheng Biopharma's XYZ-3447, known as sarvotuzumab vedotin, received full approval from the NMPA on July 8, 2026.", "2026-07-13").modality, "adc");
    assert.equal(one("The FDA granted orphan drug designation to XYZ-3449 (qofersen) for SOD1-ALS on May 2, 2025.", "2025-06-01").modality, "antisense");
    assert.equal(one("2026年3月，某医药与Halvorsen Pharma签署协议，将口服小分子GLP-1受体激动剂XYZ-3448的海外权益许可给Halvorsen，首付款5000万美元。", "2026-03-20").modality, "small_molecule");
  });

  it("reads a study named by its code meeting its primary endpoint (III期研究CYPRESS-1达到主要终点)", () => {
    const e = one("2025年4月，在中国2型糖尿病（T2D）患者中开展的III期研究CYPRESS-1达到主要终点：治疗第40周时，XYZ-3450高剂量组糖化血红蛋白较基线下降2.31%。", "2026-03-27");
    assert.deepEqual([e.asset, e.type, e.date], ["XYZ-3450", "data_readout", "2025-04"]);
  });

  it("reads 'approved in China' as the NMPA's approval, whichever regulator the sentence names next", () => {
    const events = extract("XYZ-3451 is an oral menin inhibitor. It was approved in China in January 2025 for relapsed or refractory KMT2A-rearranged acute leukemia, and the FDA granted it Breakthrough Therapy designation in 2024 for the same population.", "2025-10-21");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["approval", "NMPA", "2025-01"], ["btd", "FDA", "2024"]]);
  });

  it("does not take a prior therapy's target for the drug's own", () => {
    const e = one("5月27日，国家药监局附条件批准XYZ-4001片上市，用于治疗既往至少接受过一种系统治疗（包括BTK抑制剂）的成人慢性淋巴细胞白血病患者。XYZ-4001是一款高选择性BCL-2抑制剂。", "2025-05-28");
    assert.deepEqual(e.targets, ["BCL2"]);
  });

  it("does not give a drug the news of a clause about other companies' drugs, nor a comparator the trial of the drug", () => {
    const events = extract("XYZ-1401拟纳入突破性治疗，康诺亚、信达新药获批临床", "2025-03-24");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["XYZ-1401", "btd"]]);
    const trial = extract("审批结论：经审查，2025年5月28日受理的XYZ-1402注射液符合药品注册的有关要求，同意本品开展以司美格鲁肽为阳性对照、治疗2型糖尿病的III期临床试验。");
    assert.deepEqual(trial.map((e) => [e.asset, e.type]), [["XYZ-1402", "ind_accepted"], ["XYZ-1402", "ind_approved"]]);
    assert.equal(one("同样在上周，信达生物的ADC药物XYZ-1403获准开展新的临床研究。").type, "ind_approved");
  });

  it("reads an approval whose regulator is named with its abbreviation in brackets, and the indication after an apposition", () => {
    const e = one("Keymed today announced that China's National Medical Products Administration (NMPA) has approved XYZ-1501 (stapokibart; brand name: Kangyueda), a humanized monoclonal antibody, for adults with moderate-to-severe atopic dermatitis.");
    assert.deepEqual([e.type, e.agency, e.indication], ["approval", "NMPA", "adults with moderate-to-severe atopic dermatitis"]);
    assert.equal(one("此外，FDA还授予XYZ-1502孤儿药资格认定，针对的适应症为食管癌。").indication, "食管癌");
  });

  it("reads the licensor of an in-licensing deal as the company licensed from", () => {
    const en = one("ArriVent licensed the EGFR inhibitor XYZ-1601 outside China from Shanghai Allist Pharmaceuticals in 2021.");
    assert.deepEqual([en.company, en.counterparty, en.date], ["Shanghai Allist Pharmaceuticals", "ArriVent", "2021"]);
    const zh = one("2024年10月，正大天晴从武汉友芝友生物制药引进XYZ-1602，获得其在中国大陆的独家开发和商业化权利。");
    assert.deepEqual([zh.company, zh.counterparty], ["友芝友生物", "正大天晴"]);
  });

  it("reads an acquisition of a company the lexicon does not know, and a new-style INN with its code", () => {
    const events = extract(
      "Genmab to buy Lumora for $1.8B, adding an ovarian cancer ADC\n\nGenmab agreed on Wednesday to acquire Lumora, a privately held antibody-drug conjugate developer, for $1.8 billion in cash. The centerpiece is Rina-S (ritabart sesutecan, also known as XYZ-2201), a FRα-targeted ADC. In January, the FDA granted it Fast Track designation for platinum-resistant ovarian cancer.",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["Lumora", "acquisition"], ["XYZ-2201", "fast_track"]]);
    assert.deepEqual([events[0]!.company, events[0]!.counterparty, events[0]!.total_usd], ["Lumora", "Genmab", 1.8e9]);
    assert.deepEqual(events[1]!.asset_aliases, ["ritabart sesutecan"]);
    // buying the rights to a drug is a licence, not an acquisition of a company
    assert.equal(one("Zenith acquires US rights to XYZ-2202 from Lumora.").type, "deal");
  });

  it("reads rights and strategic collaborations on a named drug as deals, but not a partnership that names no drug or terms", () => {
    assert.equal(one("2025年3月，恒瑞医药宣布将HRS-1167的全球独家权益授予默沙东。").counterparty, "默沙东");
    assert.equal(one("6月2日，BioNTech与百利天恒宣布达成战略合作，共同开发BL-B01D1。").type, "deal");
    assert.equal(one("In March 2025, Zai Lab obtained exclusive rights to develop and commercialize ZL-1310 in Greater China.").type, "deal");
    const events = extract("百利天恒的BL-B01D1获批临床。此外，百利天恒与四川大学华西医院达成战略合作，共建研究平台。");
    assert.deepEqual(events.map((e) => e.type), ["ind_approved"]);
  });

  it("reads a CDE notice's conclusion: the drug 本品 points back to, not its combination partner, and the indication of the trial", () => {
    const combined = extract("经审查，2025年1月9日受理的注射用XYZ-101符合药品注册的有关要求，同意本品联合阿得贝利单抗开展局部晚期尿路上皮癌一线治疗的II期临床试验。");
    assert.deepEqual(combined.map((x) => [x.asset, x.type, x.indication, x.phase]), [
      ["XYZ-101", "ind_accepted", "局部晚期尿路上皮癌一线治疗", "2"],
      ["XYZ-101", "ind_approved", "局部晚期尿路上皮癌一线治疗", "2"],
    ]);
    const alone = extract("经审查，2025年1月14日受理的注射用XYZ-101符合药品注册的有关要求，同意本品单药开展既往含铂化疗失败的复发或转移性宫颈癌的II期临床试验。");
    assert.deepEqual(alone.map((x) => [x.type, x.indication]), [
      ["ind_accepted", "既往含铂化疗失败的复发或转移性宫颈癌"],
      ["ind_approved", "既往含铂化疗失败的复发或转移性宫颈癌"],
    ]);
  });

  it("reads data reported without the drug's name right after its study is described", () => {
    const zh = extract("2023年，XYZ-201在国内启动了治疗系统性红斑狼疮的研究者发起的临床研究；去年6月在EULAR年会上公布的首批数据显示，患者疾病活动度显著下降。");
    assert.ok(zh.some((x) => x.asset === "XYZ-201" && x.type === "data_readout" && x.date === "2024-06"), JSON.stringify(zh));
    const en = extract("XYZ-301 is being studied in a Phase 1 trial. Data from the cohort of sqNSCLC patients, presented at the ESMO Congress in September 2024, showed encouraging responses.");
    assert.ok(en.some((x) => x.asset === "XYZ-301" && x.type === "data_readout" && x.date === "2024-09"), JSON.stringify(en));
    assert.equal(one("XYZ-401 was evaluated in a Phase 2 trial. Results of the trial were presented at the 2025 ASCO Annual Meeting.").asset, "XYZ-401");
  });

  it("reads one event per agency when two regulators are named together", () => {
    const events = extract("该药的临床试验于2024年6月分别获得国家药品监督管理局和美国FDA批准，注射用HDM2005是一款ROR1 ADC。".replace("该药的", "注射用HDM2005的"));
    assert.deepEqual(events.map((e) => e.agency).sort(), ["FDA", "NMPA"]);
  });

  it("converts traditional Chinese for matching but reports names as written", () => {
    const e = one("邁威生物的邁粒生(注射用阿格司亭α)獲批上市。");
    assert.equal(e.type, "approval");
    assert.ok([e.asset, ...e.asset_aliases].some((n) => n.includes("邁粒生")), JSON.stringify(e));
  });

  it("reads machine-translated designations of a drug pointed back to past background sentences (This product … included breakthrough therapy kind)", () => {
    const events = extract(
      [
        "QX-5501 is one kind targeting B7-H3 of antibody drug conjugate (ADC), by full human source monoclonal antibody composition.",
        "B7-H3 in many kinds solid tumor in high expression. Smallcell lungcancer account for lung cancer about 15%. Extensive-stage patient median overall survival less than 1 year.",
        "This product before already by CDE included breakthrough therapy kind, used for treat ES-SCLC, and in 2024 year 8 month obtained US FDA granted breakthrough therapy identification, used for treat extensive-stage smallcell lungcancer.",
        "At present, domestic already have 5 models B7-H3ADC enter clinical stage.",
      ].join("\n\n"),
      "2026-10-16",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.agency, e.date, e.indication]),
      [
        ["QX-5501", "btd", "NMPA", null, "ES-SCLC"],
        ["QX-5501", "btd", "FDA", "2024-08", "extensive-stage smallcell lungcancer"],
      ],
    );
  });

  it("reads a supplemental application's approval for a new indication beside an older conditional approval, and a name after 后者", () => {
    const events = extract(
      "近日，甲乙生物宣布，其注射用泽西妥单抗（研发代号：QX-6601）联合化疗用于尿路上皮癌一线治疗的补充申请获国家药监局批准。该药于2021年6月首次在国内获附条件批准上市，用于治疗HER2过表达局部晚期或转移性胃癌。2021年8月，甲乙生物与Seagen达成全球独家许可协议，授予后者泽西妥单抗在亚洲以外地区的权益，首付款为2亿美元。",
      "2026-12-16",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date]),
      [
        ["QX-6601", "approval", "2026-12-16"],
        ["QX-6601", "conditional_approval", "2021-06"],
        ["QX-6601", "deal", "2021-08"],
      ],
    );
  });

  it("reads a second designation told with 同年 and 也 for another indication as an event of its own", () => {
    const events = extract("在海外，QX-3301于2025年1月获得美国FDA授予的快速通道资格，用于治疗晚期鳞状非小细胞肺癌；同年，其用于不可切除或转移性黑色素瘤的适应症也获得了FDA快速通道资格。", "2026-03-20");
    assert.deepEqual(
      events.map((e) => [e.type, e.date, e.indication]),
      [
        ["fast_track", "2025-01", "晚期鳞状非小细胞肺癌"],
        ["fast_track", "2025", "不可切除或转移性黑色素瘤"],
      ],
    );
  });

  it("gives each of two English clearances the date that follows it, reads an EMA validation as an acceptance, and merges a headline's short indication into the body's", () => {
    const ind = extract("QX-4401 received clinical trial approval from China's NMPA in March 2025 and IND clearance from the FDA in October 2025.", "2026-11-18");
    assert.deepEqual(ind.map((e) => [e.type, e.agency, e.date]), [["ind_approved", "NMPA", "2025-03"], ["ind_approved", "FDA", "2025-10"]]);
    const maa = extract(
      "Lumen Announces EMA Validation of Marketing Authorization Application for QX-4402 in Mantle Cell Lymphoma\n\nLumen today announced that the European Medicines Agency (EMA) has validated its Marketing Authorization Application (MAA) for QX-4402 for the treatment of adults with relapsed or refractory mantle cell lymphoma who have received a BTK inhibitor.",
      "2026-07-21",
    );
    assert.deepEqual(maa.map((e) => [e.type, e.agency, e.date]), [["nda_accepted", "EMA", "2026-07-21"]]);
  });

  it("reads an IIT's data told by the research team with a span of months in it, and leaves an IIT in preparation out", () => {
    const events = extract(
      "2025年8月，由某医院牵头的QX-2201治疗难治性系统性红斑狼疮（SLE）的研究者发起的临床研究完成医学研究登记备案。\n\n今年3月，研究团队在《新英格兰医学杂志》发表了首批6例患者的数据：随访6个月时，5例患者达到低疾病活动状态。\n\n此外，公司另一款在体CAR-T产品QX-2202的IIT正在筹备中。",
      "2026-05-20",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date, e.indication]),
      [
        ["QX-2201", "iit", "2025-08", "难治性系统性红斑狼疮(SLE)"],
        ["QX-2201", "data_readout", "2026-03", "难治性系统性红斑狼疮(SLE)"],
      ],
    );
  });

  it("reads topline results announced in a month and a trial that met its primary endpoint as data readouts", () => {
    const en = extract("QX-1101 is a once-daily oral small molecule. In China, topline results from a Phase 1b study in adults with obesity were announced in November 2025, showing a weight reduction of 9.8%.", "2026-06-02");
    assert.deepEqual(en.map((e) => [e.type, e.date]), [["data_readout", "2025-11"]]);
    const zh = extract("本次批准基于QX-1102的一项III期临床研究。研究达到了无进展生存期（PFS）主要终点，联合治疗组显著延长患者PFS。", "2026-06-02");
    assert.deepEqual(zh.map((e) => [e.asset, e.type]), [["QX-1102", "data_readout"]]);
  });

  it("does not take a priority review voucher for a priority review", () => {
    const events = extract("QX-1201 holds FDA Rare Pediatric Disease Designation, which made the company eligible for a priority review voucher. QX-1202获得了一张优先审评券。", "2026-05-12");
    assert.ok(!events.some((e) => e.type === "priority_review"), JSON.stringify(events));
  });

  it("gives a pathway told in the approval's sentence the approval's indication, and reads indications after an apposition and in machine translation", () => {
    const zh = extract("5月27日，国家药品监督管理局通过优先审评审批程序附条件批准甲乙药业申报的帕拉托拉片（研发代号：QX-1301）上市，用于治疗既往接受过BTK抑制剂的成人慢性淋巴细胞白血病。", "2026-05-28");
    assert.deepEqual(
      zh.map((e) => [e.type, e.indication]),
      [
        ["priority_review", "既往接受过BTK抑制剂的成人慢性淋巴细胞白血病"],
        ["conditional_approval", "既往接受过BTK抑制剂的成人慢性淋巴细胞白血病"],
      ],
    );
    const en = one("The FDA granted Breakthrough Therapy Designation to QX-1302, its Claudin 18.2-targeted ADC, for metastatic pancreatic cancer.", "2026-05-28");
    assert.equal(en.indication, "metastatic pancreatic cancer");
    const mt = one("2025 year 5 month 9 day, QX-1303 injection of clinical trial application obtained CDE implied license, intended for treatment generalized myasthenia gravis adult patient.", "2026-05-28");
    assert.equal(mt.indication, "generalized myasthenia gravis adult patient");
  });

  it("takes a drug 'on the same list' (同批公示的还有) back to the notice, and lets no negated wording own an indication", () => {
    const events = extract(
      [
        "10月21日，CDE官网公示新一批拟纳入优先审评品种名单。其中，甲乙药业股份有限公司的注射用QX-1401上市申请在列，拟定适应症为复发性或转移性鼻咽癌，纳入理由为“符合附条件批准的药品”。",
        "今年9月，该药上市申请获CDE受理。",
        "同批公示的还有丙丁医药集团股份有限公司的QX-1402胶囊，拟用于治疗阵发性睡眠性血红蛋白尿症。",
      ].join("\n\n"),
      "2025-10-22",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date, e.indication]),
      [
        ["QX-1401", "priority_review", "2025-10-21", "复发性或转移性鼻咽癌"],
        ["QX-1401", "nda_accepted", "2025-09", "复发性或转移性鼻咽癌"],
        ["QX-1402", "priority_review", "2025-10-21", "阵发性睡眠性血红蛋白尿症"],
      ],
    );
  });

  it("reads a machine-translated clinical filing's acceptance with a month-day date, and keeps a company's name from being a drug", () => {
    const mt = one("Same period, Hangzhou Example Pharmaceutical Co., Ltd. of QX-1501 injection clinical trial application in 5 month 12 day obtained CDE acceptance, acceptance number CXHL2500611. QX-1501 is intended for treatment essential hypertension.", "2025-05-20");
    assert.deepEqual([mt.asset, mt.type, mt.date, mt.indication], ["QX-1501", "ind_accepted", "2025-05-12", "essential hypertension"]);
    const events = extract("Alphamab Oncology Announces First Patient Dosed in Phase 1 Trial of QX-1502\n\nAlphamab Oncology today announced that the first patient has been dosed in a Phase 1 trial of QX-1502 in advanced solid tumors.", "2025-03-04");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["QX-1502", "trial_start"]]);
  });

  it("reads trade-press wording: a regulator acting 'on Wednesday', a drug 'known during development as' its code, the owner's application, 'a second application', 'last June'", () => {
    const events = extract(
      [
        "The National Medical Products Administration (NMPA) on Wednesday approved Nanjing Example Pharmaceutical's tesaglipron, known during development as QX-1601, for chronic weight management in adults with obesity.",
        "The nod arrives less than a year after the CDE accepted Example's new drug application in March 2025. A second application, covering glycemic control in adults with type 2 diabetes, was accepted last December and remains under review.",
        "Innovent Biologics' once-weekly injectable mazdutide (IBI362) won NMPA approval for chronic weight management last June.",
      ].join("\n\n"),
      "2026-02-05",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date, e.company]),
      [
        ["QX-1601", "approval", "2026-02-04", "Nanjing Example Pharmaceutical"],
        ["QX-1601", "nda_accepted", "2025-03", "Nanjing Example Pharmaceutical"],
        ["QX-1601", "nda_accepted", "2025-12", "Nanjing Example Pharmaceutical"],
        ["IBI362", "approval", "2025-06", "Innovent Biologics"],
      ],
    );
    assert.deepEqual(events[0]!.asset_aliases, ["tesaglipron"]);
  });

  it("reads a bulleted list of milestones headed by the drug, with years in brackets", () => {
    const events = extract(
      [
        "BEIJING, July 14, 2026 /PRNewswire/ -- Example Gene today announced that the EMA has granted PRIME designation to QX-1701 for Bietti crystalline dystrophy (BCD).",
        "Regulatory milestones for QX-1701 to date:",
        "* Orphan Drug Designation from the U.S. FDA for the treatment of BCD (2024)",
        "* Biologics License Application accepted by China's NMPA in May 2026, with Priority Review granted for the treatment of BCD",
        "* PRIME designation from the EMA (July 2026)",
      ].join("\n"),
      "2026-07-14",
    );
    assert.deepEqual(
      events.map((e) => [e.type, e.agency, e.date, e.indication]),
      [
        // the list's "(July 2026)" is a stated date; the release's own day is the publication date's
        ["prime", "EMA", "2026-07", "Bietti crystalline dystrophy (BCD)"],
        ["orphan_drug", "FDA", "2024", "Bietti crystalline dystrophy (BCD)"],
        ["nda_accepted", "NMPA", "2026-05", "Bietti crystalline dystrophy (BCD)"],
        ["priority_review", "NMPA", "2026-05", "Bietti crystalline dystrophy (BCD)"],
      ],
    );
  });

  it("reads a roundup's field lines under each listed drug, a numbered list of two indications, and a table of clearances under its section heading", () => {
    const events = extract(
      [
        "一、突破性治疗药物程序（拟纳入公示）",
        "3月11日，CDE发布新一批拟纳入突破性治疗药物程序品种公示。",
        "1. 注射用QX-1801｜甲乙生物制药（苏州）有限公司在研的第二代Claudin18.2抗体偶联药物",
        "拟定适应症：晚期胃腺癌",
        "2. QX-1802片｜丙丁制药技术（石家庄）有限公司在研的第二代KRAS G12C抑制剂",
        "拟定适应症（同一受理号下两项）：",
        "（1）KRAS G12C突变非小细胞肺癌；",
        "（2）KRAS G12C突变结直肠癌。",
        "二、临床试验默示许可（节选）",
        "| 受理号 | 药品名称 | 申请人 | 适应症 | 注册分类 |",
        "|---|---|---|---|---|",
        "| CXSL2500977 | QX-1803注射液 | 戊己药业集团有限公司 | 特发性肺纤维化 | 治疗用生物制品1类 |",
      ].join("\n"),
      "2026-03-16",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.indication]),
      [
        ["QX-1801", "btd", "晚期胃腺癌"],
        ["QX-1802", "btd", "KRAS G12C突变非小细胞肺癌"],
        ["QX-1802", "btd", "KRAS G12C突变结直肠癌"],
        ["QX-1803", "ind_approved", "特发性肺纤维化"],
      ],
    );
  });

  it("reads congress coverage: an updated analysis, the drug pointed back to as 'the … bispecific', results reported by investigators, and a comparator that is not the drug", () => {
    const events = extract(
      [
        "Example Bio took the podium on Saturday with an updated analysis of LIGHT-A, the Phase 3 study of QX-1901 plus chemotherapy in EGFR-mutant non-small cell lung cancer. The PD-1/VEGF bispecific, approved in China for this indication in May 2024, showed a hazard ratio for overall survival of 0.74.",
        "Chengdu Example Biotech brought its first clinical data for QX-1902, a PD-1 antibody fused to IL-15. In an oral session on Sunday, investigators reported a 31% response rate among 42 patients with acral melanoma, which compared favorably with historical results for docetaxel.",
      ].join("\n\n"),
      "2025-06-03",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date]),
      [
        ["QX-1901", "data_readout", "2025-05-31"],
        ["QX-1901", "approval", "2024-05"],
        ["QX-1902", "data_readout", "2025-06-01"],
      ],
    );
  });

  it("reads two new indications approved at once (一是…；二是…), a brand labelled 商品名 and found again bare, and no antibody class as a name", () => {
    const events = extract(
      "1月8日，甲乙生物宣布，其自主研发的抗IL-4Rα全人源单克隆抗体达瑞妥单抗注射液（商品名：鼎安瑞，研发代号：QX-2001）获国家药监局批准两项新适应症：一是用于成人慢性鼻窦炎伴鼻息肉的治疗；二是用于青少年特应性皮炎的治疗。\n\n回顾来看，鼎安瑞于2024年8月首次获批上市，适应症为成人特应性皮炎。",
      "2026-01-10",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date, e.indication]),
      [
        ["QX-2001", "approval", "2026-01-08", "成人慢性鼻窦炎伴鼻息肉"],
        ["QX-2001", "approval", "2026-01-08", "青少年特应性皮炎"],
        ["QX-2001", "approval", "2024-08", "成人特应性皮炎"],
      ],
    );
  });

  it("dates an event told 'in the same month' (同月) by the month stated before it", () => {
    const events = extract("2025年4月，QX-2101的上市申请获CDE受理，并于同月被纳入优先审评。", "2026-01-10");
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["nda_accepted", "2025-04"], ["priority_review", "2025-04"]]);
  });

  it("reads a machine-translated notice: glued dates, '21day accepted', and 'This product' after a sentence opened by another drug", () => {
    const events = extract(
      [
        "Approval conclusion: after review, 2025year 5month 28day accepted QX-2202tablets meet drug registration relevant requirement, agree this product carry out treat hypertriglyceridemia clinical trial, the NMPA said.",
        "QX-2201 is company independent research and develop of target CDH6 antibody drug conjugate. This product in 2025year 3month already obtain U.S. Food and Drug Administration (FDA) approve carry out clinical trial.",
      ].join("\n\n"),
      "2025-08-14",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.agency, e.date]),
      [
        ["QX-2202", "ind_accepted", "NMPA", "2025-05-28"],
        ["QX-2202", "ind_approved", "NMPA", "2025-08-14"],
        ["QX-2201", "ind_approved", "FDA", "2025-03"],
      ],
    );
  });

  it("reads a deal wrap: licensing rights to a drug from its developer, 'signed for' with terms in the next sentence, the developer as owner of the drug's other news", () => {
    const events = extract(
      [
        "AbbVie opened the week on Monday by licensing global rights outside Greater China to QX-2301, a PD-1/VEGF bispecific antibody from Beijing Example Biotechnology. AbbVie pays $200 million upfront, for a total of up to $1.25 billion. The FDA cleared its IND in August 2025.",
        "On Tuesday, Novo Nordisk signed for QX-2302, an oral inhibitor discovered by Shanghai Example Pharmaceutical. Terms: $75 million upfront and a total deal value of up to $1.3 billion. Not every transaction went West. Chongqing Example Biotech licensed mainland China rights to QX-2303 to Shanghai Pharmaceuticals.",
      ].join("\n\n"),
      "2026-01-14",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.company, e.counterparty, e.upfront_usd, e.total_usd]),
      [
        ["QX-2301", "deal", "Beijing Example Biotechnology", "AbbVie", 2e8, 1.25e9],
        ["QX-2301", "ind_approved", "Beijing Example Biotechnology", null, null, null],
        ["QX-2302", "deal", "Shanghai Example Pharmaceutical", "Novo Nordisk", 7.5e7, 1.3e9],
        ["QX-2303", "deal", "Chongqing Example Biotech", "Shanghai Pharmaceuticals", null, null],
      ],
    );
  });

  it("reads a broker's note: 该品种 points back, data announced at a congress whose name holds a year, a filing 获批; and 'will be included' is no event", () => {
    const events = extract(
      [
        "2025年10月24日，CDE官网显示，甲乙药业申报的QX-2401片的上市申请获得受理，拟用于治疗乳腺癌。",
        "该品种早在2023年11月即被CDE纳入突破性治疗药物程序。",
        "10月19日，QX-2401的关键II期研究在2025年ESMO大会上以口头报告形式公布：客观缓解率为46.2%。",
        "公司PD-L1单抗QX-2402联合化疗治疗晚期肾细胞癌的上市申请已于今年6月获批。",
        "公示期内如无异议，QX-2403将被正式纳入突破性治疗品种名单。",
      ].join("\n\n"),
      "2025-10-27",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date]),
      [
        ["QX-2401", "nda_accepted", "2025-10-24"],
        ["QX-2401", "btd", "2023-11"],
        ["QX-2401", "data_readout", "2025-10-19"],
        ["QX-2402", "approval", "2025-06"],
      ],
    );
  });

  it("reads a weekly approvals list: a salt before a generic name, a vaccine named by what it prevents, 适用于, and CDE taking in (承办) a filing", () => {
    const events = extract(
      [
        "12月24日，国家药监局附条件批准甲乙医药有限公司申报的1类创新药甲磺酸瑞伐替尼片上市，用于RET融合阳性非小细胞肺癌。瑞伐替尼此前已于2024年9月被纳入突破性治疗药物程序。",
        "12月24日，国家药监局批准丙丁生物技术有限公司申报的重组带状疱疹疫苗（CHO细胞）上市，用于40岁及以上成人预防带状疱疹。",
        "12月22日，CDE承办戊己生物科技有限公司申报的QX-2501注射液上市申请，受理号CXSS2500311。",
      ].join("\n\n"),
      "2025-12-29",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date]),
      [
        ["瑞伐替尼", "conditional_approval", "2025-12-24"],
        ["瑞伐替尼", "btd", "2024-09"],
        ["重组带状疱疹疫苗(CHO细胞)", "approval", "2025-12-24"],
        ["QX-2501", "nda_accepted", "2025-12-22"],
      ],
    );
  });

  it("does not report a claim the company denies, nor an application for a designation", () => {
    assert.deepEqual(extract("针对此前部分自媒体“QX-2601已获FDA快速通道资格”的说法，公司澄清，目前未获得该项资格。", "2026-03-12"), []);
    assert.deepEqual(extract("公司已就QX-2602向EMA提交优先药物（PRIME）资格申请，目前尚在评估过程中。", "2026-06-16"), []);
  });

  it("knows a traditional Chinese medicine named in English with its Chinese name in brackets", () => {
    const events = extract(
      "Yesterday (May 7), the National Medical Products Administration official website display, Example Herbal Pharmaceutical Co., Ltd. declare of Chinese medicine innovative drug Anshen Jieyu Granules（安神解郁颗粒）obtain approval listing. It is understood that, Anshen Jieyu Granules in 2025year 11month already be included priority review procedure.",
      "2026-05-08",
    );
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["approval", "2026-05-07"], ["priority_review", "2025-11"]]);
    assert.ok(events.every((e) => e.asset_aliases.includes("Anshen Jieyu Granules") || e.asset === "Anshen Jieyu Granules"), JSON.stringify(events.map((e) => [e.asset, e.asset_aliases])));
  });

  it("reads an acquisition of a company named by the short name the text defines, and 'after the acquisition closes' as no event", () => {
    const events = extract(
      "11月19日晚间，甲乙药业股份有限公司发布公告称，公司已与上海丙丁细胞科技有限公司（以下简称“丙丁细胞”）全体股东签署股权转让协议，拟以现金人民币23.5亿元收购丙丁细胞100%股权。\n\n收购完成后，公司计划尽快推进QX-2701的II期临床研究。",
      "2025-11-20",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.counterparty]), [["上海丙丁细胞科技有限公司", "acquisition", "2025-11-19", "甲乙药业股份有限公司"]]);
  });

  it("knows a two-word cell-therapy INN in apposition to a code, and leaves a later trigger's date to it", () => {
    const events = extract(
      "SHANGHAI, May 28, 2025 /PRNewswire/ -- Example Cell today announced that the FDA has granted RMAT designation to QX-2801 (relvatagene autoleucel, \"rel-cel\"), its autologous CD19-directed CAR-T cell therapy, for refractory lupus nephritis.\n\nThe RMAT designation adds to the Fast Track designation that the FDA granted to QX-2801 for the same indication in January 2025.",
      "2025-05-28",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["QX-2801", "rmat", "2025-05-28"], ["QX-2801", "fast_track", "2025-01"]]);
    assert.ok(events[0]!.asset_aliases.includes("relvatagene autoleucel"));
  });

  it("gives an approval the indication of the next sentence that goes on describing the drug (该药品…适用于…)", () => {
    const e = one("12月23日，国家药监局批准甲乙生物制药有限公司申报的1类创新药注射用QX-2901上市。该药品为靶向CD19的人源化单克隆抗体，适用于成人视神经脊髓炎谱系疾病患者。", "2025-12-29");
    assert.deepEqual([e.type, e.indication], ["approval", "成人视神经脊髓炎谱系疾病"]);
  });

  it("gives results a company reported to the article's only drug, past a few sentences of background", () => {
    const events = extract(
      [
        "Tideway Bio picked up a breakthrough therapy designation from the FDA on Tuesday for QX-3001 in metastatic colorectal cancer.",
        "CDH17 is expressed widely across GI tumors. It is one of the more crowded new ADC targets of 2025.",
        "What the asset doesn't carry is a breakthrough tag in gastric cancer. The colorectal data are what moved the needle.",
        "At ESMO in October, Tideway Bio reported a 41% objective response rate among 52 patients with third-line colorectal cancer.",
      ].join("\n\n"),
      "2025-11-20",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["QX-3001", "btd", "2025-11-18"], ["QX-3001", "data_readout", "2025-10"]]);
  });

  it("gives deal terms told right after a drug is named, with no company in view, to that drug", () => {
    const events = extract(
      "Example Bio's mazdutide (QX-3101) won NMPA approval last June.\n\nOutside China, tesaglipron (QX-3102) belongs to Helix Metabolics. The Boston biotech licensed ex-China rights in 2024, paying $80 million upfront.",
      "2026-02-05",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.upfront_usd]), [["QX-3101", "approval", "2025-06", null], ["QX-3102", "deal", "2024", 8e7]]);
  });

  it("reads full-width characters and glued machine-translated words", () => {
    const e = one("ＩＢＩ３６３获得国家药监局突破性治疗药物认定。");
    assert.equal(e.asset, "IBI363");
    const glued = one("The FDA granted Orphan Drug Designation to GST-100 totreatMulti-SystemAtrophy patients.");
    assert.equal(glued.type, "orphan_drug");
  });

  it("reads Chinese regulatory wording translated word for word into English", () => {
    const type = (text: string) => one(text).type;
    assert.equal(type("Innovent announced，its XYZ-501 injection has obtained National Medical Products Administration（ＮＭＰＡ）approval listing，for weight management."), "approval");
    assert.equal(type("XYZ-501 listing application in 2024 year ２ month obtained ＮＭＰＡ accepted."), "nda_accepted");
    assert.equal(type("Zai Lab announced，XYZ-502 on １月１５日 obtain ＦＤＡ granted orphan drug qualification，for treatSmall cell lung cancer。"), "orphan_drug");
    assert.equal(type("2024 year，XYZ-502 obtained ＦＤＡ approve carry out clinical trial（IND）for previously treated small cell lung cancer."), "ind_approved");
    // data announced by the drug's owner (ZL- is Zai Lab's prefix) right after its study is described
    const data = extract("ZL-9901 is in a global Ⅰ phase research. Last year １０ month，Zai Lab at the symposium first time announced this Ⅰ phase research initial data.");
    assert.ok(data.some((e) => e.asset === "ZL-9901" && e.type === "data_readout" && e.date === "2024-10"), JSON.stringify(data));
    assert.deepEqual(extract("after review，２０２４年３月１２日accepted of XYZ-502 injection conform drug registration relevant requirements，agree this product carry out clinical trial。").map((e) => [e.type, e.date]).sort(), [["ind_accepted", "2024-03-12"], ["ind_approved", "2025-06-10"]]);
    // a study named like a code ("GLORY-1 research") is not a drug
    assert.deepEqual(extract("GLORY-1 research result in this year ５ month published in《New England Journal of Medicine》.").map((e) => e.asset), []);
  });

  it("reads text with HTML remnants (tags and entities) as if they were not there", () => {
    const e = one("<p>信达生物的<b>IBI363</b>获得国家药监局突破性治疗药物认定&nbsp;，用于治疗黑色素瘤。</p>");
    assert.deepEqual([e.asset, e.type, e.indication], ["IBI363", "btd", "黑色素瘤"]);
    // (named and hex entities too: "联合含铂化疗&plusmn;贝伐珠单抗" keeps bevacizumab a combination partner)
    const combined = one("<p>康方生物的XD-104联合含铂化疗&plusmn;贝伐珠单抗一线治疗宫颈癌的新适应症上市申请，已于1月6日正式纳入优先审评&#x3002;</p>", "2025-01-10");
    assert.deepEqual([combined.asset, combined.type, combined.status], ["XD-104", "priority_review", "granted"]);
  });

  it("does not date an event with a target date after publication (a PDUFA date)", () => {
    const e = one("The FDA has accepted the BLA for toripalimab for the treatment of esophageal cancer, with a PDUFA target action date of June 2026.", "2025-06-07");
    assert.deepEqual([e.type, e.agency, e.date], ["nda_accepted", "FDA", "2025-06-07"]);
  });

  it("dates 同日 (the same day) with the date stated just before", () => {
    const events = extract("1月6日，恒瑞医药的HRS-8080片临床试验申请获得默示许可。同日，其HRS-1167注射液的新药上市申请获受理。", "2025-01-08");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["HRS-8080", "ind_approved", "2025-01-06"], ["HRS-1167", "nda_accepted", "2025-01-06"]]);
  });

  it("does not read everyday abbreviations as targets", () => {
    const e = one("智通财经APP讯，和铂医药与阿斯利康就HBM7020订立全球独家许可协议，首付款1.75亿美元。");
    assert.deepEqual(e.targets, []);
  });

  it("returns no events for empty text, text without events and random bytes", () => {
    assert.deepEqual(extract(""), []);
    assert.deepEqual(extract("今天天气很好，我们去公园散步。"), []);
    assert.deepEqual(extract(String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65000))), []);
  });

  it("stays linear on 5 MB on one line (would time out if a pattern backtracked catastrophically)", { timeout: 60_000 }, () => {
    const line = "获批临床试验申请受理的注射用AAAA ".repeat(20_000) + "for the treatment of ".repeat(20_000) + "a".repeat(4_000_000);
    const started = process.hrtime.bigint();
    extract(line);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    assert.ok(seconds < 50, `took ${seconds}s`);
  });

  it("takes a bracketed generic name after a code and its dosage form as the same drug", () => {
    const e = one("2025年5月8日，百利天恒宣布，BL-B07062胶囊（泽格芦替尼）的临床试验申请获得默示许可，用于治疗晚期实体瘤。");
    assert.equal(e.asset, "BL-B07062");
    assert.deepEqual(e.asset_aliases, ["泽格芦替尼"]);
    assert.equal(e.modality, "small_molecule");
  });

  it("does not read a known drug inside a longer Chinese name that adds a syllable", () => {
    // 瑞基奥仑赛 (relma-cel, JW Therapeutics) is in the lexicon; 泽瑞基奥仑赛 is another, unknown drug
    const e = one("2025年5月8日，某某生物宣布，公司的泽瑞基奥仑赛注射液获批临床，用于治疗复发性淋巴瘤。");
    assert.equal(e.asset, "泽瑞基奥仑赛");
    assert.equal(e.company, "某某生物");
    assert.deepEqual(e.targets, []);
    // a salt or dosage prefix keeps the known drug, and words before it are not part of its name
    assert.equal(one("药明巨诺宣布，注射用瑞基奥仑赛获批上市。").company, "药明巨诺");
    assert.equal(one("2025年5月8日，药明巨诺宣布，已提交瑞基奥仑赛的上市申请，并获受理。").asset, "瑞基奥仑赛");
  });

  it("takes a short name its stock code follows as the company, past a STAR-market suffix (澄溪生物-U（688793.SH）)", () => {
    assert.equal(one("财联社9月18日电，澄溪生物-U（688793.SH）晚间公告，公司自主研发的1类创新药CX-2207片获批上市，用于治疗肺癌。").company, "澄溪生物");
  });

  it("finds an unknown Chinese company's short name before what it does: 自主研发, a stock code, a drug code", () => {
    assert.equal(one("本周一，星河生物自主研发的注射用XH-101拟纳入突破性治疗品种，拟定适应症为晚期胃癌。").company, "星河生物");
    assert.equal(one("12月3日晚间，星河生物（688999）发布公告称，XH-205获得国家药监局临床试验默示许可，用于治疗中重度哮喘。").company, "星河生物");
    assert.equal(one("7月4日，CDE受理了海岳药业HY-2201片的上市申请，用于治疗2型糖尿病。").company, "海岳药业");
  });

  it("reads a capitalised legal name heading a filing as the company of the first-person news under it", () => {
    const text = "ORION THERAPEUTICS (WUXI) CO., LTD.\nINTERIM RESULTS\n\nBUSINESS HIGHLIGHTS\n- On 3 June 2025, we dosed the first patient in a Phase III trial of OR-12 in gastric cancer.";
    assert.equal(one(text).company, "Orion Therapeutics (Wuxi) Co., Ltd");
  });

  it("does not take a filing's defined words (the \"Board\") or an exchange for a company", () => {
    const text =
      "Hong Kong Exchanges and Clearing Limited take no responsibility for this announcement.\n\nThe board of directors (the \"Board\") of Lumen Biotherapeutics Co., Ltd. is pleased to announce that LM-101 was granted Breakthrough Therapy Designation by the NMPA on 3 March 2025.\n\nBy order of the Board\nLumen Biotherapeutics Co., Ltd.";
    assert.equal(one(text).company, "Lumen Biotherapeutics Co., Ltd");
  });

  it("reads an IND or NDA that 'was accepted' or 'was cleared' after a long indication, without the prior therapy it names", () => {
    const accepted = one("In June 2025, the IND application for OR-12 for the treatment of mixed hyperlipidaemia was accepted by the NMPA.");
    assert.equal(accepted.type, "ind_accepted");
    assert.equal(accepted.indication, "mixed hyperlipidaemia");
    assert.equal(one("The investigational new drug (\"IND\") application for OR-12 was cleared by the U.S. Food and Drug Administration in August 2024.").type, "ind_approved");
    const nda = one("In January 2025, the NDA for OR-77 for adult patients with HER2-positive breast cancer who have previously received trastuzumab and a taxane was accepted by the NMPA.");
    assert.equal(nda.asset, "OR-77");
    assert.equal(nda.type, "nda_accepted");
  });

  it("does not read the agency's name as an indication (Center for Drug Evaluation)", () => {
    const e = one("On 22 April 2025, OR-33 was granted Breakthrough Therapy Designation by the Center for Drug Evaluation (\"CDE\") of the NMPA for the treatment of pancreatic cancer.");
    assert.equal(e.indication, "pancreatic cancer");
  });

  it("gives a licence to the company that grants it, not to the one that obtains the rights", () => {
    const en = one("In February 2024, Vantor Bio obtained exclusive rights to develop OR-55 outside Greater China under a license agreement with Orion Pharma, paying $35 million upfront.");
    assert.equal(en.company, "Orion Pharma");
    assert.equal(en.counterparty, "Vantor Bio");
    const zh = one("星河生物（688999）发布公告称，公司与Valen Pharma签署独家许可协议，将XH-205的海外权利授予Valen Pharma，首付款5000万美元。");
    assert.equal(zh.company, "星河生物");
    assert.equal(zh.counterparty, "Valen Pharma");
  });

  it("takes the company in a table row or in brackets beside the drug", () => {
    const table = "表1：本周CDE承办的1类新药申请\n\n| 受理号 | 药品名称 | 企业 | 承办日期 |\n|---|---|---|---|\n| CXHL2500001 | AB-101片 | 北京和锐医药科技有限公司 | 2025-11-18 |\n| CXSL2500002 | 注射用AB-202 | Aristide Biotherapeutics, Inc. | 2025-11-19 |";
    assert.deepEqual(
      extract(table, "2025-11-23").map((e) => e.company),
      ["北京和锐医药科技有限公司", "Aristide Biotherapeutics, Inc"],
    );
    assert.equal(one("本周CDE共公示2个拟纳入突破性治疗品种：\n- 注射用CB-1126（北京辰邦生物技术有限公司）：拟定适应症为多发性骨髓瘤，公示日期2025-11-19。").company, "北京辰邦生物技术有限公司");
  });

  it("keeps a deal told again with the partner's short name as one deal", () => {
    const events = extract("7月14日，星河生物宣布与Verdant Therapeutics就XH-312达成独家许可协议，首付款3500万美元。根据协议，Verdant将获得XH-312在大中华区以外的独家开发和商业化权利。");
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.equal(events[0]!.company, "星河生物");
  });

  it("lists every member of an enumerated set, however long each is described, with its applicant and indication", () => {
    const text = [
      "国家药监局近日批准了以下3款创新药上市。具体情况如下：",
      "一、注射用芮泽妥单抗（商品名：瑞立达®，研发代号：RZ-1301）",
      "申请人为浙江甲乙生物医药有限公司。本品为双特异性抗体，适用于非小细胞肺癌成人患者。本品通过优先审评审批程序批准上市。申请人需在上市后继续完成确证性临床试验。",
      "二、司奇珠单抗注射液（研发代号：GX-17）",
      "申请人为广州丙丁药业有限公司。本品为抗IL-17A单克隆抗体，适用于中度至重度斑块状银屑病成人患者。该品种的临床试验覆盖全国多家中心。其上市将为患者提供新选择。",
      "三、甲磺酸普卓替尼片（研发代号：PZ-0812）",
      "申请人为江苏戊己医药科技有限公司。本品为ROS1/NTRK小分子抑制剂，适用于ROS1阳性的非小细胞肺癌成人患者。",
    ].join("\n");
    const approvals = extract(text, "2025-12-30").filter((e) => e.type === "approval");
    assert.deepEqual(
      approvals.map((e) => [e.asset, e.company]),
      [
        ["RZ-1301", "浙江甲乙生物医药有限公司"],
        ["GX-17", "广州丙丁药业有限公司"],
        ["PZ-0812", "江苏戊己医药科技有限公司"],
      ],
    );
    assert.deepEqual(approvals[0]!.asset_aliases, ["注射用芮泽妥单抗", "芮泽妥单抗", "瑞立达"]);
    assert.equal(approvals[1]!.indication, "中度至重度斑块状银屑病成人");
  });

  it("reads a refusal (未获批准) as no approval, a 申报适应症 as the indication and 同年8月 with the year before", () => {
    const events = extract("7月4日，国家药监局发布药品不予批准决定信息，海岳药业HY-2309片的上市申请未获批准。HY-2309的申报适应症为成人慢性原发免疫性血小板减少症，其上市申请于2023年6月获CDE受理，同年8月被纳入优先审评。", "2025-07-08");
    assert.deepEqual(
      events.map((e) => [e.type, e.date, e.indication]),
      [
        ["nda_accepted", "2023-06", "成人慢性原发免疫性血小板减少症"],
        ["priority_review", "2023-08", "成人慢性原发免疫性血小板减少症"],
      ],
    );
  });

  it("reads a marketing authorisation granted (MHRA, EC) as an approval and a spelled-out new drug application as accepted", () => {
    const events = extract("Zhenkang said Thursday that the UK Medicines and Healthcare products Regulatory Agency (MHRA) granted marketing authorisation to zonatinib (ZK-118) for adults with non-small cell lung cancer. Zhenkang also said that zonatinib's Japanese new drug application was accepted for review by Japan's Pharmaceuticals and Medical Devices Agency (PMDA) this week.", "2025-12-12");
    assert.deepEqual(
      events.map((e) => [e.type, e.agency]),
      [
        ["approval", "MHRA"],
        ["nda_accepted", "PMDA"],
      ],
    );
  });

  it("does not read a designation request, or an IIT a designation was based on, as events", () => {
    const events = extract('On Tuesday the FDA granted RMAT designation to CZ-T19 for myasthenia gravis. The designation was based on data from an investigator-initiated study in China. A Suzhou-based developer said it had "submitted" a Fast Track request to the FDA for its TROP2 ADC.', "2025-12-12");
    assert.deepEqual(
      events.map((e) => e.type),
      ["rmat"],
    );
  });

  it("keeps a designation named again with the indication abbreviated (IPF) as one event", () => {
    const events = extract("Avenor Receives FDA Fast Track Designation for AVN-301 for the Treatment of Idiopathic Pulmonary Fibrosis\n\nIn addition to Fast Track designation, AVN-301 received Orphan Drug Designation from the FDA for the treatment of IPF in September 2024.", "2026-01-15");
    assert.deepEqual(
      events.map((e) => e.type),
      ["fast_track", "orphan_drug"],
    );
  });

  it("reads 'NMPA approval for X' as an approval and a clinical trial licence from the FDA named at length", () => {
    const approval = one("• 11/04/2025 — NMPA approval for Yunhai Biopharma's yanokibart (YH-011). It is approved for adults with atopic dermatitis.", "2025-12-01");
    assert.deepEqual([approval.type, approval.agency, approval.date], ["approval", "NMPA", "2025-11-04"]);
    const ind = one("2025年6月，KX-0306已获得美国食品药品监督管理局（FDA）的临床试验许可。", "2025-12-16");
    assert.deepEqual([ind.type, ind.agency, ind.date], ["ind_approved", "FDA", "2025-06"]);
  });

  it("takes the cell under a table's 药品名称 column, and a numbered heading made of a product name, as drug names", () => {
    const table = "| 受理号 | 药品名称 | 企业 | 承办日期 |\n|---|---|---|---|\n| CXZL2500041 | 芪蛭通络片 | 吉林甲乙药业有限公司 | 2025-11-20 |";
    assert.equal(one(table, "2025-11-23").asset, "芪蛭通络");
    const list = "国家药监局近日批准了以下2款创新药上市。\n一、参芪益智颗粒\n申请人为吉林甲乙药业有限公司。本品为中药创新药，用于轻中度阿尔茨海默病。\n二、注射用XY-101\n申请人为上海丙丁医药有限公司。";
    assert.deepEqual(
      extract(list, "2025-12-30").map((e) => [e.asset, e.company]),
      [
        ["参芪益智", "吉林甲乙药业有限公司"],
        ["XY-101", "上海丙丁医药有限公司"],
      ],
    );
  });

  it("does not take a product named by its modality alone (CAR-T细胞注射液) for a drug", () => {
    const events = extract("本周CDE共公示1个拟纳入突破性治疗品种：\n- 注射用CB-1126（北京辰邦生物技术有限公司）：拟定适应症为多发性骨髓瘤；CB-1126为靶向GPRC5D的CAR-T细胞注射液。", "2025-11-23");
    assert.deepEqual(
      events.map((e) => e.asset),
      ["CB-1126"],
    );
  });

  it("dates an acquisition by its closing, names its buyer, and does not take a drug of a later clause or a plan (不排除…寻求) for news", () => {
    const events = extract("华晟制药1月19日晚间公告，公司以现金人民币51亿元收购南京宁川生物科技有限公司100%股权的交易，已于1月16日完成股权交割。华晟制药表示，未来不排除就NC-2201寻求海外授权合作。对于51亿元的收购对价，有分析人士指出，NC-1019若能顺利上市，有望占据一席之地。", "2026-01-20");
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.date, e.counterparty]),
      [["南京宁川生物科技有限公司", "acquisition", "2026-01-16", "华晟制药"]],
    );
    const en = one("Halden Pharma said its acquisition of Mirova Bio closed on January 16, 2026.", "2026-01-20");
    assert.equal(en.date, "2026-01-16");
  });

  it("does not read an IIT whose protocol is still being prepared as news", () => {
    const events = extract("下一步，我院风湿免疫科计划与某某生物合作，开展QY-V301治疗难治性视神经脊髓炎谱系疾病的IIT，相关方案目前正在准备中。", "2025-11-05");
    assert.deepEqual(events, []);
  });

  it("reads tables without outer bars: acceptances by their date column, approvals and clearances by the heading above", () => {
    const text = [
      "表1：本周1类创新药临床试验申请受理情况",
      "受理号｜药品名称｜申请企业｜承办日期",
      "CXHL2600412｜ABC-1234片｜江苏某某医药股份有限公司｜2026-04-07",
      "",
      "表2：本周获得临床试验默示许可的1类创新药",
      "受理号｜药品名称｜申请企业｜拟定适应症",
      "CXSL2600102｜注射用DXC-1022｜成都某某生物科技有限公司｜晚期实体瘤",
      "",
      "表3：本周NMPA批准上市的1类创新药",
      "药品名称｜上市许可持有人｜适应症｜批准日期",
      "某瑞替尼片（ZL-2208，商品名：某安宁）｜苏州某某药业有限公司｜ALK阳性非小细胞肺癌｜2026-04-08",
    ].join("\n");
    assert.deepEqual(
      extract(text, "2026-04-12").map((e) => [e.asset, e.type, e.company, e.date, e.indication]),
      [
        ["ABC-1234", "ind_accepted", "江苏某某医药股份有限公司", "2026-04-07", null],
        ["DXC-1022", "ind_approved", "成都某某生物科技有限公司", "2026-04-12", "晚期实体瘤"],
        ["ZL-2208", "approval", "苏州某某药业有限公司", "2026-04-08", "ALK阳性非小细胞肺癌"],
      ],
    );
  });

  it("reads a terse newsletter bullet: its headline dated by the item's details, a bare 'FDA cleared X', and 'for <disease>'", () => {
    const text = [
      "* BTD (granted) -- Suzhou Fenlan Therapeutics' FL-4172, a CLDN18.2 x CD3 T-cell engager, for 3L+ CLDN18.2-positive gastric adenocarcinoma. Public notice closed 27 Feb; CDE moved it onto the included list on Tue 3 Mar.",
      "* IND (FDA) -- Shanghai Birchwood Biosciences says FDA cleared BW-118, its CD19-directed in vivo CAR-T, for refractory systemic lupus erythematosus. Clearance letter dated Mon 2 Mar.",
      "* NDA + PR -- Xiamen Coralline Pharma's CP-2201 (oral KRAS G12D inhibitor): NDA accepted by CDE on Fri 6 Mar for KRAS G12D-mutant pancreatic ductal adenocarcinoma after >=1 prior systemic line. Same day it showed up on CDE's priority-review public notice.",
    ].join("\n");
    assert.deepEqual(
      extract(text, "2026-03-09").map((e) => [e.asset, e.type, e.status, e.agency, e.date, e.indication]),
      [
        ["FL-4172", "btd", "granted", "NMPA", "2026-03-03", "3L+ CLDN18.2-positive gastric adenocarcinoma"],
        ["BW-118", "ind_approved", null, "FDA", "2026-03-02", "refractory systemic lupus erythematosus"],
        ["CP-2201", "nda_accepted", null, "NMPA", "2026-03-06", "KRAS G12D-mutant pancreatic ductal adenocarcinoma after >=1 prior systemic line"],
        ["CP-2201", "priority_review", "proposed", "NMPA", "2026-03-06", "KRAS G12D-mutant pancreatic ductal adenocarcinoma after >=1 prior systemic line"],
      ],
    );
  });

  it("does not take a headline's Title Case 'for …' for the indication the text then gives in full", () => {
    const events = extract("Qilu Approves? No: Hengli's HL-301 Approved in China for First-Line Squamous Non-Small Cell Lung Cancer\nThe NMPA approved HL-301 for the treatment of locally advanced or metastatic squamous non-small cell lung cancer.", "2026-04-08");
    assert.deepEqual(events.map((e) => e.indication), ["locally advanced or metastatic squamous non-small cell lung cancer"]);
  });

  it("reads a study told by its apposition (ORION-3, the Ph3 of X), a first 'pt' dosed, and data 'published in' a journal, not a company", () => {
    const events = extract(
      "* Wuhan Orrel Bio -- first pt dosed 3 Mar in ORION-3, the Ph3 of OR-1207 (oral GLP-1R agonist) in adults with obesity.\n* Tianjin Mavera Biologics -- MV-55 (PD-1 x LAG-3 BsAb): Ph2 in PD-1-refractory acral melanoma published in Nature Medicine on 4 Mar.",
      "2026-03-09",
    );
    assert.deepEqual(
      events.map((e) => [e.asset, e.type, e.company, e.date, e.indication]),
      [
        ["OR-1207", "trial_start", "Wuhan Orrel Bio", "2026-03-03", "obesity"],
        ["MV-55", "data_readout", "Tianjin Mavera Biologics", "2026-03-04", "PD-1-refractory acral melanoma"],
      ],
    );
  });

  it("reads a deal's terms in the clauses after its sentence's semicolon, and a 'cash upfront'", () => {
    const e = one("* Hangzhou Verdant Bio -> LEO Pharma: ex-Greater China rights to VB-301, a TSLP x IL-13 BsAb. $65M cash upfront; up to $1.06B total incl. milestones; tiered royalties.", "2026-03-09");
    assert.equal(e.upfront_usd, 65_000_000);
    assert.equal(e.total_usd, 1_060_000_000);
  });

  it("gives a drug the designations a following sentence says the regulator granted ('The agency granted …')", () => {
    const events = extract("Shenzhen Lumo Gene has picked up FDA designations for LM-GT03, its AAV9 gene therapy for CLN2 disease. The agency granted Orphan Drug Designation on July 2 and Fast Track designation on July 21, the company said.", "2026-07-24");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["LM-GT03", "orphan_drug", "2026-07-02"], ["LM-GT03", "fast_track", "2026-07-21"]]);
  });

  it("knows a drug's code and INN given in prose (研发代号为…, INN为…) as the same drug, and a study named after 研究 as none", () => {
    const events = extract("4月20日，《柳叶刀》在线发表了托韦司兰注射液治疗原发性高血压的II期临床研究结果。托韦司兰由苏州某某生物医药有限公司自主研发，研发代号为ZX-1102，国际非专利药品名称（INN）为tovelisiran。tovelisiran的III期临床研究ZEST-3已于今年2月完成首例受试者给药。", "2026-04-22");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["ZX-1102", "data_readout", "2026-04-20"], ["ZX-1102", "trial_start", "2026-02"]]);
    assert.deepEqual(new Set(events[0]!.asset_aliases), new Set(["托韦司兰注射液", "托韦司兰", "tovelisiran"]));
  });

  it("reads the acceptance a rejection notice recalls (该上市许可申请于…受理), and 今年初 as this year", () => {
    const events = extract("公司近日收到国家药品监督管理局关于MX-1506片的审批意见通知件，决定对该药品的上市许可申请不予批准。\n该上市许可申请于2025年3月获国家药品监督管理局受理。", "2026-03-20");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["MX-1506", "nda_accepted", "2025-03"]]);
    const start = one("CG-3010一线对比含铂化疗的III期研究，今年初已经完成首例患者给药。", "2026-11-03");
    assert.equal(start.date, "2026");
  });

  it("splits two indications a drug's news counts (两项临床试验申请) into two events, for its acceptance too, and drops a comparator from the indication", () => {
    const text = "公司自主研发的KX-2316注射液的两项临床试验申请均获得默示许可。\n审查结论：2026年3月受理的KX-2316注射液临床试验申请符合药品注册的有关要求，同意本品开展用于中重度哮喘和慢性阻塞性肺疾病的临床试验。";
    assert.deepEqual(
      extract(text, "2026-05-19").map((e) => [e.type, e.indication]).sort(),
      [["ind_accepted", "中重度哮喘"], ["ind_accepted", "慢性阻塞性肺疾病"], ["ind_approved", "中重度哮喘"], ["ind_approved", "慢性阻塞性肺疾病"]],
    );
    const e = one("HX-20094注射液是一款多肽。同意本品开展以司美格鲁肽为阳性对照、治疗2型糖尿病的III期临床试验。", "2025-08-06");
    assert.deepEqual([e.asset, e.indication], ["HX-20094", "2型糖尿病"]);
  });

  it("gives a listed BTD member its notice however it is worded (同样在列, 拟纳入：一是…；二是…) and the indication the next sentence gives", () => {
    const events = extract(
      "6月29日，CDE公示了新一批拟纳入突破性治疗药物程序的品种，共涉及3款药物。其中最受关注的是某某生物的XB-363。这款双特异性抗体此次拟纳入的适应症为黏膜黑色素瘤。合肥某某生物医药有限公司的MR-723注射液同样在列。武汉某某药业有限公司的QM-0415胶囊一次有两项适应症拟纳入：一是胰腺导管腺癌；二是非小细胞肺癌。",
      "2026-06-30",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.status, e.indication]), [
      ["XB-363", "proposed", "黏膜黑色素瘤"],
      ["MR-723", "proposed", null],
      ["QM-0415", "proposed", "胰腺导管腺癌"],
      ["QM-0415", "proposed", "非小细胞肺癌"],
    ]);
  });

  it("points 它 and an interviewee's 我们 back to the drug just named, and 该药 to a drug a sentence introduces (是…的X)", () => {
    const events = extract(
      "LF-2400并不缺通行证。今年3月，它还拿到了美国FDA授予的快速通道资格。双抗ADC的标杆案例，是百利天恒的BL-B01D1。2023年12月，百利天恒与百时美施贵宝就该药达成全球战略合作，首付款8亿美元。",
      "2026-09-21",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["LF-2400", "fast_track"], ["BL-B01D1", "deal"]]);
    const e = one("林澍：CG-3010是去年10月获批的。审评阶段我们被纳入了优先审评，这让上市时间提前了大半年。", "2026-11-03");
    assert.deepEqual([e.asset, e.type], ["CG-3010", "priority_review"]);
  });

  it("reads an FDA IND clearance worded 获得…的新药临床试验（IND）批准", () => {
    const e = one("2025年11月，KX-2316获得美国食品药品监督管理局（FDA）的新药临床试验（IND）批准，用于中重度哮喘的临床研究。", "2026-05-19");
    assert.deepEqual([e.type, e.agency, e.date], ["ind_approved", "FDA", "2025-11"]);
  });

  it("reads a table of deals: each row a licence or an acquisition, with its parties and its 首付款 and 总金额 cells", () => {
    const text = [
      "表：10月主要对外授权/并购交易",
      "日期｜中方企业｜交易对方｜标的｜交易类型｜首付款｜总金额",
      "10月10日｜杭州某海医药科技有限公司｜礼来｜LX-5501（口服小分子GLP-1受体激动剂）｜全球权益授权｜1.2亿美元｜最高14.2亿美元",
      "10月27日｜上海某舟生物科技有限公司｜默沙东｜公司100%股权｜收购｜5.5亿美元｜最高11.5亿美元",
    ].join("\n");
    assert.deepEqual(
      extract(text, "2026-11-05").map((e) => [e.asset, e.type, e.company, e.counterparty, e.date, e.upfront_usd, e.total_usd]),
      [
        ["LX-5501", "deal", "杭州某海医药科技有限公司", "礼来", "2026-10-10", 120_000_000, 1_420_000_000],
        ["上海某舟生物科技有限公司", "acquisition", "上海某舟生物科技有限公司", "默沙东", "2026-10-27", 550_000_000, 1_150_000_000],
      ],
    );
  });

  it("tells a designation named with its abbreviation once, with the indication said right after it", () => {
    const events = extract("XT041 has previously received PRIME eligibility from the EMA for advanced gastric cancer in 2021, and Regenerative Medicine Advanced Therapy (RMAT) designation from the FDA in January 2022 for Claudin18.2-positive advanced gastric/GEJ adenocarcinoma.", "2025-01-10");
    const rmat = events.filter((e) => e.type === "rmat");
    assert.deepEqual(rmat.map((e) => [e.date, e.indication]), [["2022-01", "Claudin18.2-positive advanced gastric/GEJ adenocarcinoma"]]);
  });

  it("knows the short names a bracket defines (以下简称“公司”或“维康瑞”, （Menarini Group，以下简称“美纳里尼”）) and never makes the partner a filer signs with the owner", () => {
    const text = "关于与美纳里尼集团签订VK-1206独家许可协议的公告\n2026年6月22日，南京维康某生物医药股份有限公司（以下简称“公司”或“维康某”）与意大利美纳里尼集团（Menarini Group，以下简称“美纳里尼”）签署《独家许可协议》，公司将自主研发的siRNA药物VK-1206在欧洲的独家开发和商业化权益授予美纳里尼。\n2025年8月，VK-1206获得国家药品监督管理局核准签发的《药物临床试验批准通知书》。";
    const events = extract(text, "2026-06-23");
    assert.deepEqual(events.map((e) => [e.type, e.company, e.counterparty]), [
      ["deal", "南京维康某生物医药股份有限公司", "美纳里尼"],
      ["ind_approved", "南京维康某生物医药股份有限公司", null],
    ]);
  });

  it("takes the company granted rights ('Arbora granted Kissei exclusive rights to X') for the licensee, and dates an event by a date that holds a comma", () => {
    const events = extract(
      "Arbora Bio Announces First Patient Dosed in Phase 3 Trial of ARX-627\nSUZHOU, China, Jan. 14, 2026 -- Arbora Bio today announced that the first patient was dosed on January 9, 2026 in a Phase 3 trial of ARX-627 in generalized myasthenia gravis. In 2023, Arbora granted Kissei Pharmaceutical exclusive rights to develop ARX-627 in Japan, with a $20 million upfront payment. The FDA cleared the IND for ARX-627 in March 2024.",
      "2026-01-14",
    );
    assert.deepEqual(events.map((e) => [e.type, e.company, e.date]), [
      ["trial_start", "Arbora Bio", "2026-01-09"],
      ["deal", "Arbora Bio", "2023"],
      ["ind_approved", "Arbora Bio", "2024-03"],
    ]);
  });

  it("reads a target family shorthand (FGFR2/3, CDK4/6) as each member, and the gene a gene therapy delivers (OTOF) as its target", () => {
    assert.deepEqual(one("Arbora's ARX-103, a selective FGFR2/3 inhibitor, was approved by the NMPA in June 2025.", "2025-07-01").targets, ["FGFR2", "FGFR3"]);
    assert.deepEqual(one("某某医药的CDK4/6抑制剂XX-2101片获批临床。", "2025-07-01").targets, ["CDK4", "CDK6"]);
    assert.deepEqual(one("上海某某基因的OTOF基因治疗产品SG-102获FDA授予孤儿药资格。", "2025-07-01").targets, ["OTOF"]);
    // (Bietti crystalline dystrophy's CYP4V2; autotaxin, ENPP2, by its Chinese name)
    assert.deepEqual(one("XYZ-3712获FDA授予孤儿药资格，用于治疗结晶样视网膜变性。XYZ-3712是一款携带CYP4V2基因的AAV基因治疗产品。", "2025-07-01").targets, ["CYP4V2"]);
    assert.deepEqual(one("XYZ-3711片获国家药监局临床试验默示许可。XYZ-3711为口服小分子自分泌运动因子抑制剂。", "2025-07-01").targets, ["ENPP2"]);
  });

  it("reads a table laid out with tabs, each row under the heading that announces it", () => {
    const text = "本周临床试验默示许可一览\n\n序号\t受理号\t药品名称\t企业名称\t适应症\n1\tCXSL2600512\t注射用QX-2317\t青岛某某生物医药有限公司\t晚期实体瘤\n2\tCXHL2601207\tRX-0145片\t重庆某某药业有限公司\t特发性肺纤维化";
    assert.deepEqual(extract(text, "2026-11-09").map((e) => [e.asset, e.type, e.company, e.indication]), [
      ["QX-2317", "ind_approved", "青岛某某生物医药有限公司", "晚期实体瘤"],
      ["RX-0145", "ind_approved", "重庆某某药业有限公司", "特发性肺纤维化"],
    ]);
  });

  it("gives each block of a CDE list notice (以下药品…拟纳入优先审评…，现予以公示) a proposed event with its 拟定适应症", () => {
    const text = "拟优先审评品种公示\n根据《药品上市许可优先审评审批工作程序（试行）》的有关规定，经审核，以下药品注册申请拟纳入优先审评审批程序，现予以公示。\n\n序号：1\n受理号：CXSS2600051\n药品名称：注射用HX-0817\n申请人：珠海某某生物医药有限公司\n拟定适应症（或功能主治）：用于CLDN18.2阳性胃癌\n理由及依据：符合附条件批准的药品\n\n序号：2\n受理号：CXSS2600063\n药品名称：重组带状疱疹疫苗（CHO细胞）\n申请人：长春某某生物制品有限公司\n拟定适应症（或功能主治）：用于40岁及以上成人预防带状疱疹";
    assert.deepEqual(extract(text, "2026-05-20").map((e) => [e.asset, e.type, e.status, e.indication]), [
      ["HX-0817", "priority_review", "proposed", "CLDN18.2阳性胃癌"],
      ["重组带状疱疹疫苗(CHO细胞)", "priority_review", "proposed", "40岁及以上成人预防带状疱疹"],
    ]);
  });

  it("reads an NMPA decision list: 审批结论 decides approval, conditional approval or refusal, 签发日期 dates it, a remark gives the indication", () => {
    const text = "药品批准证明文件送达信息发布\n\n1.\n受理号：CXSS2500088国\n药品名称：注射用赛某妥昔单抗\n申请人：浙江某某生物制药有限公司\n审批结论：批准上市（附条件批准）\n签发日期：2026年03月06日\n备注：用于复发或难治性弥漫大B细胞淋巴瘤成人患者。\n\n2.\n受理号：CXHS2500066国\n药品名称：维某沙星片\n申请人：湖南某某药业有限公司\n审批结论：不批准\n签发日期：2026年03月04日";
    assert.deepEqual(extract(text, "2026-03-09").map((e) => [e.asset, e.type, e.date, e.indication]), [["赛某妥昔单抗", "conditional_approval", "2026-03-06", "复发或难治性弥漫大B细胞淋巴瘤成人患者"]]);
  });

  it("reads a review's assets: a code named after its target (YX-G5D), the company it comes 'from', an IND 'approved by the NMPA' and a deal told after the drug by its owner's short name", () => {
    const events = extract(
      "The most advanced asset is YX-G5D, an autologous CAR-T from Yuanxing Cell Technology. The CDE granted the product Breakthrough Therapy Designation in November 2025.\nKanghui Biopharma's KH-5D2 is a GPRC5D x CD3 bispecific antibody. Its IND was approved by the NMPA in July 2025, and the FDA cleared a US IND in January 2026.\nAnlan Biotherapeutics' AL-753 binds GPRC5D, BCMA and CD3. In December 2025 Anlan granted Bexley Therapeutics exclusive global rights for $70 million upfront.",
      "2026-05-15",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.company, e.date]), [
      ["YX-G5D", "btd", "NMPA", "Yuanxing Cell Technology", "2025-11"],
      ["KH-5D2", "ind_approved", "NMPA", "Kanghui Biopharma", "2025-07"],
      ["KH-5D2", "ind_approved", "FDA", "Kanghui Biopharma", "2026-01"],
      ["AL-753", "deal", null, "Anlan Biotherapeutics", "2025-12"],
    ]);
  });

  it("reads a filing's defined term ('LT-3102 (the \"Product\")') as the drug, and the upfront payment told under CONSIDERATION", () => {
    const text = 'On 13 October 2026, the Company entered into an exclusive licence agreement with Corvane Therapeutics, Inc. in relation to LX-3102 (the "Product").\nCONSIDERATION\nThe Licensee shall pay to the Company a non-refundable upfront payment of US$85 million.\nIn March 2026, the FDA granted Orphan Drug Designation to the Product for the treatment of small cell lung cancer.';
    assert.deepEqual(extract(text, "2026-10-14").map((e) => [e.asset, e.type, e.date, e.upfront_usd]), [
      ["LX-3102", "deal", "2026-10-13", 85_000_000],
      ["LX-3102", "orphan_drug", "2026-03", null],
    ]);
  });

  it("reads a correction notice: what it withdraws (更正前) is no news, what it states (更正后) is, on the date it labels", () => {
    const text = "更正前：\n“公司于近日收到关于FX-3308注射液的《药物临床试验批准通知书》，批准日期为2026年6月12日，同意本品开展用于晚期实体瘤的临床试验。”\n更正后：\n“公司于近日收到关于FX-3308注射液的《药物临床试验批准通知书》，批准日期为2026年6月10日，同意本品开展用于HER2低表达乳腺癌的临床试验。”";
    assert.deepEqual(extract(text, "2026-06-16").map((e) => [e.type, e.date, e.indication]), [["ind_approved", "2026-06-10", "HER2低表达乳腺癌"]]);
  });

  it("reads machine-translated clinical-trial news: 'obtained the approval of clinical trial', 'the clinical trial application … accepted', 'proposed to include'", () => {
    const events = extract(
      "Recently, Jiangsu Jiamu Pharmaceutical Co., Ltd. issued announcement, the company independently developed JM-9012 tablets, on 3rd September of 2026 obtained the approval of clinical trial which the National Medical Products Administration approved issued. The clinical trial application of JM-9012 tablets was in June this year by the Center for Drug Evaluation accepted. Besides, the other product JM-1150 injection, its breakthrough therapy identification application was by CDE proposed to include in public notice list.",
      "2026-09-07",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.status, e.date]), [
      ["JM-9012", "ind_approved", null, "2026-09-03"],
      ["JM-9012", "ind_accepted", null, "2026-06"],
      ["JM-1150", "btd", "proposed", "2026-09-07"],
    ]);
  });

  it("does not report questions, hearsay, applications still under review, items of a list of plans or what follows an approval still to come", () => {
    assert.deepEqual(extract("投资者：听说KX-2203已经被CDE纳入突破性治疗了，是真的吗？\n公司：公司已就KX-2203向CDE提交突破性治疗药物程序申请，截至本回复日该申请尚在审核中。", "2026-05-15"), []);
    assert.deepEqual(extract("In 2026 the Group expects to (i) complete enrolment of the Phase 2 trial of HX-602; (ii) obtain marketing approval of HX-718 in China, subject to regulatory review; and (iii) submit a new drug application for HX-501.", "2026-03-27"), []);
    assert.deepEqual(extract("双方约定，HX-0315产品获批上市后，由康某制药负责主要的商业化推广。", "2026-10-29"), []);
    assert.deepEqual(extract("Wuxi Lanfeng said it had also applied for orphan drug designation for WX-2405 in the same indication.", "2026-10-09"), []);
  });

  it("does not report a characterisation of news just told (这是…首个…), companies in general (部分企业…) or what next year may bring (明年)", () => {
    const events = extract("昨日，广州瑞某生物科技有限公司宣布，其RX-2011获得美国FDA的临床试验许可。这是瑞某生物首个在海外获批临床的产品。不过，部分企业在发布消息时刻意淡化了临床数据的局限性。小编感觉明年会有一大波数据读出。", "2026-04-16");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency]), [["RX-2011", "ind_approved", "FDA"]]);
  });

  it("does not make the sentence describing a counted set's member a member of its own, with the set's date", () => {
    const events = extract("上周（3月3日至3月9日），药审中心共有27款1类新药的临床试验申请获得默示许可。\n上周四，某森制药的HX-20094注射液获得默示许可，拟用于肥胖成人患者。HX-20094是一款多肽类GLP-1/GIP双受体激动剂，每周给药一次。", "2025-03-10");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["HX-20094", "ind_approved", "2025-03-06"]]);
  });

  it("gives a licensed drug's events to the originator the text names ('discovered by X, where it is known as Y'), and reads 'designated as an orphan drug by the MHLW'", () => {
    const events = extract(
      "Kirizawa Pharmaceutical Co., Ltd. today announced that it has obtained approval from the Ministry of Health, Labour and Welfare for ANSORZA® Tablets (generic name: ansortinib) for EGFR exon 20 insertion-positive NSCLC. Ansortinib is an oral EGFR inhibitor discovered by Hangzhou Yunlin Pharmaceutical Co., Ltd. (\"Yunlin\"), where it is known as YL-0620. Ansortinib was designated as an orphan drug by the MHLW in March 2025.",
      "2026-09-24",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.company, e.date]), [
      ["YL-0620", "approval", "PMDA", "Hangzhou Yunlin Pharmaceutical Co., Ltd", "2026-09-24"],
      ["YL-0620", "orphan_drug", "PMDA", "Hangzhou Yunlin Pharmaceutical Co., Ltd", "2025-03"],
    ]);
  });

  it("reads trade-press wordings: a study 'presented Sunday at' a congress, 'won clearance from' the CDE, and the company that 'agreed to pay … for rights' as the licensee", () => {
    const events = extract(
      "Jingmo's bispecific cuts asthma flares\nA Shanghai biotech reported that JM-217 reduced exacerbations by 61% in a 312-patient phase 2 study presented Sunday at the ERS Congress. Jingmo Therapeutics' antibody hits both TSLP and IL-13. On Monday, Zurich-based Halvern Pharma AG agreed to pay $120 million upfront for rights to JM-217 outside Greater China. Chengdu-based Tianfu Kangrui Biopharma won clearance from China's Center for Drug Evaluation in March to run a phase 3 trial of TK-101.",
      "2026-09-29",
    );
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.company, e.counterparty]), [
      ["JM-217", "data_readout", "Jingmo Therapeutics", null],
      ["JM-217", "deal", "Jingmo Therapeutics", "Halvern Pharma"],
      ["TK-101", "ind_approved", "Tianfu Kangrui Biopharma", null],
    ]);
  });

  it("reads a NewCo deal: the NewCo that 'will take global rights' to the drug is the counterparty", () => {
    const e = one("The same day, Zhiyang Biopharma said it had teamed up with Redwater Ventures to launch Halcyon Bio, a Boston-based NewCo that will take global rights outside Greater China to ZG-3310. Zhiyang receives $30 million in cash upfront plus a 19.9% equity stake in Halcyon.", "2026-08-05");
    assert.deepEqual([e.asset, e.type, e.counterparty, e.upfront_usd], ["ZG-3310", "deal", "Halcyon Bio", 30_000_000]);
  });

  it("reads a table's 类别 column as each row's event, keeps a row whole whatever its cells hold, and a company name starting a cell with 和", () => {
    const text = [
      "| 类别 | 受理号 | 药品名称 | 申请企业 | 承办/批准日期 |",
      "|---|---|---|---|---|",
      "| 临床受理 | CXSL2500820；CXSL2500821 | 注射用HX-A27 | 和某生物制药（苏州）有限公司 | 2025-07-10 |",
      "| 批准上市 | CXSS2400091国 | 注射用泽某妥珠单抗（ZX-011） | 泽某生物医药股份有限公司 | 2025-07-09 |",
    ].join("\n");
    assert.deepEqual(extract(text, "2025-07-14").map((e) => [e.asset, e.type, e.company, e.date]), [
      ["HX-A27", "ind_accepted", "和某生物制药(苏州)有限公司", "2025-07-10"],
      ["ZX-011", "approval", "泽某生物医药股份有限公司", "2025-07-09"],
    ]);
  });

  it("gives a notice's listed member its event wherever in its sentence the notice wording stands (此次拟纳入的适应症为…)", () => {
    const events = extract("8月25日，CDE官网发布新一批拟纳入突破性治疗品种公示，共有2款药物在列。\n森某生物的注射用SX-2301是一款靶向CDH17的抗体偶联药物（ADC），此次拟纳入的适应症为晚期结直肠癌。\n奥某生物的OX-C211注射液属于体内CAR-T疗法，无需体外制备，此次适应症为难治性系统性红斑狼疮。", "2025-08-26");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.status, e.indication]), [
      ["SX-2301", "btd", "proposed", "晚期结直肠癌"],
      ["OX-C211", "btd", "proposed", "难治性系统性红斑狼疮"],
    ]);
  });

  it("reads an approval listing several drugs (批准了A（用于X）、B（用于Y）等2款…上市), each with the indication in its own bracket", () => {
    const events = extract("12月30日，国家药监局发布消息，批准了思某医药的注射用斯某沙妥珠单抗（用于治疗三阴性乳腺癌成人患者）、康某药业的KX-2208片（用于复发或难治性外周T细胞淋巴瘤）等2款1类创新药上市。", "2025-12-31");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.company, e.indication]), [
      ["斯某沙妥珠单抗", "approval", "思某医药", "三阴性乳腺癌成人"],
      ["KX-2208", "approval", "康某药业", "复发或难治性外周T细胞淋巴瘤"],
    ]);
  });

  it("reads a prospectus's milestones: 'the IND' pointing back to the drug, quarters and mid-years dated by their year, and 'National Medical Products Administration on Monday approved'", () => {
    const events = extract("Its lead asset, CX-201, is a humanized antibody against TL1A. According to the filing, China's NMPA cleared the IND in Q3 2024.\nChina's National Medical Products Administration on Monday approved Suzhou Ruiman Biotherapeutics' tenarsiran, a small interfering RNA.", "2025-11-05");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["CX-201", "ind_approved", "2024"], ["tenarsiran", "approval", "2025-11-03"]]);
  });

  it("reads a 药品注册证书 as the approval, and a transcript's month headings ('March. …', 'that BLA') as dates and pointers", () => {
    const cert = one("浙江某诺医药股份有限公司于2026年1月9日收到国家药品监督管理局核准签发的某诺替尼片（研发代号：HX-1023）《药品注册证书》。", "2026-01-10");
    assert.deepEqual([cert.asset, cert.type, cert.date], ["HX-1023", "approval", "2026-01-09"]);
    const events = extract("Marcus Webb: Let me walk you through 2025.\n\nMarch. China's NMPA accepted the biologics license application for LX-101, our PD-1/VEGF bispecific antibody, for first-line non-small cell lung cancer.\n\nApril. CDE granted that BLA priority review.", "2025-12-09");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["LX-101", "nda_accepted", "2025-03"], ["LX-101", "priority_review", "2025-04"]]);
  });

  it("reads 'the agency approved' a two-word ADC name (gelvatamab vedotin (ANX-188)) as one drug", () => {
    const e = one("A day later, the agency approved Hangzhou Anjin Biologics' gelvatamab vedotin (AX-188) for adults with gastric adenocarcinoma.", "2025-10-03");
    assert.deepEqual([e.asset, e.type, e.asset_aliases], ["AX-188", "approval", ["gelvatamab vedotin"]]);
  });

  it("groups a drug an executive says people 'still call' by its code, and reads 'May.' heading a line as the month, not the verb", () => {
    const events = extract("March. China's NMPA accepted the biologics license application for lumetamab — a lot of you still call it LX-101, which is fine — for first-line NSCLC.\n\nMay. The FDA granted Fast Track designation to LX-301 in platinum-resistant ovarian cancer.", "2025-12-09");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["LX-101", "nda_accepted", "2025-03"], ["LX-301", "fast_track", "2025-05"]]);
  });

  it("reads an option deal ('granted X an option to license HY-17') with the option holder as counterparty", () => {
    const e = one("• Haoyang Bio granted Tellurion Radiopharma an option to license HX-17, its DLL3-targeting radioligand for small cell lung cancer. Terms were not disclosed.", "2025-11-28");
    assert.deepEqual([e.asset, e.type, e.company, e.counterparty], ["HX-17", "deal", "Haoyang Bio", "Tellurion Radiopharma"]);
  });

  it("reads an EU orphan designation as the EMA's and 'the U.S. FDA's Regenerative Medicine Advanced Therapy designation' as no company", () => {
    const events = extract("RX-301 already holds EU orphan designation for Bietti crystalline dystrophy, granted in 2024, as well as the U.S. FDA's Regenerative Medicine Advanced Therapy (RMAT) designation.", "2025-09-12");
    assert.deepEqual(events.map((e) => [e.type, e.agency]), [["orphan_drug", "EMA"], ["rmat", "FDA"]]);
  });

  it("reads a failed trial's readout (未达到主要终点, failed to meet its primary endpoint) as news", () => {
    const zh = one("8月6日，云某生物宣布，其YX-0290联合化疗一线治疗晚期鳞状非小细胞肺癌的III期临床研究未达到总生存期主要终点。", "2025-08-08");
    assert.deepEqual([zh.asset, zh.type, zh.date], ["YX-0290", "data_readout", "2025-08-06"]);
    const en = one("On August 6, Yunxiu Bio said the phase 3 trial of YX-0290 failed to meet its primary endpoint of overall survival.", "2025-08-08");
    assert.deepEqual([en.asset, en.type], ["YX-0290", "data_readout"]);
  });

  it("reads a formula named right after its maker (某某药业X颗粒获批上市) and 'the same program' pointing back to the drug", () => {
    const tcm = one("【获批上市】\n2. 辉某药业丹芪安神颗粒获批上市，为中药1.1类创新药，用于失眠（心脾两虚证）。", "2025-03-03");
    assert.deepEqual([tcm.asset, tcm.type], ["丹芪安神", "approval"]);
    const events = extract("The U.S. FDA has cleared our IND for NX-711.\nIn January, China's NMPA cleared our first IND for the same program.", "2025-04-02");
    assert.deepEqual(events.map((e) => [e.asset, e.agency, e.date]), [["NX-711", "FDA", "2025-04-02"], ["NX-711", "NMPA", "2025-01"]]);
  });

  it("dates a priority review an approval went through (通过优先审评审批程序…批准) by its own sentence, not by the approval", () => {
    const events = extract("3月2日，国家药监局通过优先审评审批程序附条件批准某某生物申报的1类创新药注射用泽达妥单抗（研发代号：ZD-2201）上市，用于治疗复发性小细胞肺癌。\n2025年5月，其上市申请获CDE受理，并于同月被纳入优先审评审批程序。", "2026-03-04");
    const pr = events.filter((e) => e.type === "priority_review");
    assert.deepEqual(pr.map((e) => [e.asset, e.date]), [["ZD-2201", "2025-05"]]);
    assert.ok(events.some((e) => e.type === "conditional_approval" && e.date === "2026-03-02"));
  });

  it("reads the terms of an approval (根据附条件批准的要求) as no new approval", () => {
    const events = extract("国家药监局附条件批准某某生物的ZD-2201上市。\n根据附条件批准的要求，某某生物需在上市后继续完成确证性研究，该研究已于2025年完成入组。", "2026-03-04");
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["conditional_approval", "2026-03-04"]]);
  });

  it("gives results pointed back to (上述结果已发表) to the drug whose study was described, some sentences back", () => {
    const events = extract("泽达妥单抗是一款靶向DLL3的双特异性抗体，与同类药物相比半衰期更长。\n本次获批基于一项II期研究。\n在98例患者中，ORR为41.2%。\n中位DoR为7.9个月。\n上述结果已于去年10月发表在《临床肿瘤学杂志》上。", "2026-03-04");
    const readout = events.find((e) => e.type === "data_readout");
    assert.deepEqual([readout?.asset, readout?.date], ["泽达妥单抗", "2025-10"]);
  });

  it("does not take a conjunction into a Chinese generic name (但泽达妥单抗 is 泽达妥单抗)", () => {
    const events = extract("泽达妥单抗获国家药监局批准上市。它与另一款双抗同属一类，但泽达妥单抗的半衰期更长，数据已于3月公布。", "2026-03-04");
    assert.ok(events.every((e) => e.asset === "泽达妥单抗"), JSON.stringify(events.map((e) => e.asset)));
  });

  it("keeps its attention on the drug, not on one named as an example of its class (对克唑替尼等一代药物耐药后)", () => {
    const events = extract("FDA已批准某某医药的芮洛替尼胶囊（研发代号：RL-301）上市。\n芮洛替尼是一款ROS1抑制剂，对克唑替尼等一代药物耐药后仍保持活性。\n此次获批基于关键性II期研究的结果。\n该研究共入组150例患者，ORR为85.1%。\n上述数据曾于2025年9月的世界肺癌大会上发布。", "2026-06-14");
    const readout = events.find((e) => e.type === "data_readout");
    assert.deepEqual([readout?.asset, readout?.date], ["RL-301", "2025-09"]);
  });

  it("reads each row of a breakthrough notice's table as a proposal dated by the notice, one per indication", () => {
    const events = extract("12月3日，CDE发布最新一批突破性治疗公示，共有2款药物的3项适应症拟被纳入突破性治疗品种。本批涉及ADC、小分子、CAR-T和单抗等多种类型，其中ZX-7001一次拿下两项适应症。具体如下：\n\n| 受理号 | 药品名称 | 申请人 | 拟定适应症 |\n| --- | --- | --- | --- |\n| CXSL2600101 | 注射用ZX-7001 | 甲生物科技有限公司 | 铂耐药卵巢癌 |\n| CXSL2600101 | 注射用ZX-7001 | 甲生物科技有限公司 | 复发性骨肉瘤 |\n| CXHL2600202 | ZX-8002片 | 乙医药有限公司 | 胰腺导管腺癌 |\n\n注射用ZX-7001是一款靶向B7-H3的ADC。", "2026-12-04");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.status, e.date, e.indication]), [
      ["ZX-7001", "btd", "proposed", "2026-12-03", "铂耐药卵巢癌"],
      ["ZX-7001", "btd", "proposed", "2026-12-03", "复发性骨肉瘤"],
      ["ZX-8002", "btd", "proposed", "2026-12-03", "胰腺导管腺癌"],
    ]);
    // (the sentence listing kinds of drugs describes none of them)
    assert.equal(events[0]!.modality, "adc");
  });

  it("reads a drug included once its notice period is over (公示期满，正式被纳入) as granted, and 既往已获得 as undated history", () => {
    const events = extract("此外，在11月11日公示的上一批名单中，甲医药的ZX-9003胶囊已于11月19日公示期满，正式被纳入突破性治疗品种。\nZX-9003是一款FGFR3抑制剂，既往已获得FDA孤儿药资格认定。", "2026-11-26");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.status, e.date]), [
      ["ZX-9003", "btd", "granted", "2026-11-19"],
      ["ZX-9003", "orphan_drug", "granted", null],
    ]);
  });

  it("lets a drug named with its dosage-form wrapper open a sentence (注射用X是…), so the next sentence's 其 points to it", () => {
    const events = extract("| 受理号 | 药品名称 | 拟定适应症 |\n| --- | --- | --- |\n| CXSL2600101 | 注射用ZX-7001 | 卵巢癌 |\n| CXSL2600102 | ZX-7002注射液 | 冷凝集素病 |\n\n品种点评：\n注射用ZX-7001是一款靶向CDH6的ADC。其I期研究数据已于2026年10月的ESMO大会上公布。", "2026-12-04");
    assert.deepEqual(events.filter((e) => e.type === "data_readout").map((e) => [e.asset, e.date]), [["ZX-7001", "2026-10"]]);
  });

  it("reads results told by their numbers in English (showed an objective response rate of…, produced responses in all…) as readouts", () => {
    const a = one("Beijing Zhanlu Biopharma's ZL-1101, a CD20xCD3 bispecific antibody, showed an objective response rate of 70.2% in 40 patients with relapsed or refractory DLBCL.", "2026-11-25");
    assert.deepEqual([a.asset, a.type], ["ZL-1101", "data_readout"]);
    const b = one("Zhanlu's ZL-2202, an autologous CAR-T, produced responses in all 28 evaluable patients with relapsed multiple myeloma in a Phase 1 study.", "2026-11-25");
    assert.deepEqual([b.asset, b.type, b.phase], ["ZL-2202", "data_readout", "1"]);
  });

  it("gives 'for this indication' the indication told of the drug before", () => {
    const events = extract("Zhanlu's ZL-1101 showed an objective response rate of 70.2% in patients with relapsed or refractory follicular lymphoma. ZL-1101 was granted breakthrough therapy designation by China's NMPA for this indication in February 2026.", "2026-11-25");
    const btd = events.find((e) => e.type === "btd");
    assert.equal(btd?.indication, "relapsed or refractory follicular lymphoma");
  });

  it("reads a code of letters, a word and a digit (JY-NEO1), and 'The data come from an IIT…' as that drug's IIT", () => {
    const events = extract("Shanghai Jingyu Biotech reported the updated data of JY-NEO1, a personalized mRNA cancer vaccine, as adjuvant therapy for hepatocellular carcinoma. The data come from an investigator-initiated trial (IIT) which was started at a Shanghai hospital in 2025.", "2026-11-26");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["JY-NEO1", "data_readout", "2026-11-26"], ["JY-NEO1", "iit", "2025"]]);
  });

  it("reads the indication of a machine-translated clearance ('implied approval for clinical trial … for the adjuvant treatment of X, and become…')", () => {
    const e = one("Jingyu also disclosed that JY-NEO1 has obtained the implied approval for clinical trial from China's NMPA last month, for the adjuvant treatment of hepatocellular carcinoma, and become one of the first such vaccines in China.", "2026-11-26");
    assert.deepEqual([e.type, e.agency, e.date, e.indication], ["ind_approved", "NMPA", "2026-10", "hepatocellular carcinoma"]);
  });

  it("does not take a target the disease resists (overcome PD-1 resistance) or a combination partner's (combine with) as the drug's", () => {
    const e = one("Lianhe Pharma: anti-ILT4 antibody LH-1207 overcome PD-1 resistance. In 38 patients, LH-1207 combine with a PD-1 antibody achieved objective response rate of 23.7%.", "2026-11-26");
    assert.deepEqual([e.asset, e.targets], ["LH-1207", ["LILRB2"]]);
  });

  it("reads 'among 42 patients with X' as the readout's indication, and the drug a cohort combines another with as the drug", () => {
    const events = extract("On Sunday, investigators reported a 31% response rate among 42 patients with acral melanoma, from the Phase 1 part of the study of NQ-0310. In a separate poster the same day, the Phase 2 cohort combining NQ-0310 with lenvatinib in first-line hepatocellular carcinoma showed a 38% response rate.", "2025-06-03");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.indication]), [
      ["NQ-0310", "data_readout", "acral melanoma"],
      ["NQ-0310", "data_readout", "first-line hepatocellular carcinoma"],
    ]);
  });

  it("reads 'Neither company disclosed data' as no readout", () => {
    assert.deepEqual(extract("Neither company disclosed human data for HQ-9821, which has been tested only in early studies.", "2025-07-28"), []);
  });

  it("reads an approval whose drug carries a bracket with commas (注射用X（商品名：Y，研发代号：Z）上市), and its maker's name glued before a generic name", () => {
    const events = extract("澄明生物芙泽妥单抗获批上市\n11月26日，国家药监局通过优先审评审批程序批准澄明生物申报的1类创新药注射用芙泽妥单抗（商品名：芙安宁®，研发代号：CM-0712）上市，用于治疗尿路上皮癌。\n回顾芙泽妥单抗的研发历程：2025年12月，CM-0712上市申请获国家药监局受理。", "2026-11-27");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [
      ["CM-0712", "approval", "2026-11-26"],
      ["CM-0712", "priority_review", null],
      ["CM-0712", "nda_accepted", "2025-12"],
    ]);
  });

  it("dates results presented at a congress by the congress's year when nothing dates them better (在2025年ASCO年会上公布)", () => {
    const events = extract("CM-0712获批上市。本次获批基于一项II期研究。研究结果已在2025年ASCO年会上以口头报告形式公布。", "2026-11-27");
    assert.deepEqual(events.filter((e) => e.type === "data_readout").map((e) => [e.asset, e.date]), [["CM-0712", "2025"]]);
  });

  it("reads a member named in its set's own sentence (…公示名单，X赫然在列), and lets a member's own date beat the set's", () => {
    const a = extract("本周一，CDE官网更新了新一批拟纳入突破性治疗品种公示名单，启明生物自主研发的注射用QM-A207赫然在列，拟定适应症为尿路上皮癌。", "2025-09-19");
    assert.deepEqual(a.map((e) => [e.asset, e.type, e.status, e.date]), [["QM-A207", "btd", "proposed", "2025-09-15"]]);
    const b = extract("上周（6月1日-6月7日），共有1款1类新药获批上市。\n1. 众和医药泽来替尼片获批上市\n6月3日，国家药监局批准众和医药申报的1类创新药泽来替尼片（研发代号：ZH-1101）上市。", "2026-06-08");
    assert.deepEqual(b.map((e) => [e.asset, e.type, e.date]), [["ZH-1101", "approval", "2026-06-03"]]);
  });

  it("joins a brand, its INN and its code given as 'BRAND® (inn, R&D code: CODE)', and reads 'As presented at the 2026 ASCO…' as a readout of that year", () => {
    const events = extract("Everbright Bio today announced that the NMPA approved LUMIRA® (lumiratinib, R&D code: EVB-1301) on November 20, 2026 for the treatment of EGFR C797S-mutant non-small cell lung cancer. As presented at the 2026 American Society of Clinical Oncology (ASCO) Annual Meeting, the confirmed objective response rate was 55.1% and the response rate in patients with measurable brain metastases was 61.5%.", "2026-11-23");
    assert.deepEqual(events.map((e) => [e.asset, e.asset_aliases, e.type, e.date]), [
      ["EVB-1301", ["LUMIRA", "lumiratinib"], "approval", "2026-11-20"],
      ["EVB-1301", ["LUMIRA", "lumiratinib"], "data_readout", "2026"],
    ]);
    assert.notEqual(events[1]!.indication, "measurable brain metastases");
  });

  it("reads a long HKEX sentence and its capitalised headline ('BLA FOR X (CODE) ACCEPTED BY THE NMPA') as the acceptance", () => {
    const events = extract("BIOLOGICS LICENSE APPLICATION FOR RINOLIMAB (HYB-0308) ACCEPTED BY THE NMPA\nThe Board is pleased to announce that the Biologics License Application (the \"BLA\") for rinolimab (R&D code: HYB-0308), a humanized monoclonal antibody against interleukin-31 (IL-31) independently developed by the Group, for the treatment of adult patients with moderate-to-severe prurigo nodularis who are candidates for systemic therapy, has been accepted by the National Medical Products Administration (the \"NMPA\") on 24 November 2026.", "2026-11-26");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date]), [["HYB-0308", "nda_accepted", "NMPA", "2026-11-24"]]);
  });

  it("does not make the company a drug is licensed to its owner, though a later sentence names it with the drug", () => {
    const events = extract("Heyang Biologics Holdings Limited announced that rinolimab (HYB-0308) was granted Breakthrough Therapy Designation by the NMPA in September 2025. In December 2024, the Group entered into an exclusive license agreement with Nordvik Pharma AG, pursuant to which the Group granted Nordvik the exclusive rights to develop and commercialise rinolimab outside Greater China. Nordvik is currently conducting a global Phase III study of rinolimab.", "2026-11-26");
    const btd = events.find((e) => e.type === "btd");
    assert.equal(btd?.company, "Heyang Biologics Holdings Limited");
  });

  it("splits an acronym glued to a word (ADCdeveloper) and a name glued to its kind (NovalinkBio) in machine-translated English", () => {
    const events = extract("Hengfeng Pharma to Buy ADCdeveloper Novaris Bio for Up to CNY3.6 Billion\nNovarisBio was founded in 2020. Its lead asset NVB-201 obtained the implied clinical trial approval from the NMPA in May 2026.", "2026-11-27");
    assert.deepEqual(events.map((e) => [e.type, e.asset]), [["acquisition", "Novaris Bio"], ["ind_approved", "NVB-201"]]);
    assert.equal(events[1]!.company, "NovarisBio");
  });

  it("reads 'granted X the exclusive right of its … inhibitor' as a licence, with terms 'According to the agreement' in RMB converted in brackets", () => {
    const e = one("On Nov 24, Guangzhou Baiming Therapeutics said it has granted Kishida Pharmaceutical the exclusive right of its oral TYK2 inhibitor BM-8812 in Japan. According to the agreement, Baiming will receive upfront payment RMB 150 million (approximately USD 21 million), and the total amount of the transaction is up to RMB 1.1 billion (approximately USD 155 million), excluding royalty.", "2026-11-27");
    assert.deepEqual([e.asset, e.type, e.company, e.counterparty, e.upfront_usd, e.total_usd], ["BM-8812", "deal", "Guangzhou Baiming Therapeutics", "Kishida Pharmaceutical", 21000000, 155000000]);
  });

  it("keeps readouts of studies of different phases apart, each with its line of therapy and combination (二线治疗X / 联合Y一线治疗X)", () => {
    const events = extract("11月24日，《柳叶刀·肿瘤学》在线发表了通远医药的TY-502对比安慰剂二线治疗晚期肝细胞癌的多中心、随机、双盲III期研究结果。\n此前，TY-502联合仑伐替尼一线治疗晚期肝细胞癌的II期研究数据已在2025年ASCO年会上公布。", "2026-11-25");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.phase, e.indication]), [
      ["data_readout", "2026-11-24", "3", "二线治疗晚期肝细胞癌"],
      ["data_readout", "2025", "2", "联合仑伐替尼一线治疗晚期肝细胞癌"],
    ]);
  });

  it("reads results a company 'reported at the … Scientific Sessions' as a readout", () => {
    const e = one("In a Phase 1/2 study, a single dose of RQ-0917 cut triglycerides by 78% in patients with severe hypertriglyceridemia, Ruiqi reported at the National Lipid Association Scientific Sessions in May.", "2026-11-21");
    assert.deepEqual([e.asset, e.type, e.date, e.phase], ["RQ-0917", "data_readout", "2026-05", "1/2"]);
  });

  it("reads data said not to be out yet (相关数据尚未公开发表) as no readout", () => {
    assert.deepEqual(extract("截至本公告披露日，该IIT已完成12例受试者回输，KT-B217的相关数据尚未公开发表。", "2026-11-25").filter((e) => e.type === "data_readout"), []);
  });

  it("reads a pipeline paragraph opened by 'The third clinical program, X, is…' as X's, owned by the company the text names most, with an acceptance and a clearance in two clauses", () => {
    const events = extract("Beijing Cyanline Bio filed a prospectus in Hong Kong. Cyanline Bio licensed CYL-305's rights outside Greater China to Halbard Therapeutics in Q1 2025.\n\nThe third clinical program, CYL-410, is a GalNAc-conjugated siRNA targeting lipoprotein(a). The CDE accepted its IND application in Q2 2025 under acceptance number CXHL2500588, and the trial was cleared through the implied-approval pathway in Q3 2025.", "2025-11-05");
    const own = events.filter((e) => e.asset === "CYL-410");
    assert.deepEqual(own.map((e) => [e.type, e.agency, e.date, e.indication]), [
      ["ind_accepted", "NMPA", "2025", null],
      ["ind_approved", "NMPA", "2025", null],
    ]);
    assert.ok(own.every((e) => e.company === "Cyanline Bio"), JSON.stringify(own.map((e) => e.company)));
  });

  it("reads an NMPA list of approval documents served (签发日期) as approvals of new drugs only, a formula in Chinese words as a TCM", () => {
    const events = extract("药品批准证明文件送达信息\n\n序号\t受理号\t品名\t申请单位\t批准文号\t签发日期\n1\tCXSS2500901国\t注射用泽达西普\t甲生物制药有限公司\t国药准字S20260091\t2026年11月27日\n2\tCYHS2502217国\t阿哌沙班片\t乙制药有限公司\t国药准字H20263391\t2026年11月26日\n3\tCXZS2500019国\t芪归通脉颗粒\t丙中药股份有限公司\t国药准字Z20260012\t2026年11月26日\n4\tCXSB2600412国\t注射用卡泽妥单抗\t丁生物科技有限公司\t－－－－\t2026年11月26日", "2026-12-01");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.modality]), [
      ["泽达西普", "approval", "2026-11-27", "fusion_protein"],
      ["芪归通脉颗粒", "approval", "2026-11-26", "tcm"],
    ]);
  });

  it("reads a CDE priority-review notice's table as proposals dated by the notice, not by its deadline, whatever reasons the rows give", () => {
    const events = extract("CDE拟将2个品种纳入优先审评\n\n12月1日，CDE发布《拟纳入优先审评品种公示》，共2个品种（2个受理号）拟纳入优先审评审批程序，公示期为5个工作日，截至12月7日。\n\n| 序号 | 受理号 | 药品名称 | 注册申请人 | 拟定适应症 | 理由及依据 |\n| --- | --- | --- | --- | --- | --- |\n| 1 | CXHS2600211 | 泽启替尼片 | 甲医药科技有限公司 | 胰腺导管腺癌 | 符合附条件批准的药品；纳入突破性治疗药物程序的创新药 |\n| 2 | CXSS2600198 | 卡泽他单抗注射液 | 乙生物制药有限公司 | 复发或难治性多发性骨髓瘤 | 符合附条件批准的药品 |\n\n卡泽他单抗（研发代号ANX3921）是乙生物开发的BCMA×CD3双特异性抗体。", "2026-12-02");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.status, e.date, e.indication]), [
      ["泽启替尼", "priority_review", "proposed", "2026-12-01", "胰腺导管腺癌"],
      ["ANX3921", "priority_review", "proposed", "2026-12-01", "复发或难治性多发性骨髓瘤"],
    ]);
  });

  it("reads a drug proposed and then formally included in one sentence as included, owned by the company 'X是Y开发的' names", () => {
    const events = extract("此外，11月中旬公示拟纳入优先审评的泽安妥®（瑞泽西单抗注射液，研发代号BQ-0417）已于11月27日被正式纳入优先审评。瑞泽西单抗是铂泽生物开发的靶向IL-4Rα的单克隆抗体。", "2026-12-02");
    assert.deepEqual(events.map((e) => [e.asset, e.asset_aliases, e.type, e.status, e.date, e.company]), [
      ["BQ-0417", ["泽安妥", "瑞泽西单抗注射液", "瑞泽西单抗"], "priority_review", "granted", "2026-11-27", "铂泽生物"],
    ]);
  });

  it("reads a weekly clearance roundup: a bare 获批用于 is a clearance, another event's regulator in a later clause is not this one's, two indications after 两个适应症", () => {
    const events = extract("一周临床默示许可速览：siRNA与中药1类新药齐获批临床\n\n肿瘤领域，广泽药业的GZ-1803b片一次拿下两个适应症的临床许可：单药治疗MTAP缺失的晚期实体瘤，以及联合吉西他滨一线治疗MTAP缺失的转移性胰腺癌。澜泽生物的LZ-3310A注射液获批开展用于难治性系统性红斑狼疮的临床试验，该产品12月3日刚刚获得欧洲药品管理局（EMA）的PRIME资格。华泽医药的HZ-NK19注射液是一款异体CAR-NK细胞产品，获批用于难治性狼疮肾炎。", "2026-12-05");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency]), [
      ["GZ-1803b", "ind_approved", "NMPA"],
      ["GZ-1803b", "ind_approved", "NMPA"],
      ["LZ-3310A", "ind_approved", "NMPA"],
      ["LZ-3310A", "prime", "EMA"],
      ["HZ-NK19", "ind_approved", "NMPA"],
    ]);
    assert.deepEqual(events.slice(0, 2).map((e) => e.indication), ["MTAP缺失的晚期实体瘤", "联合吉西他滨一线治疗MTAP缺失的转移性胰腺癌"]);
  });

  it("reads an indication up to the disease after 的 when a later clause names a drug class (CLDN6阳性的晚期实体瘤，包括铂耐药…)", () => {
    const e = one("安泽生物的注射用AZB-3301获批临床，这是一款靶向CLDN6的ADC，拟用于CLDN6阳性的晚期实体瘤，包括铂耐药卵巢癌。", "2026-12-05");
    assert.equal(e.indication, "CLDN6阳性的晚期实体瘤");
  });

  it("reads a readout told of a drug described before it is named, an older readout 'reported that 68% of patients with X', and a deal that result helped sign", () => {
    const events = extract("An oral IL-17A inhibitor from Beijing Sinora Pharmaceuticals missed its primary endpoint in a Phase 2b trial in hidradenitis suppurativa. In the HS-BRIDGE study, 42% of patients taking the highest dose of SNR-1631 achieved HiSCR75 at week 16, Sinora said on Thursday. The miss is a contrast to SNR-1631's performance in psoriasis. In March 2025, Sinora reported that 68% of patients with moderate-to-severe plaque psoriasis on the 200 mg dose achieved PASI 75 in a Phase 2 trial. That result helped Sinora sign a licensing deal with LEO Pharma in May 2025, under which the Danish company paid $35 million upfront for ex-China rights.", "2026-12-04");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.indication]), [
      ["SNR-1631", "data_readout", "2026-12-04", "hidradenitis suppurativa"],
      ["SNR-1631", "data_readout", "2025-03", "moderate-to-severe plaque psoriasis"],
      ["SNR-1631", "deal", "2025-05", null],
    ]);
    assert.equal(events[2]!.counterparty, "LEO Pharma");
  });

  it("reads a broker note: 公司于…晚间发布公告 names no company 晚间, 用于同一适应症 takes the indication told before, a head-to-head comparator (头对头拓扑替康) is no drug of the news", () => {
    const events = extract("衡川医药（688932.SH）：B7-H3 ADC获FDA快速通道资格\n\n公司于2026年11月27日晚间发布公告，注射用HC-2217获得美国FDA授予快速通道资格，用于治疗广泛期小细胞肺癌成人患者。\n国内方面，HC-2217用于同一适应症已于2026年5月被CDE纳入突破性治疗药物程序；其国内注册性III期临床研究（HC2217-301，头对头拓扑替康）已于2026年10月完成首例患者给药。", "2026-11-30");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.company]), [
      ["HC-2217", "fast_track", "2026-11-27", "衡川医药"],
      ["HC-2217", "btd", "2026-05", "衡川医药"],
      ["HC-2217", "trial_start", "2026-10", "衡川医药"],
    ]);
    assert.equal(events[1]!.indication, "广泛期小细胞肺癌成人");
  });

  it("reads 'accepted the company's biologics license application for X' and keeps attention on X, not on the drug a trial pitted it against", () => {
    const events = extract("China's National Medical Products Administration accepted the company's biologics license application for CVQ-A112 on Monday, Corvexo said. The filing rests on HARBOR-2, a Phase 3 trial that pitted CVQ-A112 against pembrolizumab. In September, Corvexo reported that the study met its primary endpoint of progression-free survival.", "2026-12-02");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["CVQ-A112", "nda_accepted"], ["CVQ-A112", "data_readout"]]);
  });

  it("gives no event to a drug named only as what a disease escapes, and reads 'cleared China's IND review' as the NMPA's in an FDA story", () => {
    const events = extract("Hairui Pharmaceutical's bet on a drug for lung cancers that escape Tagrisso has earned an FDA breakthrough therapy designation.\n\nThe FDA granted the designation to HQ-0701X for EGFR-mutant non-small cell lung cancer.\n\nZhiyou Therapeutics' ZYU-4403, another fourth-generation EGFR inhibitor, cleared China's IND review last month.", "2026-12-03");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency]), [["HQ-0701X", "btd", "FDA"], ["ZYU-4403", "ind_approved", "NMPA"]]);
  });

  it("reads a BD weekly: a deal table's day cell (11.30) and owner cell, a short company name before 将/则, 现金首付款, 收购 a company no lexicon knows, a counted statistic and an option still to be exercised as no events", () => {
    const events = extract("医药BD周报（11.30-12.06）｜5笔对外授权首付款合计4.4亿美元\n\n据不完全统计，本周国内药企共达成7笔许可交易和1笔并购，披露的首付款合计4.4亿美元。\n\n并购方面，吉利德科学11月30日宣布，将以6.2亿美元现金首付款加最高4.8亿美元的CVR收购苏州灵泽治疗，交易总额最高11亿美元。灵泽治疗的核心资产为口服NLRP3抑制剂LZT-118。\n\n维泽生物则采用NewCo模式，将VZN-2208的大中华区以外权益注入新成立的Altamira Therapeutics，获得4000万美元现金首付款。罗氏先支付5000万美元首付款获得HYQ101的独家选择权，待Ib/IIa期数据读出后决定是否行权。\n\n| 日期 | 企业 | 交易对方 | 标的 | 首付款 | 总金额 |\n| --- | --- | --- | --- | --- | --- |\n| 12.01 | 维泽生物 | Altamira Therapeutics | VZN-2208（THR-β激动剂） | 0.4亿美元 | 10亿美元 |\n| 11.30 | 远泽生物 | 百时美施贵宝 | YZ-A316（CDH17 ADC） | 1.5亿美元 | 20.5亿美元 |", "2026-12-07");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.company, e.upfront_usd, e.total_usd]), [
      ["苏州灵泽治疗", "acquisition", "2026-11-30", "苏州灵泽治疗", 620000000, 1100000000],
      ["VZN-2208", "deal", "2026-12-01", "维泽生物", 40000000, 1000000000],
      ["HYQ101", "deal", "2026-12-07", "罗氏", 50000000, null],
      ["YZ-A316", "deal", "2026-11-30", "远泽生物", 150000000, 2050000000],
    ]);
  });

  it("reads 'The new designations follow Fast Track designation, which the FDA granted in June for X' as that drug's earlier designation, an AAV9 vector as a gene therapy, and a disease named by its ending (-osis)", () => {
    const events = extract("The FDA has granted orphan drug designation to AVQ-5020 for the treatment of GM1 gangliosidosis, Aurova said Wednesday. AVQ-5020 uses an engineered AAV9 capsid to deliver a functional copy of the GLB1 gene. The new designations follow Fast Track designation, which the FDA granted in June for infantile GM1 gangliosidosis.", "2026-12-03");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.indication, e.modality]), [
      ["AVQ-5020", "orphan_drug", "2026-12-02", "GM1 gangliosidosis", "gene_therapy"],
      ["AVQ-5020", "fast_track", "2026-06", "infantile GM1 gangliosidosis", "gene_therapy"],
    ]);
  });

  it("reads a hospital's IIT whose indication the next sentence gives (该研究评估X治疗Y…), apart from an earlier IIT of the drug in another disease", () => {
    const events = extract("11月28日，由浙大一院神经内科牵头开展的一项研究者发起的临床研究（IIT）完成首例患者回输。该研究评估通用型CAR-T细胞注射液BQ-V1901治疗难治性全身型重症肌无力的安全性和初步有效性。\n这并不是BQ-V1901的第一项IIT。今年9月，评估BQ-V1901治疗弥漫性皮肤型系统性硬化症的另一项研究者发起的临床研究已完成备案。", "2026-12-01");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.indication]), [
      ["BQ-V1901", "iit", "2026-11-28", "难治性全身型重症肌无力"],
      ["BQ-V1901", "iit", "2026-09", "弥漫性皮肤型系统性硬化症"],
    ]);
  });

  it("gives a clearance without a regulator in its clause not the regulator of a later clearance (…2026年4月获得临床试验默示许可，并于2026年8月获得美国FDA的临床试验许可), and reads 争取…读出数据 as a plan", () => {
    const events = extract("公告显示，HYQ102用于溃疡性结肠炎的临床试验申请于2026年2月6日获国家药监局受理，2026年4月获得临床试验默示许可，并于2026年8月获得美国FDA的临床试验许可（IND）。董事长表示：“我们将全力推进Ib/IIa期研究，争取在2027年底前读出数据。”", "2026-12-04");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [
      ["ind_accepted", "NMPA", "2026-02-06"],
      ["ind_approved", "NMPA", "2026-04"],
      ["ind_approved", "FDA", "2026-08"],
    ]);
  });

  it("gives results investigators reported right after a drug's IIT is told to that drug, though a competitor is named elsewhere, and 'at least six months of follow-up' is no indication", () => {
    const events = extract("The EMA has admitted Lanshi Bio's in vivo CAR-T candidate LSQ-3310A into its PRIME scheme for refractory systemic lupus erythematosus.\n\nLSQ-3310A is a CD19-directed lentiviral vector.\n\nThe EMA's decision was based largely on data from an investigator-initiated trial at Renji Hospital, which dosed its first patient in January 2026. At ACR Convergence 2026 in October, investigators reported that all 12 treated patients showed complete B-cell depletion, and eight of 10 patients with at least six months of follow-up reached a DORIS remission.\n\nRivals include kaportimab.", "2026-12-04");
    const readout = events.find((e) => e.type === "data_readout");
    assert.equal(readout?.asset, "LSQ-3310A");
    assert.equal(readout?.date, "2026-10");
    assert.notEqual(readout?.indication, "at least six months of follow-up");
  });

  it("keeps the source sentence and its span in the original text", () => {
    const text = "前言。\n信达生物的IBI363获得突破性治疗药物认定。";
    const [e] = extractor.extract({ documentId: "d", text, lang: "zh", published: null, title: null }).events;
    assert.ok(e);
    assert.equal(text.slice(e.provenance.span[0], e.provenance.span[1]), "信达生物的IBI363获得突破性治疗药物认定。");
  });
  it("dates '那一天' and '同年5月' by the date the text stated last, even in a sentence without an event", () => {
    const events = extract("故事要从2024年3月8日说起。那一天，QK-3108的首个临床试验申请获CDE受理，拟开发适应症为晚期实体瘤。“大家都很激动。”创始人回忆。同年5月，QK-3108获得临床试验默示许可。", "2026-12-16");
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["ind_accepted", "2024-03-08"], ["ind_approved", "2024-05"]]);
    assert.equal(events[0]!.indication, "晚期实体瘤");
  });

  it("takes an event's indication from the sentence right after it that opens with 适应症是", () => {
    const e = one("周二CDE官网显示，QY-016拟纳入突破性治疗品种！！适应症是PD-(L)1经治的晚期黏膜黑色素瘤。", "2026-12-19");
    assert.equal(e.status, "proposed");
    assert.equal(e.indication, "PD-(L)1经治的晚期黏膜黑色素瘤");
  });

  it("makes the company an agreement is 'with' the deal's counterparty when the subject goes unsaid, and adds milestones listed by kind to the upfront", () => {
    const e = one("Lumeria Biosciences pipeline update.\n- In August, entered into an exclusive global license agreement (excluding Greater China) with Boehringer Ingelheim for LMX-530, under which Lumeria received an upfront payment of US$45 million and is eligible for up to US$880 million in development, regulatory and commercial milestones.", "2026-12-15");
    assert.equal(e.type, "deal");
    assert.equal(e.company, "Lumeria Biosciences");
    assert.equal(e.counterparty, "Boehringer Ingelheim");
    assert.equal(e.upfront_usd, 45_000_000);
    assert.equal(e.total_usd, 925_000_000);
  });

  it("reads the bullets under a heading line that names the drug as news of that drug", () => {
    const events = extract("LMX-315 (GalNAc-conjugated siRNA targeting ANGPTL3)\n- Presented Phase 1 data in healthy volunteers at the AHA Scientific Sessions on November 9.\n- Received implied approval from China's NMPA on December 2 for a Phase 2 study in patients with mixed dyslipidemia.", "2026-12-15");
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.date]), [["data_readout", "LMX-315", "2026-11-09"], ["ind_approved", "LMX-315", "2026-12-02"]]);
  });

  it("dates an investigator-initiated study by its first dosing told in the next sentence, and keeps the drug in view through 'it' and 'our'", () => {
    const events = extract("TQR-07 is an allogeneic CD19 CAR-T. Q: How did it get here?\nA: It started as an investigator-initiated study at Ruijin Hospital. The first patient there was dosed in March 2025. Q: And then?\nA: The FDA cleared our IND in September, and we showed the first 12 patients at ACR Convergence in October.", "2026-12-17");
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.date]), [["iit", "TQR-07", "2025-03"], ["ind_approved", "TQR-07", "2026-09"], ["data_readout", "TQR-07", "2026-10"]]);
  });
  it("gives a phase's study started right after a drug is named to that drug, not to a drug named further back", () => {
    const events = extract("2024年5月，QK-3108获得临床试验默示许可。2024.07.16，I期剂量递增研究在北京大学肿瘤医院完成首例受试者给药。", "2026-12-16");
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.date]), [["ind_approved", "QK-3108", "2024-05"], ["trial_start", "QK-3108", "2024-07-16"]]);
    assert.equal(extract("QK-3108获得临床试验默示许可。公司介绍了业务。团队扩张很快。管理层很有信心。I期研究完成首例受试者给药。", "2026-12-16").length, 1);
  });
  it("reads an approval told 'late Thursday' about a drug discovered by one company and licensed to another as no deal, and links the code the ADC is 'known in the clinic as'", () => {
    const events = extract(
      "The FDA late Thursday approved Zelvora (pemotuzumab dexitecan), a TROP2-directed antibody-drug conjugate discovered by Hangzhou Qiyun Biopharma and licensed to Boston-based Marlow Oncology, for adults with hormone receptor-positive, HER2-negative unresectable or metastatic breast cancer who have received endocrine therapy. The ADC, known in the clinic as QY-1102, carries a topoisomerase payload. The FDA granted QY-1102 Breakthrough Therapy designation for this population in 2025. Qiyun kept China, where the drug was approved in March under a Chinese brand name for the same indication.",
      "2026-12-18",
    );
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.agency, e.date]), [["approval", "QY-1102", "FDA", "2026-12-17"], ["btd", "QY-1102", "FDA", "2025"], ["approval", "QY-1102", "NMPA", "2026-03"]]);
    assert.ok(events[0]!.asset_aliases.includes("pemotuzumab dexitecan"));
    assert.equal(events[0]!.indication, "hormone receptor-positive, HER2-negative unresectable or metastatic breast cancer");
    assert.notEqual(events[1]!.indication, "population");
  });
  it("reads a UK MHRA approval named in full, an orphan drug the MHLW 'designated' a drug, and their indications without the recommendation after them", () => {
    const events = extract("The UK Medicines and Healthcare products Regulatory Agency approved rovalitinib for adults with previously treated cholangiocarcinoma on 11 December. And in November, Japan's Ministry of Health, Labour and Welfare designated rovalitinib an orphan drug for FGFR2-altered biliary tract cancer on the PMDA's recommendation.", "2026-12-18");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date, e.indication]), [["approval", "MHRA", "2026-12-11", "adults with previously treated cholangiocarcinoma"], ["orphan_drug", "PMDA", "2026-11", "FGFR2-altered biliary tract cancer"]]);
  });

  it("gives an IND clearance told in the sentence after a designation ('The designation follows China's clearance of an IND…') to the designated drug", () => {
    const events = extract("Shenzhen Qirui Biotech said Tuesday the FDA granted orphan drug designation to QR-301, its AAV gene therapy for X-linked retinitis pigmentosa. The designation follows China's clearance of an IND for the same indication in July.", "2026-12-16");
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.agency, e.date]), [["orphan_drug", "QR-301", "FDA", "2026-12-15"], ["ind_approved", "QR-301", "NMPA", "2026-07"]]);
    assert.equal(events[1]!.indication, "X-linked retinitis pigmentosa");
  });
  it("reads a history of clearance to run a phase 2 (获批开展…II期研究) and a first dosing abroad told as 完成…首例给药", () => {
    const events = extract("浩川药业12月17日晚公告，HC-227胶囊用于KRAS G12C突变晚期结直肠癌的临床试验申请获默示许可。HC-227已于今年早些时候在国内获批开展单药治疗非小细胞肺癌的II期研究。KR-0912片获得默示许可。KR-0912此前已在澳大利亚完成I期剂量递增的首例给药。", "2026-12-20");
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.date]), [["ind_approved", "HC-227", "2026-12-17"], ["ind_approved", "HC-227", "2026"], ["ind_approved", "KR-0912", "2026-12-20"], ["trial_start", "KR-0912", null]]);
    assert.equal(events[1]!.phase, "2");
  });

  it("takes an IIT's indication from the one patient it treated (为一名…患者回输)", () => {
    const e = one("12月15日，协和医院为一名38岁的难治性全身型重症肌无力女性患者成功回输了RG-C02细胞，这是一项研究者发起的临床研究（IIT）的首例受试者。", "2026-12-18");
    assert.equal(e.type, "iit");
    assert.equal(e.indication, "难治性全身型重症肌无力");
  });

  it("gives the study 'those patients' were treated in to the drug whose data were just told", () => {
    const events = extract("VX-03 cells are implanted in one procedure. The designation was supported by follow-up from the first eight patients, which Veltris presented at the International Congress of Parkinson's Disease in October. Those patients were treated in an investigator-initiated study at Xuanwu Hospital in Beijing that began in 2023.", "2026-12-16");
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.date]), [["data_readout", "VX-03", "2026-10"], ["iit", "VX-03", "2023"]]);
  });

  it("reads an acquisition's cash at closing as its upfront and contingent value rights as milestones, and leaves the acquired company's drug to it, not to the buyer the deal 'gives' rights", () => {
    const events = extract("Novo Nordisk agreed to acquire Hangzhou Qelvane Therapeutics for $800 million in cash at closing plus up to $550 million in contingent value rights tied to regulatory and sales milestones, the companies said Sunday.\n\nThe deal gives Novo full global rights to QLV-88, an oral peptide. The FDA cleared an IND for QLV-88 in February.", "2026-12-14");
    const [acquisition, ind] = events;
    assert.deepEqual([acquisition!.type, acquisition!.upfront_usd, acquisition!.total_usd], ["acquisition", 800_000_000, 1_350_000_000]);
    assert.deepEqual([ind!.type, ind!.asset, ind!.company], ["ind_approved", "QLV-88", "Hangzhou Qelvane Therapeutics"]);
  });

  it("reads a competitor told as 'the first … approved for' a disease, with its date after the comma", () => {
    const e = one("Suzhou Fenglan Therapeutics' FL-303, an engineered Fc fragment, was the first domestically developed FcRn blocker approved for generalized myasthenia gravis, in March 2025.", "2026-12-14");
    assert.deepEqual([e.type, e.asset, e.agency, e.date, e.indication], ["approval", "FL-303", "NMPA", "2025-03", "generalized myasthenia gravis"]);
  });
  it("follows an acquisition story: terms 'Under the agreement' that name the lead drug, data 'presented at' a meeting 'in October,', an IND the FDA cleared while the owner planned, a licence granted by 'the biotech'", () => {
    const events = extract(
      "Sanofi has agreed to buy Shanghai Veltra Biotherapeutics in an all-cash deal worth up to $1.3 billion, the French drugmaker said Monday. Under the agreement, Sanofi will pay $1.05 billion at closing and up to $250 million more tied to a regulatory milestone for Veltra's lead drug, VTA-0311. VTA-0311 binds both TL1A and IL-23. The evidence supports that case. In a Phase 2 study of 164 patients with ulcerative colitis, presented at UEG Week in October, 31% of patients achieved clinical remission. The FDA cleared an IND for a global Phase 2b study in September, and Veltra had planned to begin dosing early next year. Veltra does not hold all of VTA-0311's rights. In 2024, the biotech licensed Greater China rights to Kangsheng Pharmaceutical for 300 million yuan upfront.",
      "2026-12-09",
    );
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.date]), [["acquisition", "Shanghai Veltra Biotherapeutics", "2026-12-07"], ["data_readout", "VTA-0311", "2026-10"], ["ind_approved", "VTA-0311", "2026-09"], ["deal", "VTA-0311", "2024"]]);
    assert.deepEqual([events[0]!.upfront_usd, events[0]!.total_usd], [1_050_000_000, 1_300_000_000]);
    assert.equal(events[3]!.counterparty, "Kangsheng Pharmaceutical");
  });
  it("reads 'cleared the Phase 3 IND' and 'NMPA approved the Phase 3 clinical trial' as trial clearances, and no trial name ('in AURORA-IgAN') as an indication", () => {
    const events = extract("Beijing Aurelis Pharma today announced that the first patient was dosed on December 4, 2026 in AURORA-IgAN, its global Phase 3 trial of AUX-5120 in adults with IgA nephropathy. The U.S. Food and Drug Administration cleared the Phase 3 IND in August 2026, and China's National Medical Products Administration approved the Phase 3 clinical trial in September 2026.", "2026-12-07");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["trial_start", null, "2026-12-04"], ["ind_approved", "FDA", "2026-08"], ["ind_approved", "NMPA", "2026-09"]]);
    assert.ok(events.every((e) => e.indication !== "AURORA-IgAN"));
  });
  it("reads a notice table whose indication column is headed 拟定适应症（或功能主治）, one event per row even under one 受理号", () => {
    const events = extract("以下品种拟纳入突破性治疗药物程序，现予以公示。\n| 序号 | 受理号 | 药品名称 | 申请人 | 拟定适应症（或功能主治） | 公示日期 |\n| --- | --- | --- | --- | --- | --- |\n| 1 | CXSL2600378 | YQ-012注射液 | 杭州易启生物技术有限公司 | 原发性膜性肾病 | 2026-12-10 |\n| 2 | CXSL2600378 | YQ-012注射液 | 杭州易启生物技术有限公司 | 系统性红斑狼疮 | 2026-12-10 |", "2026-12-10");
    assert.deepEqual(events.map((e) => [e.type, e.status, e.asset, e.indication]), [["btd", "proposed", "YQ-012", "原发性膜性肾病"], ["btd", "proposed", "YQ-012", "系统性红斑狼疮"]]);
  });
  it("follows an approval story: the nonproprietary name linked to the code, 'the following month' counted from the date before, a licence told with only the payer named after 'the drug' kept it in view", () => {
    const events = extract(
      "China's National Medical Products Administration approved Chengdu Meriva Biologics' MV-1203 for adults with moderate-to-severe atopic dermatitis on Dec. 9. MV-1203, which carries the international nonproprietary name selvatamab, is dosed every 12 weeks. The NMPA accepted the biologics license application in November 2025 and granted it priority review the following month. Meriva expects to launch in 2027. Meriva has already partnered the drug outside China. In June 2025, Almirall paid $30 million upfront for European rights in a deal worth up to $410 million.",
      "2026-12-11",
    );
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [["approval", "2026-12-09", "moderate-to-severe atopic dermatitis"], ["nda_accepted", "2025-11", "moderate-to-severe atopic dermatitis"], ["priority_review", "2025-12", "moderate-to-severe atopic dermatitis"], ["deal", "2025-06", null]]);
    assert.ok(events.every((e) => e.asset === "MV-1203" && e.asset_aliases.includes("selvatamab")));
    assert.deepEqual([events[3]!.counterparty, events[3]!.upfront_usd, events[3]!.total_usd], ["Almirall", 30_000_000, 410_000_000]);
  });
  it("takes no event from what a designation is like, a drug told as one of several, a numbered item about another company's unnamed drug, or a count of Class 1 drugs", () => {
    const events = extract("Nanjing Celvora Therapeutics said the FDA granted RMAT designation to CX-0417 for Parkinson's disease. The designation, which carries the benefits of both Fast Track and breakthrough therapy status, comes on top of a Fast Track designation granted in November.", "2026-12-10");
    assert.deepEqual(events.map((e) => e.type), ["rmat", "fast_track"]);
    assert.equal(extract("事件：明远生物的MY-0621获批临床。点评：公司公告，其授权给海外合作方的一款ADC在美国完成II期研究首例患者入组，触发3000万美元里程碑付款。", "2026-12-08").filter((e) => e.type === "trial_start").length, 0);
    assert.equal(extract("3.安瑞生物：AR-108注射液获得临床试验默示许可。\n4.维拓医药：GPC3 ADC二线肝癌II期结果发表", "2026-12-08").filter((e) => e.type === "data_readout").length, 0);
    assert.equal(extract("* Suzhou Kaelos Medicines said Tuesday the FDA cleared its IND for KX-0907.\n* By our count, CDE granted implied IND approval to 12 Class 1 innovative drugs this week.", "2026-12-13").length, 1);
  });

  it("knows a company named '… Medicines' but not the European Medicines Agency, and the licensee of rights 'licensed … to' it after a long apposition", () => {
    const [ind] = extract("Good morning. A Lilly deal this week.\n* Suzhou Kaelos Medicines said Tuesday the FDA cleared its IND for KX-0907, allowing a Phase 2 study in uncontrolled hypertension to start in the U.S.", "2026-12-13");
    assert.deepEqual([ind!.company, ind!.indication], ["Suzhou Kaelos Medicines", "uncontrolled hypertension"]);
    const [deal] = extract("* Chongqing Zhenhe Pharma licensed ex-China rights to ZH-4410, its oral small-molecule Lp(a) inhibitor, to Eli Lilly on Wednesday. Lilly pays $60M upfront in a deal worth up to $1.04B in total.", "2026-12-13");
    assert.deepEqual([deal!.type, deal!.company, deal!.counterparty], ["deal", "Chongqing Zhenhe Pharma", "Eli Lilly"]);
    assert.ok(extract("The European Medicines Agency granted PRIME to QT-88, Shanghai Qintara Bio said.", "2026-12-13").every((e) => e.company === "Shanghai Qintara Bio"));
  });
  it("reads a euro deal at the rate the text states the other way round (€1 = US$1.08), its terms over the sentences after 'Under the agreement', and a headline's payer as the licensee", () => {
    const events = extract("Servier pays €90M upfront for Merivon's CDH17 ADC\n\nShanghai Merivon Biotherapeutics announced Monday that it has granted Servier exclusive worldwide rights outside Greater China to MV-771, an antibody-drug conjugate. Under the agreement, Servier will pay €90 million upfront. Merivon is eligible for up to €960 million in development, regulatory and commercial milestones, bringing the potential value of the deal to €1.05 billion. Merivon converted the amounts at an exchange rate of €1 = US$1.08.", "2026-12-15");
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.deepEqual([events[0]!.type, events[0]!.date, events[0]!.counterparty, events[0]!.upfront_usd, events[0]!.total_usd], ["deal", "2026-12-14", "Servier", 97_200_000, 1_134_000_000]);
    assert.match(events[0]!.company ?? "", /Merivon/);
  });
  it("reads the same news for another regulator or drug told with 'followed' ('the U.S. FDA followed in Q4 2024')", () => {
    const events = extract("Its lead asset, CRX-201, is an antibody for ulcerative colitis. According to the filing, China's NMPA cleared the IND in Q3 2024 and the U.S. FDA followed in Q4 2024.", "2026-01-10");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["ind_approved", "NMPA", "2024"], ["ind_approved", "FDA", "2024"]]);
    const approvals = extract("Suzhou Fengyu Therapeutics' FY-203 was the first domestically developed FcRn blocker approved for generalized myasthenia gravis, in March 2025. Genvora Biotech's GB-118, an intravenous monoclonal antibody, followed in November 2025 for the same disease.", "2026-12-14");
    assert.deepEqual(approvals.map((e) => [e.type, e.asset, e.date]), [["approval", "FY-203", "2025-03"], ["approval", "GB-118", "2025-11"]]);
    assert.equal(approvals[1]!.indication, null);
  });
  it("reads a JPM-week NewCo story: the owner is not the company a headline's agreement is 'with' nor a conference's name, no deal for a competitor, an IND the FDA cleared 'last month' while the licensee speaks in a later clause", () => {
    const events = extract(
      "Verdane Pharma Enters Global License Agreement with AbbVie for VX-1208\n\nThe J.P. Morgan Healthcare Conference hasn't officially opened. VX-1208 received IND clearance from China's NMPA in September 2026. In November, Verdane presented Phase 1 data in healthy volunteers at the American Heart Association (AHA) Scientific Sessions 2026. The FDA cleared an IND for a U.S. phase 2 study in obesity last month, and AbbVie says it will start dosing soon. Competition is stiff: Eli Lilly's orforglipron is further along, and analysts said the $60 million upfront was fair.",
      "2027-01-06",
    );
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.agency, e.date]), [["deal", "VX-1208", null, "2027-01-06"], ["ind_approved", "VX-1208", "NMPA", "2026-09"], ["data_readout", "VX-1208", null, "2026-11"], ["ind_approved", "VX-1208", "FDA", "2026-12"]]);
    assert.ok(events.every((e) => e.company === "Verdane Pharma"));
    assert.equal(events[3]!.indication, "obesity");
  });
  it("links a name labelled in the bracket after a code (HKX-1102（通用名：珩西布片）) to the code, and takes no event from a generic's row of a notice table", () => {
    const [approval] = extract("江苏珩安药业股份有限公司于近日收到国家药监局核准签发的HKX-1102（通用名：珩西布片）《药品注册证书》。\n药品名称：珩西布片\n签发日期：2026年12月31日", "2027-01-05");
    assert.deepEqual([approval!.type, approval!.asset], ["approval", "HKX-1102"]);
    assert.ok(approval!.asset_aliases.includes("珩西布片"));
    const rows = extract("拟纳入优先审评品种公示\n序号\t受理号\t药品名称\t注册申请人\t拟定适应症\n1\tCXSS2600519\t注射用KSX-066\t成都凯斯生物医药有限公司\t铂耐药复发性卵巢癌\n2\tCYHS2600872\t盐酸左西替利嗪口服溶液\t山东禾川制药有限公司\t2岁及以上儿童过敏性鼻炎", "2027-01-06");
    assert.deepEqual(rows.map((e) => [e.type, e.status, e.asset]), [["priority_review", "proposed", "KSX-066"]]);
  });
  it("reads '同日获批的还有B' as B's approval on the day of the approval told before, not of the history told in between", () => {
    const events = extract("上周四，国家药监局附条件批准斯维生物的瑞卡仑赛注射液（研发代号：SV-210）上市。公开资料显示，SV-210于2025年4月被CDE纳入突破性治疗药物程序，2026年5月上市申请获受理。同日获批的还有卓安医药的1类创新药泽奇单抗注射液（研发代号：ZA-2210），用于重度哮喘的维持治疗。", "2027-01-05");
    const za = events.find((e) => e.asset === "ZA-2210");
    assert.deepEqual([za?.type, za?.date, za?.company], ["approval", "2026-12-31", "卓安医药"]);
  });
  it("keeps a phase 3 topline and an earlier phase 2 publication of one drug in one indication as two readouts, and the licensee 'granted … Co., Ltd. exclusive rights' owns neither", () => {
    const events = extract("GUANGZHOU, China, Jan. 6, 2027 -- Guangzhou Seravia Biologics Co., Ltd. today announced positive topline results from SERENA-AD, a Phase 3 trial evaluating SVX-115 in adults with moderate-to-severe atopic dermatitis. Phase 2 results for SVX-115 in moderate-to-severe atopic dermatitis were published in JAMA Dermatology in 2025. In February 2026, Seravia granted Maruka Co., Ltd. exclusive rights to develop and commercialize SVX-115 in Japan.", "2027-01-06");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.phase]), [["data_readout", "2027-01-06", "3"], ["data_readout", "2025", "2"], ["deal", "2026-02", null]]);
    assert.ok(events.every((e) => /Seravia/.test(e.company ?? "")), JSON.stringify(events.map((e) => e.company)));
  });
  it("reads machine-translated news: a '… Biological' company defined as 'the company', 'completed the first patient administered', 'the II phase clinical trial', an indication that stops before 'obtained the'", () => {
    const events = extract("Recently, Weiqing Biological (hereinafter referred to as \"the company\") announcement said, the company Class 1 new drug WQ-0603 tablets for the treatment of moderate to severe plaque psoriasis obtained the National Medical Products Administration clinical trial implied license on January 8th. Besides, the company another product WQ-0711 capsule the II phase clinical trial in the this week Monday completed the first patient administered.", "2027-01-08");
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.company, e.indication, e.phase]), [["ind_approved", "WQ-0603", "Weiqing Biological", "moderate to severe plaque psoriasis", null], ["trial_start", "WQ-0711", "Weiqing Biological", null, "2"]]);
  });
  it("reads an option deal struck on Monday with its option fee as the upfront, and a drug described right before its code (TSLP长效单抗ZH-2210) as that drug", () => {
    const [option] = extract("Sanofi's option deal with Lingmei Pharma for LM-5520, a TSLP/IL-13 bispecific antibody, struck on Monday, carries a $35 million option fee and is worth up to $980 million in all if Sanofi exercises the option.", "2027-01-07");
    assert.deepEqual([option!.type, option!.asset, option!.date, option!.counterparty, option!.upfront_usd, option!.total_usd], ["deal", "LM-5520", "2027-01-04", "Sanofi", 35_000_000, 980_000_000]);
    const deals = extract("3月，卓安医药将TSLP长效单抗ZA-2210的大中华区以外权益授予葛兰素史克（GSK），获得1.5亿美元首付款，交易总额最高15亿美元。", "2027-01-05");
    assert.deepEqual(deals.map((e) => [e.asset, e.modality, e.targets]), [["ZA-2210", "monoclonal_antibody", ["TSLP"]]]);
  });
  it("reads a drug's modality and target from a possessive apposition ('KX-901, Shanghai Kaize's HER3-directed antibody-drug conjugate'), not from the disease's markers ('EGFR-mutant', 'HER2-'), and an oral antagonist as a small molecule", () => {
    const [btd] = extract("China's CDE on Wednesday posted a notice proposing to grant breakthrough therapy designation to KX-901, Shanghai Kaiyu Biopharma's HER3-directed antibody-drug conjugate, for EGFR-mutant non-small cell lung cancer.", "2027-01-07");
    assert.deepEqual([btd!.modality, btd!.targets], ["adc", ["ERBB3"]]);
    const [ft] = extract("Nanjing Orbiva Therapeutics said Wednesday that the FDA granted Fast Track designation to OV-332, its oral lysophosphatidic acid receptor 1 (LPA1) antagonist, for idiopathic pulmonary fibrosis.", "2027-01-07");
    assert.equal(ft!.modality, "small_molecule");
    const [fusion] = extract("海柏生物宣布，HX-0451已获得美国FDA的IND许可。HX-0451是一款PD-1/IL-15融合蛋白，拟用于晚期实体瘤。", "2026-11-20");
    assert.deepEqual(fusion!.targets, ["PDCD1", "IL15"]);
  });
  it("reads a roundup's bulleted items under a heading that announces their news (【临床默示许可】), each item's company and indication from its cells, and a proposal told 同日", () => {
    const events = extract("创新药周报\n【临床默示许可】\n· 晟安医药｜SA-105注射液｜TL1A/IL-23p19双特异性抗体｜中重度活动性溃疡性结肠炎\n· 启明生物｜QM-3307片｜口服KRAS G12D抑制剂｜携带KRAS G12D突变的晚期实体瘤（1月13日获批）\n【突破性治疗】\n· 星海医药XH-1204注射液（TL1A单抗）1月13日被CDE拟纳入突破性治疗药物程序，拟定适应症：中重度活动性克罗恩病。\n· 澄明生物CM-08（靶向GPRC5D的自体CAR-T）同日进入拟纳入公示，适应症为复发/难治性多发性骨髓瘤。", "2027-01-17");
    assert.deepEqual(events.map((e) => [e.type, e.status, e.asset, e.company, e.date]), [["ind_approved", null, "SA-105", "晟安医药", "2027-01-17"], ["ind_approved", null, "QM-3307", "启明生物", "2027-01-13"], ["btd", "proposed", "XH-1204", "星海医药", "2027-01-13"], ["btd", "proposed", "CM-08", "澄明生物", "2027-01-13"]]);
    assert.deepEqual(events.slice(0, 2).map((e) => e.indication), ["中重度活动性溃疡性结肠炎", "携带KRAS G12D突变的晚期实体瘤"]);
  });

  it("takes no event from an item that only names the drug whose news the next sentence tells, nor a company from a byline's cells", () => {
    const events = extract("【突破性治疗】\n■ 注射用SHX-4849（恒安医药）\n7月29日，江苏恒安医药股份有限公司申报的注射用SHX-4849拟纳入突破性治疗品种，拟定适应症为广泛期小细胞肺癌。", "2026-08-01");
    assert.deepEqual(events.map((e) => [e.type, e.status]), [["btd", "proposed"]]);
  });
  it("reads a landscape's numbered drug headings: the company before the colon, the paragraph under each about its drug, a first dosing in healthy volunteers, and no readout from mouse data", () => {
    const events = extract("3. 晟安医药：SA-105（TL1A/IL-23p19双抗）\n国内首个进入临床的TL1A双抗。本周二获CDE临床试验默示许可，拟用于中重度活动性溃疡性结肠炎。\n\n4. 恒安生物：HA-TL09（TL1A/TNF-α双抗）\nHA-TL09已获美国FDA快速通道资格，用于中重度克罗恩病。国内I期研究已完成首例健康受试者给药。\n\n5. 锐安生物：RA-T15（TL1A单抗）\nRA-T15仍处于临床前阶段，去年10月在欧洲胃肠病学周上公布了小鼠结肠炎模型数据。", "2027-01-15");
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.company]), [["ind_approved", "SA-105", "晟安医药"], ["fast_track", "HA-TL09", "恒安生物"], ["trial_start", "HA-TL09", "恒安生物"]]);
  });
  it("reads an approval story's headline and body as one approval whose indication the body's next sentence gives, a name cut at 批准, and a history item whose filing has no subject (· 2026年1月，上市申请获…受理)", () => {
    const events = extract("国家药监局批准泽安替尼片上市\n2027年1月12日，国家药品监督管理局批准拓安医药申报的1类创新药泽安替尼片（研发代号：TA-1880）上市。该药品用于治疗既往接受过含铂化疗的非小细胞肺癌。\n【编者注：研发历程】\n· 2024年2月，TA-1880被CDE纳入突破性治疗药物程序。\n· 2026年1月，上市申请获国家药监局受理，并于同月被纳入优先审评。", "2027-01-12");
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.date]), [["approval", "TA-1880", "2027-01-12"], ["btd", "TA-1880", "2024-02"], ["nda_accepted", "TA-1880", "2026-01"], ["priority_review", "TA-1880", "2026-01"]]);
    assert.equal(events[0]!.indication, "既往接受过含铂化疗的非小细胞肺癌");
  });
  it("reads one acquisition however fully the company bought is named, an IND 'cleared by the U.S. FDA', a machine-translated 'application be CDE acceptance', and takes no event from a priority review only 'requested' or from a conference tag (JPM27)", () => {
    const events = extract("Novartis to buy China's Linqa Therapeutics for up to $800 million\n\nSHANGHAI, Jan 14 - Novartis has agreed to acquire Hangzhou Linqa Therapeutics, a privately held Chinese biotech, for up to $800 million, the Swiss drugmaker said on Thursday. Linqa's lead drug, LQA-301, received implied IND approval from China's National Medical Products Administration in April 2026 and was cleared by the U.S. Food and Drug Administration for a Phase 1 trial in July 2026.", "2027-01-15");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["acquisition", null, "2027-01-14"], ["ind_approved", "NMPA", "2026-04"], ["ind_approved", "FDA", "2026-07"]]);
    assert.equal(extract("Worth to mention is, 2026 year 9 month, QYA-3307 clinical trial application be CDE acceptance.", "2027-01-11")[0]?.type, "ind_accepted");
    assert.equal(extract("Deals, Cell/Gene Tx, JPM27\nMeridia has requested priority review for MDA-0703; a decision is pending.", "2027-01-15").length, 0);
  });

  it("reads 不可退还的首付款 as the upfront and a total 'up to about' (最高约) as the total", () => {
    const e = extract("6月2日，华岳生物宣布与诺华就HY-7310订立独家许可协议。根据协议，华岳生物将获得3.5亿美元不可退还的首付款，交易总金额最高约41亿美元。", "2026-06-03").find((x) => x.type === "deal")!;
    assert.deepEqual([e.upfront_usd, e.total_usd], [350_000_000, 4_100_000_000]);
  });

  it("reads a ceiling stated before the company bought (以最高X收购Y，其中首付款Z) as the acquisition's total", () => {
    const e = extract("去年9月，赛诺菲宣布以最高12亿美元收购苏州澜舟生物，其中首付款9亿美元，核心资产为LZ-301。", "2026-06-03").find((x) => x.type === "acquisition")!;
    assert.deepEqual([e.upfront_usd, e.total_usd], [900_000_000, 1_200_000_000]);
  });

  it("reads data said to be coming (数据将于…公布, will be presented) as no readout", () => {
    assert.deepEqual(extract("公司此前披露，QL-5510的II期研究数据将于9月的ESMO年会上公布。", "2026-06-03").filter((e) => e.type === "data_readout"), []);
  });

  it("reads a trial's topline told with its date between (该研究于2026年3月在期中分析中达到主要终点) as a dated readout", () => {
    const events = extract("本次上市申请基于QL-5510的一项III期临床研究。该研究于2026年3月在预设的期中分析中达到无进展生存期主要终点。", "2026-06-03");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["QL-5510", "data_readout", "2026-03"]]);
  });

  it("reads CDE's 公示拟将X…纳入突破性治疗品种 as a proposal, with the indication told inside it", () => {
    const e = one("10月17日，CDE公示拟将华岳生物的HY-7310联合化疗一线治疗晚期胃癌纳入突破性治疗品种。", "2026-10-18");
    assert.deepEqual([e.type, e.status, e.indication], ["btd", "proposed", "联合化疗一线治疗晚期胃癌"]);
  });

  it("keeps the combination a drug is given in with its indication (X联合化疗一线治疗Y)", () => {
    const e = one("今年4月，HY-7310联合化疗一线治疗PD-L1阳性晚期非小细胞肺癌(NSCLC)获CDE纳入突破性治疗品种。", "2026-06-03");
    assert.equal(e.indication, "联合化疗一线治疗PD-L1阳性晚期非小细胞肺癌(NSCLC)");
  });

  it("spells out an abbreviation defined after a marker (PD-L1阳性晚期非小细胞肺癌(NSCLC)) with the disease alone", () => {
    const events = extract("HY-7310治疗PD-L1阳性晚期非小细胞肺癌(NSCLC)的II期研究数据已于今年公布。近日，HY-7310一线治疗晚期NSCLC的III期临床试验完成首例患者给药。", "2026-06-03");
    assert.equal(events.find((e) => e.type === "trial_start")?.indication, "一线治疗晚期非小细胞肺癌 (NSCLC)");
  });

  it("dates the members of a counted set by the set's date when a dateless count of the rest comes between (其余N款…)", () => {
    const events = extract("CDE数据显示，2026年5月，共有5款ADC的临床试验申请获受理，3款获得默示许可。其余2款受理品种未公开代号。默示许可方面，华岳生物的HY-7310获得临床试验默示许可；澜舟生物的LZ-301亦获默示许可。", null);
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["HY-7310", "ind_approved", "2026-05"], ["LZ-301", "ind_approved", "2026-05"]]);
  });

  it("takes the one paying the upfront (X以…首付款与Y达成合作) as the licensee and Y as the drug's company", () => {
    const events = extract("2024年6月，信达生物公布了XD-301的早期临床数据。同年12月，诺华旗下山德士以2亿美元首付款与信达生物达成全球合作。", "2026-06-03");
    const deal = events.find((e) => e.type === "deal")!;
    assert.deepEqual([deal.asset, deal.company, deal.date], ["XD-301", "信达生物", "2024-12"]);
  });

  it("resolves 昨晚, 当年 and reads 早前 as undated history", () => {
    const events = extract("华岳生物昨晚（16日）公布，HY-7310获FDA授予孤儿药资格。双方的合作始于2023年。当年4月，华岳生物就HY-7310与诺华达成全球合作，获1亿美元首付款。HY-7310早前已获FDA授予快速通道资格。", "2026-06-17");
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["orphan_drug", "2026-06-16"], ["deal", "2023-04"], ["fast_track", null]]);
  });

  it("starts the body anew after a headline when it opens with its source in brackets ((某某通讯社17日专讯))", () => {
    const events = extract("华岳生物高开后升逾8% HY-7310获FDA孤儿药资格\n(经济通通讯社17日专讯)华岳生物今早高开，为今年4月上市以来第三高。\n华岳生物昨晚公布，HY-7310获FDA授予孤儿药资格。", "2026-06-17");
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["orphan_drug", "2026-06-16"]]);
  });

  it("knows a pinyin word before an INN (Ruikang trastuzumab) as another drug's name, the code in its bracket's", () => {
    const e = one("On May 27, the State Drug Administration approved Hengrui's class 1 innovative drug Ruikang trastuzumab for injection (trade name: Aiweida, research and development code: SHR-A1811) conditional approval listing.", "2026-05-28");
    assert.deepEqual([e.asset, e.asset_aliases, e.modality, e.type, e.date], ["SHR-A1811", ["Ruikang trastuzumab", "Aiweida"], "adc", "conditional_approval", "2026-05-27"]);
  });

  it("dates an approval by the sentence's date, not the review pathway it went through, and ignores a patient's 'previously received'", () => {
    const events = extract("On May 27, the NMPA approved XZ-101 through the priority review approval procedure conditional approval listing, used for adult patients who previously received at least one systemic treatment.", "2026-05-28");
    assert.equal(events.find((e) => e.type === "conditional_approval")?.date, "2026-05-27");
  });

  it("reads a trade name labelled later in the sentence (… listing in China (trade name: Shuwozhe)) as the drug's", () => {
    const events = extract("In 2023 year 8 month, the State Drug Administration conditional approval sunvozertinib listing in China (trade name: Shuwozhe).", "2026-06-03");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["sunvozertinib", "conditional_approval"]]);
  });

  it("reads 'the FDA accepted X new drug listing application' as an NDA acceptance", () => {
    const e = extract("In 2025 year 1 month, the FDA accepted XZ-101 new drug listing application (NDA) and granted priority review qualification.", "2026-06-03").find((x) => x.type === "nda_accepted");
    assert.deepEqual([e?.agency, e?.date], ["FDA", "2025-01"]);
  });

  it("does not take a drug written as the therapy patients come after (post-Tagrisso) as the news's", () => {
    const events = extract("HUTCHMED said the NMPA approved savolitinib. The combination picked up FDA Fast Track designation in January 2023 for a similar post-Tagrisso population.", "2026-06-03");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["savolitinib", "approval"], ["savolitinib", "fast_track"]]);
  });

  it("reads the indications of terse machine-translated IND news (used for obesity, fortreatTherapeutic X, weight management, 'the application is for')", () => {
    const events = extract("XZ-101 injection obtained clinical trial implied license, used for obesity. XZ-202 tablets obtained implied license, used for long-term weight management of obesity. XZ-303 injection obtained implied license, intended fortreatTherapeutic severe hypertriglyceridemia, the product is a GalNAc conjugation siRNA targeting APOC3. XZ-404 clinical trial application obtained acceptance, the new application is for the adolescent obesity.", "2026-06-03");
    assert.deepEqual(events.map((e) => [e.asset, e.indication]), [["XZ-101", "obesity"], ["XZ-202", "long-term weight management of obesity"], ["XZ-303", "severe hypertriglyceridemia"], ["XZ-404", "adolescent obesity"]]);
    assert.deepEqual([events[2]!.modality, events[2]!.targets], ["sirna", ["APOC3"]]);
  });

  it("reads a count of approvals without names (obtained a total of six IND approvals) as no event of the drug in view", () => {
    const events = extract("We expect to submit IND applications for XZ-501 to the NMPA in the fourth quarter. During the Reporting Period, the Group obtained a total of six IND approvals from the NMPA and the FDA.", "2026-08-18");
    assert.deepEqual(events, []);
  });

  it("merges a release's undated summary bullet with the body's dated telling, keeping the body's indication", () => {
    const events = extract("Nerova Reports Second Quarter Results\n- XZ-601 granted Breakthrough Therapy Designation by China's CDE in gastric cancer\n\nRecent Business Highlights\n- On July 24, 2026, the CDE granted Breakthrough Therapy Designation to XZ-601 for the first-line treatment of unresectable HER2-negative gastric or GEJ adenocarcinoma.", "2026-08-18");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [["btd", "2026-07-24", "first-line treatment of unresectable HER2-negative gastric or GEJ adenocarcinoma"]]);
  });

  it("reads 'reported financial results for the second quarter' as no readout", () => {
    assert.deepEqual(extract("SHANGHAI, Aug. 18, 2026 -- Nerova Therapeutics, Inc. today reported financial results for the second quarter ended June 30, 2026 for XZ-601.", "2026-08-18"), []);
  });

  it("reads a request for a designation still unanswered as no designation", () => {
    assert.deepEqual(extract("- Receive feedback from the FDA on the Company's request for Breakthrough Therapy Designation for XZ-601, submitted in July 2026.", "2026-08-18"), []);
  });

  it("reads 'dosed the first participant' as a trial start and a licence partner (agreement with X) as no owner", () => {
    const events = extract("- In April 2026, Nerova Therapeutics, Inc. entered into an exclusive license agreement with Ono Pharmaceutical Co., Ltd. for XZ-601 in Japan.\n- On August 6, 2026, Nerova dosed the first participant in the Phase 1 trial of XZ-601 in China.", "2026-08-18");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.company]), [["deal", "2026-04", "Nerova Therapeutics, Inc"], ["trial_start", "2026-08-06", "Nerova Therapeutics, Inc"]]);
  });

  it("takes a drug a speaker names on its own (So, XZ-601.) as the subject of the news told next", () => {
    const e = one("I know most of your questions will be about 601. So, XZ-601. We got the BTD from CDE last month, in first-line gastric cancer.", "2026-08-19");
    assert.deepEqual([e.asset, e.type, e.agency, e.date], ["XZ-601", "btd", "NMPA", "2026-07"]);
  });

  it("reads the one that 'will get' rights as the licensee, 'the company' as the owner acting, and an antibody that binds both targets as bispecific", () => {
    const events = extract("Suzhou Nerova Biotherapeutics said Tuesday that GSK will get worldwide rights to XZ-701, an antibody that binds both TSLP and IL-13, for asthma. XZ-701 moved quickly through the clinic. The company dosed the first patient in a phase 2 study in moderate-to-severe asthma in China in July.", "2026-08-18");
    assert.deepEqual(events.map((e) => [e.type, e.company, e.modality, e.indication]), [
      ["deal", "Suzhou Nerova Biotherapeutics", "bispecific_antibody", null],
      ["trial_start", "Suzhou Nerova Biotherapeutics", "bispecific_antibody", "moderate-to-severe asthma"],
    ]);
  });

  it("keeps a monoclonal antibody that binds two targets monoclonal (同时靶向A和B的单克隆抗体)", () => {
    assert.equal(one("11月26日，康屿生物的注射用XZ-801获批上市。XZ-801为同时靶向IL-17A和IL-17F的人源化单克隆抗体。", "2026-11-27").modality, "monoclonal_antibody");
  });

  it("merges a designation restated with the abbreviation its long form defined (… (IPF) / IPF)", () => {
    const events = extract("BOSTON, Jan. 15, 2026 -- Nerova today announced that the FDA has granted Fast Track designation to XZ-901 for the treatment of idiopathic pulmonary fibrosis (IPF). In addition to Fast Track designation, XZ-901 received Orphan Drug Designation from the FDA for the treatment of IPF in September 2024.", "2026-01-15");
    assert.deepEqual(events.map((e) => e.type), ["fast_track", "orphan_drug"]);
  });

  it("never takes the drug a trial compares against (comparing it with X, versus … with X, beats X) as the drug in view", () => {
    const events = extract("Guangzhou Nerova's XZ-246, an ALK inhibitor, met its primary endpoint in a phase 3 trial comparing it with alectinib. Grade 3 events occurred in 31% of patients on XZ-246 and 24% on alectinib. The results back a marketing application: the NMPA accepted the new drug application in May.", "2026-08-20");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["XZ-246", "data_readout"], ["XZ-246", "nda_accepted"]]);
  });

  it("takes a drug's own target over a disease's marker a heading names (Phase 1b: X in EGFR-mutant NSCLC)", () => {
    const e = one("Phase 1b: XZ-310 in EGFR-mutant NSCLC\nNerova's XZ-310, an ADC directed at integrin beta-6 (ITGB6), won breakthrough therapy designation from China's CDE in March.", "2026-08-20");
    assert.deepEqual(e.targets, ["ITGB6"]);
  });

  it("drops what a drug leaves alone from its targets (而对HRAS和NRAS无明显活性)", () => {
    const e = one("泽澜生物的XZ-5106胶囊本周获得默示许可，用于KRAS突变的晚期结直肠癌。XZ-5106可抑制多种KRAS突变体，而对HRAS和NRAS无明显活性。", "2026-12-18");
    assert.deepEqual(e.targets, ["KRAS"]);
  });

  it("reads a radioligand's code past its isotope ([177Lu]Lu-XZ-117) and a post's events without its emoji or hashtags", () => {
    const events = extract("On Wednesday, our FAP-targeted radioligand [177Lu]Lu-XZ-117 received IND implied approval from China's CDE for FAP-positive advanced solid tumours 🎉🇨🇳\n\nA few reflections 👇\n\n1️⃣ The biology.\nFAP sits on fibroblasts.\nOur team spent three years on the ligand.\n2️⃣ The data.\nOur investigator-initiated study at West China Hospital, which dosed its first patient last October, gave us early signs of activity in advanced solid tumours. We shared those results at #SNMMI2026 in June.\n\nAlso a shout-out to our neighbours across town on their FDA Fast Track news this week 👏", "2026-08-21");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.indication]), [
      ["XZ-117", "ind_approved", "2026-08-19", "FAP-positive advanced solid tumours"],
      ["XZ-117", "iit", "2025-10", "advanced solid tumours"],
      ["XZ-117", "data_readout", "2026-06", "advanced solid tumours"],
    ]);
  });

  it("reads a newsletter's 'BTD:' label as the label of the wording after it (a proposed designation) and drops a weekday in brackets", () => {
    const e = one("• BTD: the CDE posted a proposed breakthrough therapy designation for Nanjing Nerova Pharmaceutical's XZ-2210, a DLL3 x CD3 T-cell engager, in extensive-stage small cell lung cancer after platinum-based chemotherapy (Tuesday).", "2026-08-23");
    assert.deepEqual([e.type, e.status, e.indication], ["btd", "proposed", "extensive-stage small cell lung cancer after platinum-based chemotherapy"]);
  });

  it("reads results told by a figure (posted a 41.7% ORR) or a win (beat X in the phase 3 trial) as readouts", () => {
    const events = extract("• Nerova's XZ-246 beat alectinib in the phase 3 ALKOVE-1 trial in first-line ALK-positive NSCLC. Veridia's ITGB6 ADC XZ-310 posted a 41.7% ORR in a phase 1b cohort of EGFR-mutant NSCLC.", "2026-08-23");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["XZ-246", "data_readout"], ["XZ-310", "data_readout"]]);
  });

  it("reads a brand named without a colon in the drug's bracket (X (INN, brand name Y)) as the drug's", () => {
    const events = extract("• Approval: the NMPA approved Ruiqi Biologics' XZ-0211 (lotrekibart, brand name Ruixintai), an anti-IL-4Rα antibody, for adults with moderate-to-severe atopic dermatitis (Monday).", "2026-08-23");
    assert.deepEqual(events.map((e) => [e.asset, e.asset_aliases, e.type]), [["XZ-0211", ["lotrekibart", "Ruixintai"], "approval"]]);
  });

  it("reads machine-translated IND news (Clinical Trial Approval Notice Letter, application … accept, FDA clinical trial license) and no approval where no drug is approved", () => {
    const events = extract("2026 year 8 month 17 day evening, Jiangxi Nerova Pharmaceutical Co., Ltd. release announcement say, company recently receive the NMPA approve issue of《Drug Clinical Trial Approval Notice Letter》, agree XZ-0327tablets carry out for treatment acute moderate to severe painclinical trial.\nAccording to announcement, this product clinical trial application in 2026 year 6 month 5 day by National Medical Products Administration accept.\nAt present domestic and abroad no same target drug approved listing in China.\nLast year 11 month, XZ-0327 already obtain United States FDA clinical trial license.", "2026-08-18");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date, e.indication]), [
      ["ind_approved", "NMPA", "2026-08-18", "acute moderate to severe pain"],
      ["ind_accepted", "NMPA", "2026-06-05", "acute moderate to severe pain"],
      ["ind_approved", "FDA", "2025-11", "acute moderate to severe pain"],
    ]);
  });

  it("reads a designation applied for or asked for as no designation, and 'strive for … approval' as a plan", () => {
    assert.deepEqual(extract("- The Company has applied to the Center for Drug Evaluation (CDE) for Breakthrough Therapy Designation for XZ-2208 in C3 glomerulopathy.", "2026-08-18"), []);
    assert.deepEqual(extract("Nerova said XZ-2208 is early. Nerova also said it has asked China's regulator to grant priority review once it files. Nerova said, will actively promote the review, strive for early approval listing.", "2026-08-18"), []);
  });

  it("reads the company the news is about as the drug's owner when the sentence opens with it, and the payer for a biotech's drug as the licensee", () => {
    const events = extract("Merck & Co. is paying $95 million upfront for a Chinese biotech's oral IL-17A inhibitor.\nWuhan Nerova Biopharma said Thursday that Merck will get exclusive global rights to XZ-2702, a small molecule that blocks IL-17A signaling. XZ-2702 is still early. Nerova won clearance from China's NMPA to start human trials in February, and the first child was dosed in a phase 1 study in June.", "2026-08-21");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.company, e.modality]), [
      ["deal", "2026-08-20", "Wuhan Nerova Biopharma", "small_molecule"],
      ["ind_approved", "2026-02", "Wuhan Nerova Biopharma", "small_molecule"],
      ["trial_start", "2026-06", "Wuhan Nerova Biopharma", "small_molecule"],
    ]);
  });

  it("takes the company last named as a licence's licensor when a third-person 'the company' licensed the drug, the filer when it speaks for itself", () => {
    const events = extract("Wuhan Nerova Biopharma said Thursday it had raised $50 million. Merck & Co. led the round. The pact is Nerova's second licensing deal. Last October, the company licensed XZ-1105, an oral SSTR2 agonist, to Ipsen in a deal worth up to $580 million.", "2026-08-21");
    assert.deepEqual(events.map((e) => [e.company, e.counterparty]), [["Nerova", "Ipsen"]]);
    const filer = extract("翰森制药集团有限公司\n申请人：江苏豪森药业集团有限公司\n于2024年12月，本集团已就XZ-1053与默沙东订立独家许可协议，向其授出在全球开发本品的权利。", "2026-08-21");
    assert.deepEqual(filer.map((e) => [e.company, e.counterparty]), [["翰森制药集团有限公司", "默沙东"]]);
  });

  it("reads a pipeline table (…｜研发阶段｜…) as no news, whatever the sentence above it says", () => {
    const events = extract("报告期后，2026年2月，XD-6108的临床试验申请获得CDE受理。\n三、公司研发管线\n产品｜靶点｜药物类型｜适应症｜研发阶段｜权益范围\nXD-1207｜DLL3｜ADC｜广泛期小细胞肺癌｜III期｜全球\nXD-7001｜WRN｜小分子｜MSI-H实体瘤｜临床前｜全球", "2026-04-14");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["XD-6108", "ind_accepted"]]);
  });

  it("reads a comparator after 对比 as no part of the drug's name (X对比拓扑替康二线治疗…)", () => {
    const events = extract("2026年2月，XD-1207对比拓扑替康二线治疗广泛期小细胞肺癌的III期临床研究完成首例患者入组给药。", "2026-04-14");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["XD-1207", "trial_start"]]);
  });

  it("gives a code whose prefix the lexicon knows (QL-) to the filer of the filing the text is, when the text never names the prefix's owner", () => {
    const e = one("公司代码：688793　公司简称：启岚生物\n启岚生物医药（苏州）股份有限公司\n2025年年度报告\n2025年5月，QL-3011用于治疗PIK3CA突变的晚期实体瘤获得CDE临床试验默示许可。", "2026-04-14");
    assert.equal(e.company, "启岚生物医药(苏州)股份有限公司");
  });

  it("reads each product row of a health commission's list of filed investigator-initiated trials as an IIT, with its provider, filing day and indication", () => {
    const events = extract("关于2026年第7批研究者发起的临床研究备案项目信息的公示\n现将已完成备案的项目信息予以公示。\n序号｜备案号｜项目名称｜牵头机构｜主要研究者｜产品提供方｜备案日期\n1｜MR-32-26-001274｜XD-19注射液（靶向CD19的体内CAR-T）治疗难治性系统性红斑狼疮的探索性研究｜江苏省人民医院｜许某｜南京星岚生物科技有限公司｜2026-03-27\n2｜MR-32-26-001288｜老年髋部骨折患者围术期镇痛方案的随机对照研究｜苏北人民医院｜顾某｜—｜2026-03-30\n3｜MR-32-26-001296｜GD-D301细胞注射液治疗复发性小细胞肺癌的剂量探索研究｜苏州大学附属第一医院｜邵某｜苏州冠岚生物科技有限公司｜2026-03-31", "2026-04-17");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date, e.company, e.indication]), [
      ["XD-19", "iit", "NHC", "2026-03-27", "南京星岚生物科技有限公司", "难治性系统性红斑狼疮"],
      ["GD-D301", "iit", "NHC", "2026-03-31", "苏州冠岚生物科技有限公司", "复发性小细胞肺癌"],
    ]);
  });

  it("reads a first dosing in a study a hospital leads (由我院…牵头开展的…研究…完成首例受试者给药) as an IIT", () => {
    const e = one("4月13日上午，由我院风湿免疫科许某教授牵头开展的“XD-19注射液治疗难治性系统性红斑狼疮的探索性研究”完成首例受试者给药。", "2026-04-15");
    assert.deepEqual([e.type, e.agency, e.date], ["iit", "NHC", "2026-04-13"]);
  });

  it("reads a post's keycap items under a refreshed list (默示许可列表又刷新了一批…👇 / 2️⃣ 公司 注射用X…) as the list's news, with each item's company", () => {
    const events = extract("#创新药# 今天（4.17）CDE的默示许可列表又刷新了一批，挑几个说说👇\n\n1️⃣ 凯岚生物 注射用XD-6617，这次是新适应症：联合贝伐珠单抗治疗铂敏感复发性卵巢癌。单药铂耐药那个适应症昨天刚进了BTD公示。\n\n2️⃣ 岚衡医药 XD-2031片，口服的MRGPRX2拮抗剂，慢性自发性荨麻疹。这个去年底就拿到FDA的IND了，国内今天跟上。", "2026-04-17");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.status, e.agency, e.date, e.company]), [
      ["XD-6617", "ind_approved", null, "NMPA", "2026-04-17", "凯岚生物"],
      ["XD-6617", "btd", "proposed", "NMPA", "2026-04-16", "凯岚生物"],
      ["XD-2031", "ind_approved", null, "NMPA", "2026-04-17", "岚衡医药"],
      ["XD-2031", "ind_approved", null, "FDA", "2025", "岚衡医药"],
    ]);
  });

  it("reads hearsay anywhere in a sentence (市场传闻…, 据说…) and applying for a designation (拟同步申请优先审评) as no event", () => {
    assert.deepEqual(extract("2、市场传闻曜岚生物正在与多家MNC接触，探讨XD-101的全球合作，公司方面未作回应。", "2026-04-19"), []);
    assert.deepEqual(extract("XD-1902那边，优先审评的申请据说早就交了，就等CDE公示。", "2026-04-19"), []);
    assert.deepEqual(extract("凯岚生物计划于今年下半年递交XD-6617的上市申请，并拟同步申请优先审评。", "2026-04-19"), []);
    assert.deepEqual(extract("Watch for the end of the BTD comment period for XD-2203 next week.", "2026-04-19"), []);
  });

  it("dates each event of a sentence by its own clause (X于3月18日…获受理，并于4月被…正式纳入优先审评品种名单) and reads a drug put on a list as its own news", () => {
    const events = extract("2026年3月18日，XD-1507用于治疗铂耐药卵巢癌的上市许可申请获得NMPA受理，并于2026年4月被CDE正式纳入优先审评品种名单。\n2. XD-0312（XD-0312片，口服小分子GLP-1受体激动剂）", "2026-08-20");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XD-1507", "nda_accepted", "2026-03-18"], ["XD-1507", "priority_review", "2026-04"]]);
  });

  it("reads a machine-translated acceptance and deal (by the State Drug Administration accepted, obtained the … acceptance, 2 hundred million US dollars)", () => {
    const events = extract("XD-218 listing application in 2024 year 5 month by the State Drug Administration accepted. 2021 year 8 month, Rongtai Biology and Seagen reached exclusive global license agreement, will XD-048 rights license to Seagen, obtain upfront 2 hundred million US dollars, milestone payment up to 24 hundred million US dollars.", "2024-10-18");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.upfront_usd, e.total_usd]), [
      ["XD-218", "nda_accepted", "2024-05", null, null],
      ["XD-048", "deal", "2021-08", 200_000_000, 2_600_000_000],
    ]);
  });

  it("keeps a designation granted 'again' on another date apart, however alike its indication reads, and a drug 'combined' with another its own", () => {
    const events = extract("10 month 16 day, RemeTai announced XD-048 combined toripalimab listing application obtained the State Drug Administration acceptance. 2021 year 6 month, it obtained the State Drug Administration conditional approval listing, for treat HER2 overexpression locally advanced or metastatic gastric cancer patients; 2022 year 1 month, again obtained conditional approval, for treat HER2 expressing locally advanced or metastatic urothelial carcinoma patients.", "2024-10-18");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XD-048", "nda_accepted", "2024-10-16"], ["XD-048", "conditional_approval", "2021-06"], ["XD-048", "conditional_approval", "2022-01"]]);
  });

  it("reads the total of upfront and milestones when only the milestones' ceiling is told ('milestone payment up to'), not when a total comes between", () => {
    const e = one("11月，华岳生物与默克就XD-021达成独家许可协议，和华岳生物将收取7000万美元首付款；首付款、行权费及里程碑付款总金额最高可达6.055亿美元。", "2026-11-20");
    assert.equal(e.total_usd, 605_500_000);
  });

  it("reads an NDA told at length before it was accepted, 'accepted that supplemental application', and no study name (GLORA) as an indication", () => {
    const events = extract("The Board is pleased to announce that the New Drug Application (\"NDA\") for XD-2575, the Company's novel, orally administered Bcl-2 selective inhibitor, for the treatment of adult patients with chronic lymphocytic leukemia/small lymphocytic lymphoma (\"CLL/SLL\") previously treated with at least one systemic therapy including Bruton's tyrosine kinase (\"BTK\") inhibitors, has been accepted by the CDE. In June 2024, the FDA cleared the Company's Investigational New Drug application for GLORA, a global registrational Phase III study of XD-2575.", "2024-11-08");
    assert.deepEqual(events.map((e) => [e.type, e.agency]), [["nda_accepted", "NMPA"], ["ind_approved", "FDA"]]);
    assert.notEqual(events[1]!.indication, "GLORA");
    const filed = extract("Akeso has also filed XD-112 for the first-line setting, and the regulator accepted that supplemental application in July.", "2024-09-09");
    assert.deepEqual(filed.map((e) => [e.type, e.date]), [["nda_accepted", "2024-07"]]);
  });

  it("reads 'this variety' as the drug in view and 'included breakthrough therapeutic variety' as a BTD, splitting 'ofHER2'", () => {
    const events = extract("CDE public notice display, Kelun Tai of injection with XD-166 proposed to be included priority review, the proposed indication is for the treatment ofHER2 positive metastatic breast cancer.\nBefore this, 2024 year 1 month 26 day, the listing application of this variety had obtained CDE acceptance.\nIn 2023 year 6 month, XD-166 was by CDE included breakthrough therapeutic variety.", "2024-02-07");
    assert.deepEqual(events.map((e) => [e.type, e.status, e.date]), [["priority_review", "proposed", "2024-02-07"], ["nda_accepted", null, "2024-01-26"], ["btd", "granted", "2023-06"]]);
    assert.equal(events[0]!.indication, "HER2 positive metastatic breast cancer");
  });

  it("reads an approval's earlier indication (其首项适应症——…——已于2024年5月获批), 获批新适应症, and 同日 as the day stated before, not a month", () => {
    const events = extract("4月28日，康方生物公告，XD-112新适应症获国家药监局批准上市。这是XD-112获批的第二项适应症，其首项适应症——联合化疗治疗非鳞状NSCLC——已于2024年5月获批。\n同日，首药控股的XD-707片获批上市。\n同样在4月29日，康诺亚的XD-310获批新适应症，用于治疗成人季节性过敏性鼻炎。", "2025-04-30");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XD-112", "approval", "2025-04-28"], ["XD-112", "approval", "2024-05"], ["XD-707", "approval", "2025-04-28"], ["XD-310", "approval", "2025-04-29"]]);
  });

  it("gives a drug to the company the text names as its developer twice, over the lexicon's owner", () => {
    const e = one("同日，首药控股（688197.SH）的伊鲁阿克片获批上市。伊鲁阿克是首药控股自主研发的新一代ALK抑制剂。", "2025-04-30");
    assert.equal(e.company, "首药控股");
  });

  it("merges a headline's short telling with the body's under a source dateline (智通财经APP讯，…), and a summary with one body telling only", () => {
    const events = extract("信达生物(01801.HK)：XD-363拟纳入突破性治疗品种 用于经治鳞状非小细胞肺癌\n智通财经APP讯，8月12日，CDE官网显示，信达生物申报的XD-363被拟纳入突破性治疗品种，拟定适应症为既往接受过抗PD-(L)1治疗的晚期鳞状非小细胞肺癌，公示期为5个工作日。", "2025-08-12");
    assert.deepEqual(events.map((e) => [e.type, e.status, e.indication]), [["btd", "proposed", "既往接受过抗PD-(L)1治疗的晚期鳞状非小细胞肺癌"]]);
    const two = extract("自愿披露关于XD-2316注射液获得药物临床试验默示许可的公告\n近日，公司自主研发的XD-2316注射液的两项临床试验申请均获得默示许可。\n审查结论：经审查，2026年3月受理的XD-2316注射液临床试验申请符合药品注册的有关要求，同意本品开展用于中重度哮喘和慢性阻塞性肺疾病的临床试验。", "2026-05-19");
    assert.deepEqual(two.filter((e) => e.type === "ind_approved").map((e) => e.indication).sort(), ["中重度哮喘", "慢性阻塞性肺疾病"]);
  });

  it("reads 附条件批准在国内上市 as a conditional approval, and a body opening 上证报中国证券网讯(记者…) apart from its headline", () => {
    const events = extract("科创板捷报频传 迪哲医药XD-9008获美国FDA批准上市\n上证报中国证券网讯(记者沈某)7月以来，科创板创新药企密集迎来研发里程碑。公开资料显示，XD-9008已于2023年8月获国家药监局附条件批准在国内上市。", "2025-07-08");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["approval", "FDA", "2025-07-08"], ["conditional_approval", "NMPA", "2023-08"]]);
  });

  it("reads 首项NDA已获NMPA受理, drops a description repeating a conditional approval's indication shortly, and a class counted as 'only one' for no drug's news", () => {
    assert.deepEqual(extract("2024年2月，XD-362用于成人肥胖或超重患者长期体重控制的首项NDA已获NMPA受理。", "2024-08-12").map((e) => [e.type, e.date]), [["nda_accepted", "2024-02"]]);
    const events = extract("该药品XD-4205胶囊通过优先审评审批程序附条件批准上市，用于既往至少接受过一线系统性治疗的复发或难治的外周T细胞淋巴瘤成人患者。XD-4205是全球首个且唯一获批用于治疗外周T细胞淋巴瘤的JAK1抑制剂。", "2024-06-20");
    assert.deepEqual(events.map((e) => e.type).sort(), ["conditional_approval", "priority_review"]);
    assert.deepEqual(extract("XD-2102 is a Nectin-4 ADC; currently worldwide only one Nectin-4 ADC approved listing.", "2024-03-18"), []);
  });

  it("reads a drug 'first cleared in China' and 'won a second nod this April' as two approvals, each with the indication of its own clause", () => {
    const events = extract("Zorbimab was first cleared in China in May 2024, in combination with chemo for EGFR-mutant nonsquamous NSCLC after an EGFR TKI, and won a second nod this April as a monotherapy for first-line PD-L1-positive NSCLC.", "2025-10-20");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [
      ["approval", "2024-05", "EGFR-mutant nonsquamous NSCLC after an EGFR TKI"],
      ["approval", "2025-04", "first-line PD-L1-positive NSCLC"],
    ]);
  });

  it("reads data 'presented Sunday at the European Society for Medical Oncology (ESMO) Congress' as a readout", () => {
    const e = one("Median PFS was 11.1 months with XD-112 versus 6.9 months with chemotherapy, according to data presented Sunday at the European Society for Medical Oncology (ESMO) Congress in Berlin.", "2025-10-20");
    assert.deepEqual([e.asset, e.type, e.date], ["XD-112", "data_readout", "2025-10-19"]);
  });

  it("gives a trial cleared 'comparing the bispecific with Merck's Keytruda' to the drug told of before, not to the comparator or its owner", () => {
    const events = extract("XD-707 was engineered by Northwind Bio's subsidiary Shenyang Northwind Pharmaceutical Co., Ltd. In March, China's National Medical Products Administration cleared a phase 3 trial comparing the bispecific with Merck's Keytruda as first-line therapy for PD-L1-positive NSCLC.", "2025-05-22");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XD-707", "ind_approved", "2025-03"]]);
  });

  it("reads a licence and an acquisition told in coordinated clauses of one sentence, each with its own parties, terms and date", () => {
    const events = extract("Summit Therapeutics licensed Akeso's XD-112 in December 2022 in a deal worth up to $5 billion, and BioNTech bought Biotheus, the developer of XD-8002, for $800 million upfront and up to $150 million in milestones in November 2024.", "2025-05-22");
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.counterparty, e.date, e.upfront_usd, e.total_usd]), [
      ["deal", "XD-112", "Summit Therapeutics", "2022-12", null, 5e9],
      ["acquisition", "Biotheus", "BioNTech", "2024-11", 8e8, 9.5e8],
    ]);
  });

  it("adds the milestones a deal's next sentences state ('On top of the upfront fee, … eligible for up to $4.8 billion') after an 'Under the agreement' sentence naming the same drug", () => {
    const e = one("Pfizer is paying Northwind a record $1.25 billion upfront for global rights to XD-707. Under the agreement unveiled Tuesday, Pfizer gets exclusive rights to develop XD-707 worldwide. On top of the upfront fee, Northwind is eligible for up to $4.8 billion in development, regulatory and sales milestones.", "2025-05-22");
    assert.deepEqual([e.type, e.date, e.upfront_usd, e.total_usd], ["deal", "2025-05-20", 1.25e9, 6.05e9]);
  });

  it("reads machine-translated filings: 'listing application obtained State Drug Administration（NMPA）acceptance', 'this research reached primary endpoint', and an indication up to 'already'", () => {
    const events = extract("Northwind Pharma（09999.HK）announcement，yesterday（7 month 15 day），company HER2 antibody drug conjugate XD-003 listing application obtained State Drug Administration（NMPA）acceptance，use for treat platinum resistant recurrent ovary cancer adult patient。2024 year 12 month，XD-003 for treat platinum resistant ovary cancer already by Drug Evaluation Center（CDE）include breakthrough therapy variety。2025 year 5 month company announced，this research reached primary endpoint。", "2025-07-16");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.type === "data_readout" ? null : e.indication]), [
      ["nda_accepted", "2025-07-15", "platinum resistant recurrent ovary cancer adult patient"],
      ["btd", "2024-12", "platinum resistant ovary cancer"],
      ["data_readout", "2025-05", null],
    ]);
  });

  it("dates and places 'This application … obtain acceptance' under the regulator of the filing it points back to, whatever the article mostly names", () => {
    const events = extract("Northwind Biological received the NMPA's Drug Clinical Trial Approval Notice: XD-207 injection liquid clinical trial application obtained implied license. This application in 2024 year 12 month 27 day obtain acceptance. In January, XD-207 obtained US Food and Drug Administration (FDA) clinical trial approval; the FDA and the U.S. FDA teams will meet.", "2025-03-11");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]).filter((e) => e[0] === "ind_accepted"), [["ind_accepted", "NMPA", "2024-12-27"]]);
  });

  it("reads 'Initial Phase 1a data, presented at the … Conference in October 2024' as a readout", () => {
    const e = one("XD-1310 is being evaluated in a global Phase 1a/1b study. Initial Phase 1a data, presented at the AACR-NCI-EORTC International Conference on Molecular Targets in October 2024, showed an objective response rate of 74%.", "2025-03-10");
    assert.deepEqual([e.type, e.date], ["data_readout", "2024-10"]);
  });
  it("drops an application withdrawn (已于本周由申请人主动撤回) and keeps the drug out of the list the next sentences go on with", () => {
    const events = extract("本周CDE共公示3个拟纳入突破性治疗品种。\n1月7日，甲公司的XD-2102拟纳入突破性治疗品种，拟定适应症为尿路上皮癌。\n需要注意的是，乙公司此前递交的XD-1858片突破性治疗药物申请，已于本周由申请人主动撤回。XD-1858是一款DPP1抑制剂，拟用于支气管扩张症。", "2025-01-10");
    assert.deepEqual(events.map((e) => e.asset), ["XD-2102"]);
  });

  it("reads 该申请…获受理 after a marketing application as its acceptance (nda_accepted), after a clinical trial application as an IND's", () => {
    const nda = extract("甲公司XD-104的新适应症上市申请已正式纳入优先审评。该申请于去年10月获受理。", "2025-01-10");
    assert.deepEqual(nda.map((e) => [e.type, e.date]), [["priority_review", "2025-01-10"], ["nda_accepted", "2024-10"]]);
    const ind = extract("甲公司XD-105的临床试验申请已获得默示许可。该申请于去年10月获受理。", "2025-01-10");
    assert.deepEqual(ind.map((e) => [e.type, e.date]), [["ind_approved", "2025-01-10"], ["ind_accepted", "2024-10"]]);
  });

  it("places a sentence opening 'In China,' under the NMPA whatever the article mostly names", () => {
    const events = extract("The FDA approved XD-001 on Friday for nasopharyngeal carcinoma. In China, where Junshi markets it as Tuoyi, XD-001 won conditional approval in December 2018 for advanced melanoma.", "2023-10-30");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["approval", "FDA", "2023-10-27"], ["conditional_approval", "NMPA", "2018-12"]]);
  });
  it("points back with 该减重适应症 (该 + a word + 适应症) to the drug told of before", () => {
    const events = extract("甲公司的XD-362今日获批上市，用于成人肥胖或超重患者的长期体重控制。该减重适应症的上市申请于2024年2月获受理。", "2025-06-27");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XD-362", "approval", "2025-06-27"], ["XD-362", "nda_accepted", "2024-02"]]);
  });

  it("reads a clearance and a first dosing told by the owner in one sentence about 'the ADC' just named, whoever it is 'according to'", () => {
    const events = extract("Tanfeng Biotech is paying Lumen Bio $50 million upfront for XD-4849. XD-4849 is already in human testing in China. Lumen Bio won clearance from Chinese regulators in August to test the ADC in patients with advanced solid tumors and began dosing patients in a phase 1 trial in October, according to Tanfeng's investor presentation.", "2024-12-24");
    assert.deepEqual(events.filter((e) => e.type !== "deal").map((e) => [e.type, e.agency, e.date, e.indication]), [["ind_approved", "NMPA", "2024-08", "advanced solid tumors"], ["trial_start", null, "2024-10", "advanced solid tumors"]]);
  });

  it("dates a deal told without a date by 'The deal, unveiled Monday, …' right after it", () => {
    const e = one("Tanfeng Biotech is paying Lumen Bio $50 million upfront for rights to XD-4849. The deal, unveiled Monday, also includes up to $900 million in milestones.", "2024-12-24");
    assert.deepEqual([e.type, e.date, e.upfront_usd, e.total_usd], ["deal", "2024-12-23", 50_000_000, 950_000_000]);
  });

  it("takes 'will develop the ADC under the name XD-849' as another name of the drug just named", () => {
    const e = one("Tanfeng Biotech is paying Lumen Bio $50 million upfront for rights to XD-4849. Tanfeng will develop the ADC under the name XD-849.", "2024-12-24");
    assert.deepEqual([e.asset, e.asset_aliases], ["XD-4849", ["XD-849"]]);
  });

  it("gives no deal terms to a drug from a later sentence about 'three metabolic assets'", () => {
    const events = extract("In October 2023, Lumen Bio handed Merck KGaA ex-China rights to XD-1904 for 160 million euros upfront. In May, Lumen spun three metabolic assets out into a new company for $110 million upfront.", "2024-12-24");
    assert.deepEqual(events.map((e) => [e.asset, e.date, e.upfront_usd]), [["XD-1904", "2023-10", null]]);
  });

  it("takes 'which will develop the candidate as XD-1418' as another name, a company after a place's possessive (San Diego's) as the company, and 'in adult patients with X' as X", () => {
    const deal = one("Lumen Bio out-licensed global rights for XD-418, its EGFR/HER3 bispecific ADC, to San Diego's Avenzo Therapeutics, which will develop the candidate as AVZO-418; Lumen Bio will receive $50 million upfront in an agreement that could reach $1.2 billion.", "2025-01-18");
    assert.deepEqual([deal.asset, deal.asset_aliases, deal.counterparty, deal.total_usd], ["XD-418", ["AVZO-418"], "Avenzo Therapeutics", 1_200_000_000]);
    const filing = one("Tanfeng Pharma said the NMPA accepted a supplemental NDA for XD-1106, its BTK inhibitor, in adult patients with persistent or chronic primary immune thrombocytopenia (ITP).", "2025-01-18");
    assert.equal(filing.indication, "persistent or chronic primary immune thrombocytopenia (ITP)");
    const approval = one("On Thursday, the NMPA granted conditional approval to XD-0619, an autologous CD19-directed CAR-T therapy from Shanghai's Cellora Biotherapeutics, for adults with B-cell acute lymphoblastic leukemia.", "2026-07-13");
    assert.equal(approval.company, "Cellora Biotherapeutics");
  });

  it("reads a machine-translated deal's terms after 'According to agreement terms', each drug's modality from its own bracket, and 'FDA clinical trial（IND）approval'", () => {
    const events = extract("Lumen Bio and the United States Tanfeng Bio，Inc. signed license agreement for XD-2510（PD-L1/VEGF bispecificantibody）and XD-27M（new generation CTLA-4antibody）. According to agreement terms，Lumen Bio will obtain 1000 ten thousand US dollars down payment，the transaction total amount up to about 20.5 hundred million US dollars. 2023 year 1 month，XD-2510 obtain NMPA clinical trial implied license；2024 year 3 month，this product again obtain the United States FDA clinical trial（IND）approval.", "2024-08-02");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date, e.modality, e.targets, e.counterparty, e.upfront_usd, e.total_usd]), [
      ["XD-2510", "deal", null, "2024-08-02", "bispecific_antibody", ["CD274", "VEGFA"], "Tanfeng Bio", 10_000_000, 2_050_000_000],
      ["XD-27M", "deal", null, "2024-08-02", "monoclonal_antibody", ["CTLA4"], "Tanfeng Bio", 10_000_000, 2_050_000_000],
      ["XD-2510", "ind_approved", "NMPA", "2023-01", "bispecific_antibody", ["CD274", "VEGFA"], null, null, null],
      ["XD-2510", "ind_approved", "FDA", "2024-03", "bispecific_antibody", ["CD274", "VEGFA"], null, null, null],
    ]);
  });

  it("reads designations told after a drug's data ('The osteosarcoma data underpin the FDA BTD … disclosed in January', 'granted the ADC an earlier breakthrough tag in August 2024') as two, and a deal 'Two months earlier' than the one before", () => {
    const events = extract("Results from Lumen's phase 1 study, presented Monday at the ASCO annual meeting, showed that XD-20093 produced responses in 9 of 42 patients with relapsed or refractory osteosarcoma treated at the 12 mg/kg dose. The osteosarcoma data underpin the FDA breakthrough therapy designation that Tanfeng disclosed in January. The agency granted the ADC an earlier breakthrough tag in August 2024 for extensive-stage small cell lung cancer, and Lumen holds a breakthrough therapy designation in SCLC from China's Center for Drug Evaluation as well. Tanfeng paid Lumen $185 million upfront in December 2023 for global rights to the drug. Two months earlier, Tanfeng had licensed XD-20089, a B7-H4-directed ADC, from Lumen for $85 million upfront.", "2025-06-03");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date, e.indication]), [
      ["XD-20093", "data_readout", null, "2025-06-02", "relapsed or refractory osteosarcoma"],
      ["XD-20093", "btd", "FDA", "2025-01", null],
      ["XD-20093", "btd", "FDA", "2024-08", "extensive-stage small cell lung cancer"],
      ["XD-20093", "btd", "NMPA", null, "SCLC"],
      ["XD-20093", "deal", null, "2023-12", null],
      ["XD-20089", "deal", null, "2023-10", null],
    ]);
  });

  it("ends an indication before the regulator it is 'from' and before 'was accepted'", () => {
    const e = one("The new drug application for XD-0412 in third-line mCRC was accepted by China's National Medical Products Administration (NMPA) in the fourth quarter of 2025.", "2026-02-24");
    assert.equal(e.indication, "third-line mCRC");
  });

  it("reads one approval per regulator a sentence names with its own date ('by the U.S. FDA (\"FDA\") in November 2023, by the European Commission in June 2024 and by Japan's MHLW in September 2024'), and the milestones 'in additional regulatory … milestone payments' into the total", () => {
    const events = extract("XD-0113 is licensed to Takeda under an agreement signed in January 2023, under which Lumen received US$400 million upfront and is eligible for up to US$730 million in additional regulatory, development and commercial sales milestone payments. Under the brand name XDERA, XD-0113 was approved by the U.S. Food and Drug Administration (\"FDA\") in November 2023, by the European Commission in June 2024 and by Japan's Ministry of Health, Labour and Welfare in September 2024 for adult patients with previously treated mCRC.", "2025-04-08");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date, e.total_usd]), [["deal", null, "2023-01", 1_130_000_000], ["approval", "FDA", "2023-11", null], ["approval", "EMA", "2024-06", null], ["approval", "PMDA", "2024-09", null]]);
  });

  it("reads no event in a release's forward-looking statements, and takes 'marketed in China as X' for another name of the drug", () => {
    const events = extract("Lumen Bio today announced that the FDA has cleared its IND for XD-103A in generalized myasthenia gravis.\n• XD-103A, marketed in China as XDCASO®, was approved by the NMPA in June 2023 for relapsed or refractory multiple myeloma.\nForward-Looking Statements\nThis press release contains forward-looking statements regarding the expected timing of first patient dosing of XD-103A in the United States.", "2025-02-13");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.asset_aliases]), [["XD-103A", "ind_approved", "FDA", ["XDCASO"]], ["XD-103A", "approval", "NMPA", ["XDCASO"]]]);
  });

  it("reads both targets of a long apposition ('X is a novel, highly selective, oral dual inhibitor of the … enzymes IDH1 and IDH2'), not a disease's marker written in full ('KMT2A rearrangements')", () => {
    const dual = one("XD-306 is a novel, highly selective, oral dual inhibitor of the isocitrate dehydrogenase enzymes IDH1 and IDH2. In December 2024, the CDE granted Breakthrough Therapy Designation to XD-306 for relapsed or refractory AML.", "2025-04-08");
    assert.deepEqual(dual.targets, ["IDH1", "IDH2"]);
    const marker = one("Lumen reported Phase 1/2 data for XD-3105, an oral menin inhibitor, in patients with relapsed or refractory acute myeloid leukemia harboring KMT2A rearrangements or NPM1 mutations.", "2026-12-08");
    assert.deepEqual(marker.targets, ["MEN1"]);
  });

  it("reads 'X followed on Monday with phase 1 data for Y' as Y's readout (not as the news before followed), 'in this setting' as the indication just told, and 'earlier this year' as the year", () => {
    const events = extract("On Sunday, investigators presented updated results from the phase 1/2 trial of XD-201 in extensive-stage small cell lung cancer. The FDA granted XD-201 orphan drug designation for SCLC last year. Lumen Bio followed on Monday with phase 1 data for XD-363 in patients with squamous non-small cell lung cancer who had progressed on prior anti-PD-(L)1 therapy. The FDA granted XD-363 Fast Track designation in this setting earlier this year.", "2025-09-09");
    assert.deepEqual(events.filter((e) => e.asset === "XD-363").map((e) => [e.type, e.date, e.indication]), [["data_readout", "2025-09-08", "squamous non-small cell lung cancer"], ["fast_track", "2025", "squamous non-small cell lung cancer"]]);
  });

  it("gives a drug to the parent a subsidiary is named with ('Sichuan Biokin and its U.S. subsidiary SystImmune'), but to the operating company of a group (石药集团旗下巨石生物的X)", () => {
    const parent = one("Sichuan Biokin Pharmaceutical and its U.S. subsidiary SystImmune presented phase 2 data on Sunday for iza-bren in EGFR-mutant NSCLC after osimertinib.", "2025-09-09");
    assert.equal(parent.company, "Sichuan Biokin Pharmaceutical");
    const operating = one("默示许可方面，石药集团旗下巨石生物的注射用SYS6010获批开展联合奥希替尼一线治疗EGFR突变晚期非小细胞肺癌的临床研究。", "2025-04-01");
    assert.equal(operating.company, "巨石生物");
  });

  it("reads 'Chinese regulators cleared the T-cell engager for a phase 1/2 trial', an IIT 'testing X in <disease> began dosing patients', and a drug 'that won its first approval from China's NMPA'", () => {
    const events = extract("XD-336 is not new to the clinic. Chinese regulators cleared the T-cell engager for a phase 1/2 trial in relapsed or refractory multiple myeloma in 2023, and an investigator-initiated trial testing XD-336 in autoimmune hemolytic anemia began dosing patients in June. Lumen is best known for XD-310, an IL-4Rα antibody that won its first approval from China's National Medical Products Administration in September, for adults with moderate-to-severe atopic dermatitis.", "2024-11-21");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date, e.indication]), [
      ["XD-336", "ind_approved", "NMPA", "2023", "relapsed or refractory multiple myeloma"],
      ["XD-336", "iit", "NHC", "2024-06", "autoimmune hemolytic anemia"],
      ["XD-310", "approval", "NMPA", "2024-09", "moderate-to-severe atopic dermatitis"],
    ]);
  });

  it("reads an approval 'for two indications:' as one event per bulleted indication, and 'the FDA's acceptance in October 2024 of Lumen's resubmitted BLA'", () => {
    const events = extract("Lumen today announced that the U.S. FDA approved its anti-PD-1 antibody XD-105 on April 23, 2025 for two indications:\n  • in combination with chemotherapy, for the first-line treatment of adults with recurrent or metastatic nasopharyngeal carcinoma (NPC); and\n  • as a single agent, for adults with metastatic NPC with disease progression on or after platinum-based chemotherapy.\nThe approval follows the FDA's acceptance in October 2024 of Lumen's resubmitted Biologics License Application (BLA).", "2025-04-24");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [
      ["approval", "2025-04-23", "recurrent or metastatic nasopharyngeal carcinoma (NPC)"],
      ["approval", "2025-04-23", "metastatic NPC with disease progression on or after platinum-based chemotherapy"],
      ["nda_accepted", "2024-10", "recurrent or metastatic nasopharyngeal carcinoma (NPC)"],
    ]);
  });

  it("reads machine-translated history and terms: 'same year 5 month', 'complete first patient administration', a second 'According to the agreement terms' sentence with the down payment, and milestones 'up to about … of development，registration and sales milestone payment'", () => {
    const events = extract("2025 year 9 month 2 day，Lumen Bio announce，and Novartis signed exclusive license and collaboration agreement. According to the agreement，Novartis will obtain Lumen RNAi candidate drug XD-00112 in Greater China outside of global scope exclusive development and commercialization right. According to the agreement terms，Lumen will obtain 1.6 hundred million US dollars down payment，and have qualification obtain up to about 52 hundred million US dollars of development，registration and sales milestone payment. This product 2023 year 3 month obtain FDA clinical trial approval，same year 5 month obtain NMPA clinical trial implied license. 2025 year 3 month，XD-00112 in China of Ⅱ phase clinical research complete first patient administration.", "2025-09-03");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date, e.upfront_usd, e.total_usd]), [
      ["deal", null, "2025-09-02", 160_000_000, 5_360_000_000],
      ["ind_approved", "FDA", "2023-03", null, null],
      ["ind_approved", "NMPA", "2023-05", null, null],
      ["trial_start", null, "2025-03", null, null],
    ]);
  });

  it("reads a weekly tracker: a notice 'proposing five drugs for inclusion' as proposals, a count of '38 investigational drugs' as no drug's news, 'was cleared for a Phase 2 study', 'as first-line treatment of', and priority review only 'asked for' as none", () => {
    const events = extract("BREAKTHROUGH THERAPY\nThe CDE on Tuesday (Oct. 14) posted a public notice proposing five drugs for inclusion in its breakthrough therapy program. Three of the five are domestic innovative drugs:\n  - Lumen's XD-313, an anti-CD38 monoclonal antibody, for persistent or chronic primary immune thrombocytopenia (ITP) in adults.\nSeparately, Tanfeng's XD-1310, a DLL3-directed ADC, was formally added to the breakthrough list on Monday (Oct. 13) for extensive-stage small cell lung cancer.\nIND CLEARANCES\nThe CDE's implied-approval list this week included 38 investigational drugs. Notable among them: Qiming's XD-004, an oral GLP-1 receptor agonist, was cleared for a Phase 2 study in adults with obesity.\nNDA ACCEPTANCES\nAllmed said on Thursday (Oct. 16) that the NMPA accepted its supplemental New Drug Application for XD-2818 as first-line treatment of locally advanced or metastatic non-small cell lung cancer with EGFR PACC mutations. The company has also asked for priority review, which the CDE has yet to grant.", "2025-10-18");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.status, e.date, e.indication]), [
      ["XD-313", "btd", "proposed", "2025-10-14", "persistent or chronic primary immune thrombocytopenia (ITP)"],
      ["XD-1310", "btd", "granted", "2025-10-13", "extensive-stage small cell lung cancer"],
      ["XD-004", "ind_approved", null, "2025-10-18", "adults with obesity"],
      ["XD-2818", "nda_accepted", null, "2025-10-16", "locally advanced or metastatic non-small cell lung cancer with EGFR PACC mutations"],
    ]);
  });

  it("takes no event for a drug patients had before ('previously treated with trastuzumab and a taxane'), reads 'its third NMPA nod' as an approval, and 'The U.S. Food and Drug Administration cleared X for a phase 1b/2 trial'", () => {
    const events = extract("On Sunday, Lumen presented phase 3 data for XD-1811 versus trastuzumab emtansine (T-DM1) in patients with HER2-positive breast cancer previously treated with trastuzumab and a taxane. The data support the Chinese approval that Lumen won for this indication earlier this month, its third NMPA nod for XD-1811. The U.S. Food and Drug Administration cleared XD-012F for a phase 1b/2 trial in relapsed or refractory multiple myeloma earlier this year.", "2025-10-20");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date]), [["XD-1811", "data_readout", null, "2025-10-19"], ["XD-1811", "approval", "NMPA", "2025-10"], ["XD-012F", "ind_approved", "FDA", "2025"]]);
  });

  it("keeps the first drug a study compares (该研究对比X联合化疗与安慰剂联合化疗) as the news's drug, and an approval of a new indication (新适应症…获批) apart from the conditional approval of an earlier one", () => {
    const events = extract("港股异动 | 甲公司涨近4% XD-104一线宫颈癌新适应症获批\n智通财经APP获悉，甲公司早盘走高。\n消息面上，甲公司昨日（6月3日）晚间公告，公司自主研发的XD-104注射液联合含铂化疗±贝伐珠单抗一线治疗持续、复发或转移性宫颈癌的新适应症上市申请，近日已获国家药品监督管理局批准。本次获批基于III期研究，该研究对比XD-104联合含铂化疗±贝伐珠单抗与安慰剂联合含铂化疗±贝伐珠单抗。2022年6月，该药首次获附条件批准上市，用于治疗既往接受含铂化疗治疗失败的复发或转移性宫颈癌。此外，甲公司另一款产品XD-112于今年4月获批第二项适应症，用于非小细胞肺癌的一线治疗。", "2025-06-04");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XD-104", "approval", "2025-06-04"], ["XD-104", "conditional_approval", "2022-06"], ["XD-112", "approval", "2025-04"]]);
  });

  it("reads a machine-translated approval story: 'Last December 18 day', 'FDA in 2024 year 3 month accepted … new drug listing application', 'its first-line treatment indication also obtain approval', and a patient's 'previously not received' as no history", () => {
    const events = extract("Lumen Bio: XD-396 obtain U.S. FDA approval listing\n【Pharmaceutical Network News】Last December 18 day (U.S. local time), Lumen Bio announced, ALK inhibitor XD-396 obtain U.S. Food and Drug Administration (FDA) approval listing, used for treatment previously not received ALK inhibitor treatment ALK positive NSCLC adult patients. According to announcement, FDA in 2024 year 3 month accepted XD-396 new drug listing application(NDA). In China, XD-396 in 2020 year 11 month obtained national drug supervision administration approval listing, used for crizotinib-resistant ALK positive NSCLC; 2022 year 3 month, its first-line treatment indication also obtain approval.", "2025-01-07");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["approval", "FDA", "2024-12-18"], ["nda_accepted", "FDA", "2024-03"], ["approval", "NMPA", "2020-11"], ["approval", "NMPA", "2022-03"]]);
  });

  it("reads an HKEX announcement's 'the National Medical Products Administration of China (the \"NMPA\") approved', one conditional approval per 'adult patients with A and adult patients with B', and an option fee (选择权费用) as the upfront", () => {
    const events = extract("The Board is pleased to announce that on 21 April 2025, the National Medical Products Administration of China (the \"NMPA\") approved the supplemental new drug application for XD-022 for the first-line treatment of adult patients with chronic lymphocytic leukemia. XD-022 was first granted conditional approval by the NMPA in December 2020 for the treatment of adult patients with r/r CLL/SLL and adult patients with r/r mantle cell lymphoma.", "2025-04-22");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [["approval", "2025-04-21", "chronic lymphocytic leukemia"], ["conditional_approval", "2020-12", "r/r CLL/SLL"], ["conditional_approval", "2020-12", "r/r mantle cell lymphoma"]]);
    const deal = one("2024年6月，武田与甲公司签署XD-1351全球独家选择权协议，武田支付1亿美元选择权费用，潜在交易总额最高约13亿美元。", "2025-07-16");
    assert.deepEqual([deal.upfront_usd, deal.total_usd], [100_000_000, 1_300_000_000]);
  });

  it("dates a clause joined on with 並/并 by the clause before (FDA於今年5月受理…，並給予優先審評資格), reads EMA 確認受理其上市許可申請, and keeps a list of prior therapies (…，以及（如屬RAS野生型）抗EGFR治療的…患者) whole", () => {
    const events = extract("美國FDA已於11月8日批准XD-013上市，用於治療既往接受過以氟尿嘧啶為基礎的化療、抗VEGF生物製劑治療，以及（如屬RAS野生型且醫學上適用）抗EGFR治療的轉移性結直腸癌成人患者。據悉，FDA於今年5月受理XD-013的新藥上市申請，並給予優先審評資格。歐洲藥品管理局（EMA）則已於今年6月確認受理其上市許可申請。", "2023-11-09");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["approval", "FDA", "2023-11-08"], ["nda_accepted", "FDA", "2023-05"], ["priority_review", "FDA", "2023-05"], ["nda_accepted", "EMA", "2023-06"]]);
    assert.match(events[0]!.indication ?? "", /以及.*抗EGFR治療的轉移性結直腸癌成人患者$/);
  });

  it("reads a history list after 'It follows' ('an FDA BTD in ES-SCLC in August, …, and a second FDA BTD, this time in r/r osteosarcoma, last December') as one event per designation", () => {
    const events = extract("The European Medicines Agency has granted PRIME status to XD-20093 for relapsed extensive-stage small cell lung cancer (ES-SCLC), the company said Friday. The PRIME nod is the fourth regulatory recognition for the asset since the summer. It follows an FDA breakthrough therapy designation in ES-SCLC in August, FDA orphan drug designation for small cell lung cancer, and a second FDA breakthrough therapy designation, this time in relapsed or refractory osteosarcoma, last December.", "2025-01-13");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date, e.indication]), [
      ["prime", "EMA", "2025-01-10", "relapsed extensive-stage small cell lung cancer"],
      ["btd", "FDA", "2024-08", "extensive-stage small cell lung cancer (ES-SCLC)"],
      ["orphan_drug", "FDA", "2024-08", "small cell lung cancer"],
      ["btd", "FDA", "2024-12", "relapsed or refractory osteosarcoma"],
    ]);
  });

  it("reads an FDA accelerated approval, a study named like a code (WU-KONG1 Part B study) as no drug, two verbs sharing the date said after the second, and 'The agency' as the regulator named before", () => {
    const events = extract("SHANGHAI, July 3, 2025 /PRNewswire/ -- Lumen today announced that the U.S. Food and Drug Administration (FDA) on July 2, 2025 granted accelerated approval to XD-9008 for adult patients with EGFR exon 20 insertion NSCLC. The approval rests on WU-KONG1 Part B, a pivotal Phase 2 study. The FDA accepted Lumen's New Drug Application (NDA) and granted it Priority Review in January 2025. The agency had earlier granted XD-9008 Breakthrough Therapy Designation, in January 2022. In China, XD-9008 received conditional approval from the NMPA in August 2023.", "2025-07-03");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date]), [
      ["XD-9008", "approval", "FDA", "2025-07-02"],
      ["XD-9008", "nda_accepted", "FDA", "2025-01"],
      ["XD-9008", "priority_review", "FDA", "2025-01"],
      ["XD-9008", "btd", "FDA", "2022-01"],
      ["XD-9008", "conditional_approval", "NMPA", "2023-08"],
    ]);
  });

  it("reads 临床试验申请…分别于A和B获得FDA和国家药监局的批准 as one clearance per regulator, each with its date and the whole indication", () => {
    const events = extract("XD-006用于治疗晚期小细胞肺癌和神经内分泌癌的临床试验申请，分别于2023年3月和2023年6月获得美国食品药品监督管理局（FDA）和国家药品监督管理局的批准。", "2025-04-09");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date, e.indication]), [["ind_approved", "FDA", "2023-03", "晚期小细胞肺癌和神经内分泌癌"], ["ind_approved", "NMPA", "2023-06", "晚期小细胞肺癌和神经内分泌癌"]]);
  });

  it("reads 'The marketing authorisation application was accepted by the EMA in February 2023' as the drug's, a partner that 'holds exclusive rights' as no owner, and 'China's NMPA had approved X'", () => {
    const events = extract("Lumen Biotech, Inc.\nThe Board is pleased to announce that on 4 February 2025, the European Commission granted marketing authorisation for XD-10, the Group's anti-PD-1 antibody, for ES-SCLC. The marketing authorisation application was accepted by the European Medicines Agency in February 2023. Under a licence agreement of October 2022, Accord Healthcare Limited holds exclusive rights to commercialise XD-10 in Europe.", "2025-02-05");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date, e.company]), [["approval", "EMA", "2025-02-04", "Lumen Biotech"], ["nda_accepted", "EMA", "2023-02", "Lumen Biotech"], ["deal", null, "2022-10", "Lumen Biotech"]]);
    assert.deepEqual(one("HUTCHMED said on Tuesday (Dec. 31) that China's NMPA had approved XD-523, its Syk inhibitor, for adult patients with primary immune thrombocytopenia.", "2025-01-04").type, "approval");
  });

  it("reads 'will pay X $1.25 billion in cash for rights to Y' as a deal with that upfront (not a share purchase 'of X shares'), and 'the regulator had cleared a phase 3 trial'", () => {
    const events = extract("The New York drugmaker Pfizer will pay Lumen Bio $1.25 billion in cash for rights to XD-707, a bispecific antibody that binds PD-1 and VEGF. Pfizer has also agreed to buy $100 million of Lumen shares. XD-707 is being tested in a broad phase 2 program in China. In January, the regulator had cleared a phase 3 trial in PD-L1-positive non-small cell lung cancer that pits XD-707 head-to-head against Merck's Keytruda.", "2025-05-21");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.agency, e.date, e.upfront_usd, e.total_usd]), [["XD-707", "deal", null, "2025-05-21", 1_250_000_000, null], ["XD-707", "ind_approved", "NMPA", "2025-01", null, null]]);
  });

  it("reads machine-translated results 'published' at the end of their clause as a readout, 'plan in this year … disclose' and 'expect within this year release' as plans, 'dosed the first healthy volunteer', and 获批开展…的临床试验", () => {
    const events = extract("2024 year 11 month, XD-5346 phase 1 clinical research results at American Heart Association (AHA) scientific conference on publish, data display dose-dependent lower Lp(a) level. Related data company plan in this year later time disclose. DREAMS-3 research result expect within this year release.", "2025-03-26");
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["data_readout", "2024-11"]]);
    assert.equal(one("XD-102 has moved quickly. Laekna dosed the first healthy volunteer in a phase 1 trial of XD-102 in October.", "2025-01-14").type, "trial_start");
    assert.equal(one("XD-B02是甲公司自主研发的双特异性T细胞衔接器，去年已在国内获批开展用于复发或难治性B细胞非霍奇金淋巴瘤的临床试验。", "2025-01-08").type, "ind_approved");
  });

  it("reads CDE's 公示拟将X…的上市申请纳入优先审评 as a proposal, not as a company applying for priority review", () => {
    const e = one("7月25日，CDE公示拟将甲公司的注射用XD-48联合特瑞普利单抗一线治疗HER2表达的局部晚期或转移性尿路上皮癌的上市申请纳入优先审评。", "2025-07-28");
    assert.deepEqual([e.type, e.status, e.date], ["priority_review", "proposed", "2025-07-25"]);
  });

  it("reads results 'published' after a comma (…的研究结果，已于2023年发表于《…》) as a dated readout", () => {
    const events = extract("XD-103A是甲公司开发的BCMA CAR-T产品。神经内科团队此前关于XD-103A治疗复发/难治性NMOSD的研究结果，已于2023年发表于《信号转导与靶向治疗》。", "2025-06-20");
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["data_readout", "2023"]]);
  });

  it("reads 'successively in A and B obtained NMPA … implied license and US FDA … clinical trial approval' as two clearances, each with its regulator and date in order", () => {
    const events = extract("XD-18 is a long-acting GLP-1 receptor agonist. Research progress aspect，XD-18 successively in 2024 year 3 month and 2024 year 5 month obtained China National Medical Products Administration（NMPA）clinical trial implied license and US Food and Drug Administration（FDA）clinical trial approval，used for chronic weight management。", "2025-04-29");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date]), [["ind_approved", "NMPA", "2024-03"], ["ind_approved", "FDA", "2024-05"]]);
  });

  it("gives drugs named only as examples of a class (X、Y等…药物, 如X等, 'such as X etc.', 已有X、Y两款…) no event, and a count's lead (X等3款) keeps its own", () => {
    const events = extract("近年来，甲药、乙药等GLP-1药物相继获批上市，XD-101于2025年3月获得NMPA临床试验默示许可。", "2025-05-01");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["XD-101", "ind_approved"]]);
    assert.deepEqual(extract("At present, XD-901、XD-902 etc. many GLP-1 drugs already obtained approval listing.", "2025-05-01"), []);
    assert.deepEqual(extract("目前国内已有如XD-903等多款同类药物获批上市。", "2025-05-01"), []);
    assert.deepEqual(extract("目前，国内已有XD-501、XD-502等同靶点药物获批上市，另有十余款同靶点药物处于临床研究阶段。", "2025-05-01"), []);
    assert.deepEqual(extract("目前国内已有XD-503、XD-504两款IL-4Rα单抗获批上市。", "2025-05-01"), []);
    assert.deepEqual(extract("2024年5月，甲公司将XD-931等三款代谢领域产品的海外权益授权给乙公司。", "2025-05-01").map((e) => [e.asset, e.type]), [["XD-931", "deal"]]);
  });

  it("takes the second of two drugs set head to head (X and Y head-to-head, X与Y头对头) for the comparator, not a drug of the news", () => {
    assert.deepEqual(extract("2025年4月28日，XD-301与XD-302头对头III期临床研究完成首例受试者给药。", "2025-04-30").map((e) => [e.asset, e.type]), [["XD-301", "trial_start"]]);
    assert.deepEqual(extract("Lumen announced that the phase 3 study comparing XD-18 and XD-19 head-to-head completed first patient dosing on April 28, 2025.", "2025-04-30").map((e) => e.asset), ["XD-18"]);
  });

  it("reads 'in 2024 at the same time obtained US FDA and China NMPA clinical trial approval' as one clearance per regulator, and 'used for X treatment' as the indication X", () => {
    const events = extract("In addition, the once weekly insulin XD-404 (an ultra long-acting insulin analogue) in 2024 year at the same time obtained US FDA and China NMPA clinical trial approval，used for type 2 diabetes mellitus treatment。", "2025-04-29");
    assert.deepEqual(events.map((e) => [e.type, e.agency, e.date, e.indication, e.targets]), [["ind_approved", "FDA", "2024", "type 2 diabetes mellitus", ["INSR"]], ["ind_approved", "NMPA", "2024", "type 2 diabetes mellitus", ["INSR"]]]);
    assert.deepEqual(extract("XD-405 has obtained clinical trial approvals from both the FDA and the NMPA.", "2025-04-29").map((e) => e.agency), ["FDA", "NMPA"]);
  });

  it("takes a known company's code prefix before a single digit for a code (GZR4 of Gan & Lee), not any short capital word with a digit", () => {
    assert.deepEqual(extract("甘李药业的GZR4于2024年获得国家药监局临床试验默示许可。", "2025-04-29").map((e) => [e.asset, e.company]), [["GZR4", "甘李药业"]]);
    assert.deepEqual(extract("XYZ4于2024年获得国家药监局临床试验默示许可。", "2025-04-29"), []);
  });

  it("reports a company named by a machine translation of its Chinese name ('Sweet Li Pharmaceutical') by the other name the text writes, and links a bracketed 'Chinese name：' to the drug", () => {
    const events = extract("Sweet Li Pharmaceutical Industry XD-18 phase 3 completed first patient dosing\nGan & Lee Pharmaceuticals（Sweet Li Pharmaceutical Industry，603087.SH）announce，the GLP-1 receptor agonist XD-18 injection（research code：XD-18，Chinese name：博甲格鲁肽）phase 3 clinical research，in 2025 year 4 month 28 day in China completed first patient dosing。", "2025-04-29");
    assert.deepEqual(events.map((e) => [e.asset, e.asset_aliases, e.company]), [["XD-18", ["博甲格鲁肽"], "Gan & Lee Pharmaceuticals"]]);
  });

  it("reads 'The agency also cleared the X inhibitor as a single agent for adults with Y' after an approval as a second approval of the same day, for Y", () => {
    const events = extract("On Friday, the FDA approved XD-001 in combination with chemotherapy for adults with metastatic nasopharyngeal carcinoma. The agency also cleared the PD-1 inhibitor as a single agent for adults with recurrent NPC after platinum-containing chemotherapy.", "2023-10-30");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [["approval", "2023-10-27", "adults with metastatic nasopharyngeal carcinoma"], ["approval", "2023-10-27", "recurrent NPC after platinum-containing chemotherapy"]]);
  });

  it("reads an HKEX announcement in traditional characters: 獲國家藥監局批准，在…患者中開展II期臨床試驗, 結果已於二零二四年十一月刊登於《…》, 評估了X在Y患者中, and an IIT 'now running' without a date", () => {
    const events = extract("本公司董事會欣然宣佈，本集團自主研發的XD-313注射液於二零二五年一月三日獲國家藥品監督管理局批准，在成人原發免疫性血小板減少症患者中開展II期臨床試驗。由甲醫院牽頭的一項研究者發起的臨床研究評估了XD-313在成人慢性ITP患者中的安全性及有效性，其結果已於二零二四年十一月刊登於《新英格蘭醫學雜誌》。此外，評估XD-313治療IgA腎病及原發性膜性腎病的另一項IIT目前正於乙醫院進行。", "2025-01-06");
    assert.deepEqual(events.map((e) => [e.type, e.date, e.indication]), [["ind_approved", "2025-01-03", "成人原發免疫性血小板減少症患者"], ["iit", null, "成人慢性ITP"], ["data_readout", "2024-11", "成人慢性ITP"], ["iit", null, "IgA腎病及原發性膜性腎病"]]);
    assert.deepEqual(extract("今年4月，乙公司已获得FDA批准，在美国开展XD-7375治疗KRAS G12D突变晚期实体瘤的I/IIa期临床试验。", "2025-07-08").map((e) => [e.type, e.agency, e.date]), [["ind_approved", "FDA", "2025-04"]]);
  });

  it("dates an IIT 'begun in 2023' by that year even where the readout wording of the same sentence starts inside the IIT's words", () => {
    const events = extract("Lumen began an investigator-initiated trial of XD-012F in refractory systemic lupus erythematosus in China in 2023, and early results from the first patients, presented at a rheumatology meeting in November, showed low disease activity.", "2023-12-27");
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["iit", "2023"], ["data_readout", "2023-11"]]);
  });

  it("reads an English roundup's bullets with weekday dates, and ends a counted set at the next heading line ('Company News')", () => {
    const events = extract("Trials and Approvals\n\n  • China's NMPA approved Lumen's lonapegsomatropin for children aged 3 and older with growth failure on Wednesday (Jan. 15);\n  • The NMPA issued implied approvals to 41 Class 1 innovative drugs this week;\n\nCompany News\n\n  • Delta said it would present data from a dozen GLP-1 programs, a field crowded by XD-901 and XD-902, at a meeting;", "2025-01-18");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.indication]), [["lonapegsomatropin", "approval", "2025-01-15", "growth failure"]]);
  });

  it("reads a release naming a gene therapy by its two-word INN and Chinese brand in brackets: the stated day wins over 'today', and 'the first gene therapy for X approved in China' is no second approval", () => {
    const events = extract("SHANGHAI, April 10, 2025 /PRNewswire/ -- Lumen Inc. today announced that China's National Medical Products Administration (NMPA) approved XD-H901 (dalnacogene ponparvovec injection; Chinese brand name: 信玖凝) on April 9, 2025, for the treatment of adults with moderate to severe hemophilia B. XD-H901 is the first gene therapy for hemophilia approved in China.", "2025-04-10");
    assert.deepEqual(events.map((e) => [e.asset, e.asset_aliases, e.type, e.date]), [["XD-H901", ["dalnacogene ponparvovec", "信玖凝"], "approval", "2025-04-09"]]);
  });

  it("reads a licence told 'at that time' (当时) by the date stated before, the filer ('集团') as the licensee, and every drug of '包括X、Y在内', the terms on the first", () => {
    const events = extract("远大医药公告，XD-591-CHN（177Lu-ruxotamab）完成首例患者给药。集团在核药领域的布局始于2020年11月。当时，集团以2500万美元首付款，从Telix Pharmaceuticals引进了包括XD-591、XD-250在内的六款放射性药物在大中华区的独家权益。", "2024-12-12");
    assert.deepEqual(events.filter((e) => e.type === "deal").map((e) => [e.asset, e.date, e.company, e.counterparty, e.upfront_usd]), [["XD-591", "2020-11", "Telix Pharmaceuticals", "远大医药", 25_000_000], ["XD-250", "2020-11", "Telix Pharmaceuticals", "远大医药", null]]);
    assert.deepEqual(events.find((e) => e.type === "trial_start")?.asset_aliases, ["ruxotamab"]);
  });

  it("reads machine-translated 'obtained FDA new drug clinical trial application approval', 'obtained NMPA approval for marketing', results 'publish in《…》', and no IIT in 'This IIT of … cohort' or 'Based on IIT data'", () => {
    const text = "8 month 13 day，Lumen Bio announced，the company CAR-T injection XD-103A obtained US Food and Drug Administration（FDA）new drug clinical trial application approval，used for treat NMOSD adult patients。Data show，XD-103A already in 2023 year 6 month 30 day obtained China National Medical Products Administration（NMPA）approval for marketing，used for treat relapsed or refractory multiple myeloma adult patients。In autoimmune field，Lumen Bio and Tongji Hospital launched investigator-initiated clinical research（IIT），evaluate XD-103A treat relapsed/refractory NMOSD。This IIT of NMOSD cohort result in 2022 year publish in《Signal Transduction and Targeted Therapy》magazine。Based on IIT data，XD-103A treat NMOSD clinical trial application in 2023 year 10 month obtained NMPA clinical trial implied license。";
    assert.deepEqual(extract(text, "2024-08-14").map((e) => [e.type, e.agency, e.date]), [["ind_approved", "FDA", "2024-08-13"], ["approval", "NMPA", "2023-06-30"], ["iit", "NHC", null], ["data_readout", null, "2022"], ["ind_approved", "NMPA", "2023-10"]]);
  });

  it("reads an IIT roundup: a product name glued to its code is that drug, 研究将入组X患者 gives the indication, and an IIT through ethics review but 尚待…备案 is no event", () => {
    const events = extract("本周一（7月21日），甲生物宣布，其多巴胺能神经前体细胞注射液XD-411在乙医院开展的研究者发起的临床研究（IIT）完成首例患者移植。眼科基因治疗方面，丙基因上周五（7月18日）宣布，其RNA编辑疗法XD-202在丁医院开展的IIT已完成医学研究登记备案，研究将入组新生血管性年龄相关性黄斑变性患者。此外，戊生物的XD-188在另一家医院的扩展IIT方案已通过伦理委员会审查，尚待在备案系统完成备案。", "2025-07-22");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.indication]), [["XD-411", "iit", "2025-07-21", null], ["XD-202", "iit", "2025-07-18", "新生血管性年龄相关性黄斑变性"]]);
  });

  it("gives a table row whose name cell withholds the name (某…, 某进口单抗注射液, （未公开）, 企业未披露) no event", () => {
    const events = extract("【临床默示许可】\n品种名称｜申请人｜适应症｜注册分类\nXD-5044注射液｜甲生物技术股份有限公司｜严重高甘油三酯血症｜化学药品1类\n某PD-1/IL-2双功能融合蛋白｜（未公开）｜晚期实体瘤｜治疗用生物制品1类\n企业未披露｜—｜2型糖尿病｜化学药品1类\n某进口单抗注射液｜未披露｜哮喘｜治疗用生物制品1类\n某进口siRNA注射液｜未披露｜高血压｜化学药品1类", "2025-03-08");
    assert.deepEqual(events.map((e) => [e.asset, e.type]), [["XD-5044", "ind_approved"]]);
  });

  it("reads a roundup list with a date in brackets after each drug (X（9月4日）、Y（9月10日）…先后获得…), each with its named owner, and no event in 'RMAT…其待遇与突破性疗法认定相当'", () => {
    const events = extract("其中，明慧医药的XD-088C（9月4日）、辉大基因的XD-204（9月10日）、正序生物的CS-801（9月12日）先后获得FDA孤儿药资格认定；北恒生物的XD-402则于9月27日获得RMAT认定。RMAT是FDA专为细胞和基因治疗设立的加速通道，其待遇与突破性疗法认定相当。", "2024-10-08");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.company]), [["XD-088C", "orphan_drug", "2024-09-04", "明慧医药"], ["XD-204", "orphan_drug", "2024-09-10", "辉大基因"], ["CS-801", "orphan_drug", "2024-09-12", "正序生物"], ["XD-402", "rmat", "2024-09-27", "北恒生物"]]);
  });

  it("reads a machine-translated licence: 'will its X global rights license to US Exelixis company, obtain 8000 ten thousand US dollars down payment'", () => {
    const events = extract("Besides，English Silicon Intelligence in 2023 year 9 month will its USP1 inhibitor XD-3091 global rights license to US Exelixis company，obtain 8000 ten thousand US dollars down payment，and have right to obtain subsequent milestone payment。", "2025-06-04");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date, e.company, e.counterparty, e.upfront_usd]), [["XD-3091", "deal", "2023-09", "English Silicon Intelligence", "Exelixis", 80_000_000]]);
  });

  it("splits 'orphan drug designations for A and for B' into two, reads 'an ADC that the FDA cleared for a phase 1/2 trial in 2023', and takes a drug 'a potential edge over' is claimed against for a comparator", () => {
    assert.deepEqual(extract("Outside China, the FDA has granted XD-2575 orphan drug designations for chronic lymphocytic leukemia and for Waldenström macroglobulinemia.", "2025-07-11").map((e) => [e.type, e.indication]), [["orphan_drug", "chronic lymphocytic leukemia"], ["orphan_drug", "Waldenström macroglobulinemia"]]);
    assert.deepEqual(extract("Lumen's second clinical asset, XD-1160, is a CD70-directed ADC that the FDA cleared for a phase 1/2 trial in 2023 in renal cell carcinoma.", "2024-04-04").map((e) => [e.type, e.agency, e.date]), [["ind_approved", "FDA", "2023"]]);
    const events = extract("XD-1184 is in a phase 1/2 study in ovarian cancer. The FDA granted the ADC Fast Track designation in January for patients with platinum-resistant ovarian cancer. Lumenbio presented early data from the phase 1/2 trial at the ESMO Congress last October, a potential edge over Delta's XD-9999, the only such ADC on the market.", "2024-04-04");
    assert.deepEqual(events.map((e) => [e.asset, e.type, e.date]), [["XD-1184", "fast_track", "2024-01"], ["XD-1184", "data_readout", "2023-10"]]);
  });

  it("reads indications told around the drug: 适应症同为X, 用于X的<code>, a sentence opening 在X领域, and 'accepted the NDA for X and granted it priority review'", () => {
    const one = (text: string) => extract(text, "2025-07-22")[0]?.indication;
    assert.equal(one("在国内，XD-375今年3月被CDE正式纳入突破性治疗品种，适应症同为KRAS G12D突变晚期胰腺导管腺癌。"), "KRAS G12D突变晚期胰腺导管腺癌");
    assert.equal(one("用于复发性胶质母细胞瘤的XD101-CHN今年8月获得国家药监局临床试验默示许可。"), "复发性胶质母细胞瘤");
    assert.equal(one("同样在帕金森病领域，甲医药的XD-001已于2024年获得国家药监局的临床试验许可。"), "帕金森病");
    assert.equal(one("In August 2024, the NMPA accepted the NDA for XD-021 in TGCT and granted it priority review."), "TGCT");
  });

  it("takes an acquisition's price 'about $1 billion in total, plus a contingent value right' for its upfront, and a known company at the end of a headline's run of words for the whole name", () => {
    const events = extract("The British drugmaker said Tuesday it has agreed to acquire Lumen Biotechnologies for $2.00 per share in cash, or about $1 billion in total, plus a non-tradable contingent value right of $0.30 per share payable on a regulatory milestone, valuing the deal at up to about $1.2 billion.", "2023-12-27");
    assert.deepEqual(events.map((e) => [e.type, e.upfront_usd, e.total_usd]), [["acquisition", 1_000_000_000, 1_200_000_000]]);
    assert.equal(extract("同种异体CAR-T挺进自免注册临床 邦耀生物XD-301狼疮适应症获默示许可", "2024-11-18")[0]?.company, "邦耀生物");
  });

  it("reads a traditional Chinese medicine that opens its paragraph ('X颗粒为公司自主研发的1.1类中药创新药') and finds it again by its full name", () => {
    const events = extract("（一）中药创新药\n\n甲乙通络颗粒为公司自主研发的1.1类中药创新药（中药复方制剂），用于缺血性脑卒中恢复期气虚血瘀证。该产品上市许可申请于2025年11月获国家药品监督管理局受理。报告期内，2026年5月20日，甲乙通络颗粒获国家药品监督管理局批准上市，取得药品注册证书。", "2026-08-28");
    assert.deepEqual(events.map((e) => [e.type, e.date]), [["nda_accepted", "2025-11"], ["approval", "2026-05-20"]]);
  });

  it("takes the buyer an acquisition sentence describes ('The Danish company said Wednesday it will buy X') for the company named before", () => {
    const events = extract("Genmab is reaching for a next-generation antibody-drug conjugate with its biggest acquisition to date.\n\nThe Danish company said Wednesday it will buy Lumenbio, a privately held biotech, for $1.8 billion in cash.", "2024-04-04");
    assert.deepEqual(events.map((e) => [e.type, e.asset, e.counterparty, e.date]), [["acquisition", "Lumenbio", "Genmab", "2024-04-03"]]);
  });
});
