import { requiredLiterals } from "../text/required-literals.ts";
import { surface, type Prepared } from "../text/prepare.ts";

/** A pattern and the words (lower case) one of which any match contains: a text without them is not searched. */
type Pattern = { needs: string[]; re: RegExp };
const pattern = (re: RegExp): Pattern => ({ needs: requiredLiterals(re.source) ?? [""], re });

/**
 * The indication a sentence gives for an event: "用于治疗X", "适应症为X", "X适应症", "for the treatment of X",
 * "in patients with X", "BTD for X". The one nearest the trigger wins; the text is reported as written.
 */
const ZH_PATTERNS = [
  pattern(/(?:拟|适)?用于(?:治疗)?([^，。；,;！？]{2,80}?)(?=的(?:临床|新药|上市|新?适应症|患者|研究|试验|(?:补充|注册)?申请)|的(?=[^，。；,;]{0,12}(?:药物|抑制剂|药|产品|疗法|抗体|资格|认定|称号))|的(?=\s?[A-Z]{2,}[A-Za-z]*-\d|\s?[A-Z]{2,}\d{3,})|患者(?!的(?:长期)?(?:体重管理|血糖控制|血压控制|血脂控制))|(?:获得|获|已被|被|纳入|已(?:于|经|在))|(?:之后|以后)(?=的|[，。；,;！？]|$)|[，。；,;！？]|$)/g),
  // "两项适应症同时进入公示名单，分别为“A”和“B”"
  pattern(/适应症[^。;]{0,30}?分别为[:：]?\s?((?:[^。;！？!?]|;(?=\s?以及)){2,160}?)(?=[。！？!?]|;(?!\s?以及)|$)/g),
  pattern(/适应症(?:(?:同为|同样为|也为|亦为|为|是)[:：]?|[:：])([^，。；,;！？]{2,80}?)(?=[，。；,;！？]|$)/g),
  pattern(/(?<!突破性|意向)(?:开展)?治疗([^，。；,;！？]{2,80}?)(?=的(?:(?:中国|国内|美国|海外|全球|国际)(?=II|I|Ⅱ|Ⅰ|Ⅲ|[123]期|多中心|临床|注册))?(?:临床|新药|上市|新?适应症|研究|试验|(?:补充|注册)?申请|II|I|Ⅱ|Ⅰ|Ⅲ|[Pp]hase|Ph\s?[1-3]|(?:第[一二三四五六七八九十\d]{1,2}项|首项)?IIT|(?:另一项|一项|多项)(?:研究|临床|试验|IIT))|的(?=[^，。；,;]{0,12}(?:药物|抑制剂|药|产品|疗法|抗体|资格|认定|称号))|的(?=首批|首次|完整|全部|更新|客观|缓解|总缓解|完全缓解|疾病控制|有效率|早期|初步|最新|长期|积极|剂量|探索|总生存|无进展|疗效|安全性|数据|结果|中位|多中心|随机|双盲|开放|单臂|全球|国际多中心|关键|注册|确证)|(?:获得|获|已被|被|纳入|适应症|已(?:于|经|在))|[，。；,;！？]|$)/g),
  pattern(/在(?:中国)?((?:(?!在)[^，。；,;！？]){2,40}?(?:患者|成人|儿童|受试者))中开展/g),
  // "为一名38岁的难治性全身型重症肌无力女性患者成功回输": the disease of the one patient a study treated
  pattern(/(?:一|1|首)[名位例](?:\d{1,3}岁的?)?((?:(?![名位例])[^，。；,;！？]){2,30}?)(?:女性|男性|男|女|儿童|成人|老年)?患者/g),
  // "同样在帕金森病领域，X已于2024年先后获得…": the disease a sentence opens with as its field
  pattern(/^(?:[^，。；,;！？]{0,6})在((?:(?!在)[^，。；,;！？]){2,20}?(?:病|癌|瘤|症|炎))领域[，,]/g),
  // "评估了X在成人持续性或慢性ITP患者中的安全性及有效性": the patients a study evaluated the drug in
  pattern(/(?:评估|评价|考察|探索|观察)了?[^，。；,;！？]{0,30}?在((?:(?!在)[^，。；,;！？]){2,40}?)患者中的/g),
  // "公布了D3S-001在KRAS G12C抑制剂初治的NSCLC患者中的II期数据": the patients the data come from
  pattern(/(?:公布|发布|报告|披露|读出|更新)了?[^，。；,;！？]{0,30}?在((?:(?!在)[^，。；,;！？]{2,40}?))患者中的[^，。；,;！？]{0,12}(?:数据|结果)/g),
  // "研究将入组新生血管性年龄相关性黄斑变性患者": the patients a study enrols
  pattern(/(?:入组|招募|纳入)(?:\d+例)?((?:(?!入组|患者)[^，。；,;！？]){2,60}?)患者/g),
  // "在32例晚期实体瘤患者中未达到最大耐受剂量": the patients a readout counts
  pattern(/在\d+例((?:(?!在)[^，。；,;！？]){2,40}?)患者中/g),
  // "同意本品单药开展既往含铂化疗失败的复发或转移性宫颈癌的II期临床试验": up to the last 的 before the trial
  // (or with its phase and no 临床: "拟开展超重或肥胖的I期研究")
  pattern(/开展(?:用于(?:治疗)?|治疗)?([^，。；,;！？]{2,60})的(?:(?:I{1,3}|Ⅰ|Ⅱ|Ⅲ|[123])(?:[/／](?:I{1,3}|Ⅱ|Ⅲ|[23]))?期)?临床(?:试验|研究)/g),
  pattern(/开展(?:用于(?:治疗)?|治疗)?([^，。；,;！？]{2,60})的(?:I{1,3}|Ⅰ|Ⅱ|Ⅲ|[123])(?:[/／](?:I{1,3}|Ⅱ|Ⅲ|[23]))?期(?:试验|研究)/g),
  // "今年3月又获批新适应症带状疱疹后神经痛": the new indication named right after the words
  pattern(/(?:获批|批准)(?:了)?(?:一项|第[一二三四五六七八九十\d]项)?新适应症[:：]?\s?([^，。；,;！？（(]{2,40})/g),
  // "其中国III期临床研究（超重/肥胖）已于…": a study's disease in brackets after it
  pattern(/(?:期|临床)(?:研究|试验)[(（]([^)）()（]{2,24}?(?:病|癌|瘤|炎|症|痛|感染|综合征|肥胖|超重))[)）]/g),
  pattern(/针对([^，。；,;！？]{2,60}?)(?=的|[，。；,;！？]|$)/g),
  // "该ITP新药上市申请于2024年1月获受理": the application named by its disease
  pattern(/(?:该|其|此)((?:[A-Za-z][A-Za-z0-9/-]{1,9})|[\u4e00-\u9fff]{2,12}?(?:病|癌|瘤|(?<!适应)症|炎))(?:适应症)?的?(?:新药|补充)?(?:上市(?:许可)?)?申请/g),
];
/** Words a disease's name ends with ("… adenocarcinoma", "… lupus erythematosus", "la/mUC"): an English "for …" phrase ending in one names an indication. */
export const DISEASE_WORDS = ["cancer", "cancers", "carcinoma", "carcinomas", "adenocarcinoma", "tumor", "tumors", "tumour", "tumours", "neoplasms", "lymphoma", "lymphomas", "leukemia", "leukaemia", "myeloma", "melanoma", "sarcoma", "glioma", "glioblastoma", "mesothelioma", "disease", "disorder", "syndrome", "fibrosis", "hypertension", "diabetes", "obesity", "erythematosus", "arthritis", "psoriasis", "dermatitis", "eczema", "asthma", "hepatitis", "infection", "infections", "failure", "nephropathy", "steatohepatitis", "hypercholesterolemia", "hypercholesterolaemia", "hypertriglyceridemia", "dyslipidemia", "gravis", "sclerosis", "atrophy", "dystrophy", "migraine", "epilepsy", "depression", "schizophrenia", "colitis", "pericarditis", "urticaria", "alopecia", "vitiligo", "hemophilia", "haemophilia", "anemia", "anaemia", "thalassemia", "amyloidosis", "gout", "osteoporosis", "glaucoma", "degeneration", "edema", "oedema", "pterygium", "influenza", "pneumonia", "sepsis", "stroke", "dementia", "insomnia", "myopia", "cataract", "hemorrhage", "haemorrhage", "pain", "neuralgia"];
const DISEASE_ABBREVIATIONS = ["NSCLC", "SCLC", "HCC", "UC", "mUC", "CRC", "mCRPC", "CRPC", "AML", "CLL", "CML", "DLBCL", "TNBC", "HNSCC", "ESCC", "SLE", "IgAN", "MASH", "NASH", "IPF", "COPD", "HoFH", "HeFH", "sHTG", "BTC", "PDAC", "RCC", "GBM", "MDS", "ITP", "PNH", "HAE", "NMOSD", "CIDP", "gMG", "COVID-19"];
const eitherCase = (word: string) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`;
// (and the endings most disease names have: "gangliosidosis", "nephritis", "hyperkalemia", "cardiomyopathy")
const DISEASE_HEAD = `(?:${DISEASE_WORDS.map(eitherCase).join("|")}|[A-Za-z]{3,}(?:osis|itis|emia|aemia|opathy|penia|plasia|trophy)|(?:[a-z]{1,3}\\/|m)?(?:${DISEASE_ABBREVIATIONS.join("|")}))`;
/** "KL-4172, a CLDN18.2 x CD3 T-cell engager, for 3L+ CLDN18.2-positive gastric/GEJ adenocarcinoma after …": terse "for" + a disease name, and what qualifies it after (and the lines of therapy before it, "for post-TKI, post-chemotherapy EGFR-mutant NSCLC"). */
// (most sentences name no disease: this test spares them FOR_DISEASE's scan from every "in" and "for")
const HAS_DISEASE = new RegExp(`\\b${DISEASE_HEAD}\\b`);
const FOR_DISEASE = new RegExp(`\\b(?:for|in) ((?!the\\b|its\\b|an?\\b|use\\b|review\\b|combination\\b|patients\\b|China\\b|(?:19|20)\\d{2}\\b)(?:(?!\\b(?:for|in|of|at|by|from|with)\\b)(?:[^.;,()]|\\.(?=\\d)|\\([^()]{1,20}\\)|,(?=\\spost-))){1,80}?(?<!-)\\b${DISEASE_HEAD}\\b(?:\\s\\([A-Za-z]{2,8}\\))?(?:\\s(?:after|following|who|previously|harbou?ring|progressing|with (?:prior|previous|at least)|that (?:has|have|had))\\b(?:[^.;,:"“”]|\\.(?=\\d)){1,80})?)`, "g");

/** A comma inside a disease's qualifiers ("hormone receptor-positive, HER2-negative, unresectable or metastatic breast cancer"). */
const QUALIFIER_COMMA = String.raw`,(?=\s(?:[\w/]+-(?:positive|negative|mutant|mutated|low|high|expressing|altered)|unresectable|locally|metastatic|relapsed|refractory|recurrent|advanced)\b)`;
const EN_PATTERNS = [
  pattern(/\b(?:for|as) (?:the |a )?(?:(?:first|second|third)-line |(?:neo)?adjuvant |maintenance |long-term |chronic )?(?:treatment|prevention|prophylaxis|management) of ((?:(?!, (?:with|which|and the|as|according|but|while|whereas|and (?:become|became|becomes|is|was|has|had|have|will|it|its|also)|(?:the |this )?(?:product|drug|candidate|compound|molecule|therapy|it) (?:is|was))\b|,\s(?:\S+\s){0,3}(?:said|says|announced|noted|added)\b|\b(?:based on|by the|from the|which|and is|granted|according to|(?:was|were|has been|have been|had been) (?:accepted|approved|granted|cleared|submitted|filed|validated)|(?:obtained|received|won|secured) the|(?:in|on) (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b|, (?:making|marking|becoming)\b)(?:[^.;]|\.(?=\d)))+)/gi),
  pattern(/\bto treat ((?:(?!\b(?:based on|by the|which|and is)\b)(?:[^.;,]|\.(?=\d)))+)/gi),
  // "its treat type 2 diabetes of III stage clinical study" (治疗X的III期临床研究, machine-translated word for word)
  pattern(/\btreat ?((?:(?!\b(?:of|treat)\b)[^.;,，。；]){2,80}?) of (?:I{1,3}|[1-3])[ab]? ?(?:stage|phase)\b/gi),
  // "agree this product carry out treat advanced solid tumor clinical trial" (开展治疗X的临床试验, machine-translated)
  pattern(/\bcarry out (?:for )?treat(?:ing|ment)? ?((?:(?!\b(?:of|treat|clinical)\b)[^.;,，。；]){2,80}?) (?:of )?(?:(?:I{1,3}|[1-3])[ab]? ?(?:stage|phase) )?clinical (?:trial|study|research)\b/gi),
  // "a second FDA breakthrough therapy designation, this time in relapsed or refractory osteosarcoma, last December"
  pattern(/\bthis time (?:in|for) ((?:[^.;,]|\.(?=\d)){3,100})/gi),
  // "用于治疗X" machine-translated: "used for treat X", "intended for treatment X"
  // (and with the doubled, glued translation of 治疗: "is used fortreatTherapeutic X"; up to 已 translated, "X already by Drug Evaluation Center include …")
  pattern(/\b(?:(?:intended|used|applied) )?for ?treat(?:ing|ment)?(?: ?[Tt]herapeutic)?(?! of\b) ((?:(?!\b(?:based on|by the|by (?:Drug|CDE|NMPA|FDA|State|National)|already|which|and is|of investigator|investigator|was|were|has been|have been|(?:got|obtained|received|won) the)\b)(?:[^.;,。；，]|\.(?=\d)))+)/gi),
  pattern(new RegExp(String.raw`\b(?:in|for|to|of|among|enroll(?:ed|ing|s)|recruited|treated|dosed) (?:\d[\d,]* )?(?:(?:adult|pediatric|Chinese|Asian|elderly|adult and pediatric) )*(?:patients|adults|adolescents|children|participants|subjects)(?: aged \d{1,2}(?:(?: to |-)\d{1,2})?(?: years)?(?: and older)?)? with ((?:(?!\b(?:based on|by the|who|which|and is|dosed|enrolled|began|started|showed|demonstrated|followed|has|have|had|was|were|achieved|achieving|reached|on the|taking|receiving|treated at|versus)\b)(?:[^.;,]|\.(?=\d)|${QUALIFIER_COMMA}))+)`, "gi")),
  // "used for long-term weight management of obesity": weight management is what the drug is for
  pattern(/\bfor ((?:long-term |chronic )?weight management(?: (?:of|in) (?:adults with |patients with )?(?:obesity|overweight)[^.;,]{0,40})?)/gi),
  // "LAE102 injection … , used for obesity": what a drug is used for, told tersely (machine-translated 用于X)
  // (without a last word "treatment", 用于X治疗: "used for type 2 diabetes mellitus treatment。")
  pattern(/\b(?:used|intended) for ((?!the\b|its\b|an?\b|treat|long-term\b|chronic\b|weight\b)[A-Za-z](?:(?! treatment(?:[.;,。；，]|$))[^.;,。；，]){2,100}(?![A-Za-z]))/gi),
  // "the new application is for the adolescent obesity"
  pattern(/\b(?:application|filing|submission) (?:is|was) for (?:the )?((?:[^.;,]|\.(?=\d)){3,80})/gi),
  pattern(/\bindicated for ((?:(?!\b(?:based on|by the|which)\b)(?:[^.;]|\.(?=\d)))+)/gi),
  pattern(/\bindications? (?:is|are|was|were|will be)[: ] ?(?!(?:accepted|approved|granted|submitted|filed|cleared)\b)((?:(?!\b(?:based on|by the|which)\b)(?:[^.;]|\.(?=\d)))+)/gi),
  pattern(/\bin ((?:(?!\b(?:in|with|of|for|began|begun|started|dosed|dosing|enrolled|enrolling|recruited|recruiting|treated|treating)\b)(?:[^.;,]|\.(?=\d)))+?) patients\b/gi),
  pattern(/\b(?:trial|study|studies|trials|Ph ?[1-3][ab]?|phase (?:[1-3]|I{1,3})[ab]?) (?:in|for) ((?!the\b|its\b|a\b|an\b|patients\b)(?:(?!\b(?:based on|by the|which|that|and is|to begin|to start|dosed|enrolled|enrolling|began|started|showed|demonstrated|has|have|is|are|was|were|will|published|presented|reported|in (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b)(?:[^.;,]|\.(?=\d)))+)/gi),
  pattern(/\bindications? (?:related to|in|of|including) ((?:(?!\b(?:based on|by the|which)\b)(?:[^.;]|\.(?=\d)))+)/gi),
  pattern(/\b(?:BTD|designation|approval|clearance)\)? to [A-Za-z0-9-]+(?: [a-z]+)?(?: \([^()]{1,40}\))?(?:, (?:an?|the|its) (?:[^.;,]|\.(?=\d)){3,120},)? for ((?:(?!\b(?:based on|by the|from the|which|and is|that)\b)(?:[^.;]|\.(?=\d)))+)/gi),
  pattern(/\b(?:IND|NDA|BLA|sNDA|application) for [\w-]+ in (?!combination)((?:(?!\b(?:based on|by the|which|that)\b)(?:[^.;,]|\.(?=\d)))+)/gi),
  pattern(new RegExp(String.raw`\bapproved [\w-]+(?: \([^()]{1,60}\))?(?:, (?:an?|the) [^.;,]{3,120},)? (?:as [^.;,]{3,40} )?(?:in combination with [^.;,]{3,60}? )?for ((?!the\b|its\b|a\b|an\b|use\b)(?:(?!\b(?:based on|by the|which|that|after|in (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b)(?:[^.;,]|\.(?=\d)|${QUALIFIER_COMMA}))+)`, "gi")),
  // (up to a participle that says what became of the drug: "the first gene therapy for hemophilia approved in China")
  pattern(/\b(?:therapy|monotherapy|candidate|drug|antibody|treatment|vaccine|agonist|antagonist|inhibitor|bispecific|engager|conjugate|ADC|siRNA|degrader|modulator|shot|pill|medicine|asset) for ((?!the\b|its\b|a\b|an\b|up\b|\$)(?:(?!\s(?:approved|cleared|granted|accepted|authori[sz]ed|launched|marketed|that|which|who|based on|according to)\b)[^.;,]){3,60})/gi),
  pattern(/\b(?:designation|approval|review|application|NDA|BLA|clearance)s?(?: \([A-Z]+\))?(?: (?:by|from) (?:the )?[A-Z][\w '’.-]{0,40}?)?,? (?:for|in) ((?!the\b|its\b|a\b|an\b|China\b|(?:evaluation|review|assessment|approval|registration|marketing|priority|filing)\b|Europe\b|Japan\b|the (?:US|U\.S\.|EU)\b|[A-Z][A-Za-z]{0,5}-?\d)(?:(?!\b(?:based on|by the|from the|which|and is|and (?:also )?for|was|were|has been|have been|granted|awarded|in (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b)(?:[^.;,]|\.(?=\d)))+)/gi),
];
const BEFORE_INDICATION_WORD = /(?:^|[^\u4e00-\u9fff])的?([\u4e00-\u9fff]{2,15}(?:\([A-Za-z]{2,8}\))?)$/;
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const NOT_DISEASE = new RegExp(
  `^(?:(?:in|on|since) )?(?:${MONTHS})\\b|^(?:19|20)\\d{2}(?:$|\\s)|^\\d{1,2} month \\d|^(?:China|the US|the U\\.S\\.|US|Europe|Japan|the EU|Australia|Korea|South Korea|Canada|the UK|Taiwan|Hong Kong|Singapore|USA|the USA|America|the United States|中国|美国|欧洲|日本|国内|海外|澳大利亚)(?:$|\\s)|^healthy (?:volunteers|subjects|participants|adults)|(?:^|\\s)\\d+$|^(?:more than |over |about |nearly |some |approximately |all )?\\d[\\d,]*(?:\\s|$)|^(?:Drug|Biologics) Evaluation\\b|^(?:Q[1-4]|H[12]|the (?:first|second) half)\\b|^(?:at least|more than|up to|a minimum of) \\w+ (?:weeks?|months?|years?|doses?)\\b|^(?:measurable|evaluable|baseline|active|untreated) (?:brain|CNS|liver|bone) metastas[ie]s\\b|^(?:(?:registrational|pivotal|human|first-in-human) )?clinical (?:trials?|stud(?:y|ies)|development|use)\\b|^(?:(?:this|that|these|the same|the) )?(?:patient )?(?:population|setting|indication|group|disease|condition)s?$|^(?:product|drug|candidate|therapy|asset|compound|molecule)s?$|^(?:adult|pediatric|paediatric|elderly|older|Chinese|Asian|female|male|child|adolescent)s?$` +
  // (a count or a quantifier, "in seven patients", "in which most patients"; people named by where they live; a city a study runs in;
  // a company's areas, "oncology, autoimmune … and other major diseases")
  String.raw`|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|most|many|some|several|both)$|^(?:which|whom)\s|^(?:(?:Chinese|Asian|Japanese|Korean|Western|American|European|adult|pediatric|paediatric|healthy|elderly|female|male) )+(?:patients|participants|subjects|adults|volunteers|people|populations?)$|^(?:Shanghai|Beijing|Guangzhou|Shenzhen|Hangzhou|Suzhou|Nanjing|Chengdu|Wuhan|Tianjin|Chongqing|Xiamen|Changsha|Jinan|Qingdao|Zhengzhou|Harbin|Shenyang|Dalian|Taipei|Seoul|Tokyo|Boston|New York|San Diego|San Francisco)$|\b(?:and|or) other (?:major |related |serious )?(?:diseases|areas|indications|conditions|therapeutic areas)$|^(?:heavily |previously |treatment-)?(?:pretreated|treated|untreated|naive|naïve)$`, "i");
const BAD = /^\d+(?:\.\d+)?\s?(?:周|个月|天|年|小时)|^(?:marketing|listing|market|sale|commerciali[sz]ation)$|^(?:方面|领域|赛道)$|^拟|^(?:本次|此次|该次|首次)|(?:同一|相同|上述|该)$|^(?:的|该|本品|其|此|这|上述|针对|同一|相同|用(?=生物制品|药)|用于(?:治疗)?上述)|^indications?$|^新?适应症$|(?:那个|这个|那款|这款)$|生物制品|化学药品|化药\s?\d|[|｜]|[^\u4e00-\u9fff]?的$|^(?:and|the|this|its|a|an)\b|^(?:研究|药物|产品|公司)$|第?[一二两三四五六七八九十多\d]+(?:项|个)|新适应|新$|^[)）]|(?<![<>≤≥])=|品种|名单|拟定|获批|临床|^(?:选择|方案|领域|效果|手段|需求|经验|费用|产品|药品|药物|用药|申报|申请|目标|新增|主要|相比|相较|对比|比较)$|^(?:产品|药品|领域|方案|手段|企业|公司|行业|赛道)|^组/i;

/** "… nasal polyps (CRSwNP) in March 2024": the date a pattern ran on into. */
const TRAILING_DATE = new RegExp(`\\s(?:in|on|since) (?:(?:(?:${MONTHS})\\.? )?(?:\\d{1,2}, )?(?:19|20)\\d{2}|(?:\\d{1,2} )?(?:${MONTHS})(?: \\d{1,2})?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))$`);
/** "治疗结节性痒疹已于2023年7月被纳入…": the date a pattern ran on into, with 已于. */
const TRAILING_ZH_DATE = /(?:(?:已经?|曾)?于(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?|已经?)$/;
/** "治疗R/R MCL今年早些时候已获得…": the time a pattern ran on into (the 已 is trimmed first). */
const TRAILING_ZH_TIME = /(?<=\S{2})(?:今年|去年|前年|本月|上月|本周|上周|此前|近日|日前|早前|先前|近期|最近)(?:早些时候|初|底|上半年|下半年)?$|(?<=\S{2})早些时候$/;
/** Emoji and flags a post ends a phrase with ("… solid tumours 🎉🇨🇳"). */
const TRAILING_SYMBOLS = /[\s\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]+$/u;
/** "… chemotherapy (Tuesday)": the day a newsletter's item happened, after the disease. */
// (and "… on Wednesday (Jan. 15)", cut at the abbreviation's full stop: "… hormone on Wednesday (Jan")
const TRAILING_WEEKDAY = /\s?[(（](?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[)）]$|\s(?:on |last |this )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s?\((?:[A-Z][a-z]{2,8}\.?(?: \d{1,2})?\)?)?)?$/;
/** "… severe painclinical trial" (machine-translated, glued): the trial after the disease. */
/** A trial's name in brackets after the disease ("… after progression on EGFR-TKI (OptiTROP-Lung04)", "(HARMONi-6)", "(GENESIS-IPF)"): a hyphenated name with a digit or a word in capitals, not an abbreviation of the disease ("(COVID-19)"). */
const TRIAL_IN_BRACKETS = /\s?\((?!COVID-)(?=[^()]*\d|[A-Z]{5,}-)[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9]+\)$/;
const GLUED_TRIAL = /(?<=[a-z])\s?clinical (?:trials?|stud(?:y|ies)|research)$/i;
/** "… asthma in China": the place a study runs in, after the disease. */
const TRAILING_PLACE = /\s(?:in|across) (?:mainland |Greater )?(?:China|the U\.S\.|the US|the United States|Europe|Japan|Australia|Korea)$/;
/** "… relapsing-remitting MS showing a 92.3% reduction …", "… CRC in the Phase 1b dose-expansion cohort", "… congenital deafness has landed a spot …": what the text goes on to say of a disease. */
const TRAILING_CLAUSE = /\s(?:showing|demonstrating|achieving)\s.*$|\sin the [^.;,]{0,40}?(?:cohort|arm|part)$|(?<!\b(?:who|that|which|whom))\s(?:has|have|had) (?:landed|won|received|gained|secured|earned|obtained)\b.*$/i;
const AND_ANOTHER = /^(?:患者|病人)?[，,]\s?以及\s?[^，。；,;！？]{2,80}/;

/** A headline's Title Case ("… Designation for X in Endometrial Cancer"), which shortens what the text then says in full. */
const HEADLINE_CASE = /^(?:[A-Z][a-z][\w'’/+-]*\s)+[A-Z][a-z][\w/+-]*$/;
/** What goes before an indication without being part of it (see indicationSpans). */
const DETERMINER = /^(?:了(?=\S{2})|(?:for )?(?:the )?(?:treatment|prevention|management) of (?=\S{3})|(?:this|these|the) (?=\S{3})|(?:adult |pediatric )?patients with (?=\S{3})|以[^、，,。]{1,30}?为(?:阳性|活性|安慰剂)?对照(?:药物?)?[、，,]?\s?(?:用于)?(?:治疗)?(?=\S{2}))/i;
const LINE_OF_THERAPY = /[一二三四]线(?:及以上)?治疗$/;
/** "SSGJ-707联合化疗一线治疗X": the combination the drug is given in, before its line of therapy. */
const COMBINATION_BEFORE = /联合[^，。；,;！？、：:\s]{1,24}?(?:[一二三四]线(?:及以上)?)?治疗$/;

export type IndicationSpan = { start: number; end: number };

/** Every indication a stretch of text states, as spans of the work text (compute once per sentence). */
export function indicationSpans(text: string, from: number, to: number): IndicationSpan[] {
  const slice = text.slice(from, to);
  const zh = /[\u4e00-\u9fff]/.test(slice);
  const out: IndicationSpan[] = [];
  // "套细胞淋巴瘤(MCL)适应症": the Chinese words right before 适应症 (found by position, not by a left-unanchored pattern)
  for (let word = slice.indexOf("适应症"); zh && word >= 0; word = slice.indexOf("适应症", word + 3)) {
    const m = BEFORE_INDICATION_WORD.exec(slice.slice(Math.max(0, word - 27), word));
    if (!m) continue;
    const group = m[1]!;
    const start = from + word - m[0].length + m[0].indexOf(group);
    if (group.length >= 2 && !BAD.test(group)) out.push({ start, end: start + group.length });
  }
  const lower = slice.toLowerCase();
  for (const { needs, re } of zh ? [...ZH_PATTERNS, ...EN_PATTERNS] : EN_PATTERNS) {
    if (!needs.some((word) => lower.includes(word))) continue;
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) {
      const group = m[1]!;
      // "拟用于X的治疗": the disease, without the words for treating it
      // (and without a date in brackets after it: "for the treatment of BCD (March 2026)")
      let trimmed = untilUnbalanced(group.replace(/^\s+|[\s,，]+$/g, "")).replace(/的(?:治疗|预防|辅助治疗)$/, "").replace(TRAILING_ZH_DATE, "").replace(TRAILING_ZH_TIME, "").replace(/(?<=[证病症])者$/, "").replace(/\s?[(（][^()（）]{0,12}(?:19|20)\d{2}[)）]$/, "").replace(TRAILING_SYMBOLS, "").replace(TRAILING_WEEKDAY, "").replace(GLUED_TRIAL, "").replace(/:\s.*$/, "").replace(TRIAL_IN_BRACKETS, "").replace(TRAILING_DATE, "").replace(TRAILING_PLACE, "").replace(TRAILING_CLAUSE, "").replace(/\s[—–]\s.*$/, "").replace(/,?\s(?:and|then) (?:(?:also|later|subsequently) )?(?:granted|received|gave|awarded|placed|accepted|won|obtained)\b.*$/i, "").replace(/\s(?:from|by) (?:China['’]s |the )?(?:U\.S\. |US )?(?:FDA|NMPA|CDE|EMA|PMDA|Center for Drug Evaluation|Food and Drug Administration|National Medical Products Administration|European Medicines Agency|agency|regulators?)\b.*$/i, "").replace(/\s(?:was|were|has been|had been|is|are) (?:accepted|approved|granted|cleared|filed|submitted|validated)$/i, "").replace(/\s(?:whose|which|that) (?:disease|tumou?r|cancer)s?$/i, "").replace(/\s(?:that|which|who|whose|where|and|or|but|caused|driven|mediated|induced|associated)$/i, "").replace(/\s(?:(?:last|this|next) (?:week|month|year|quarter)|(?:earlier|later) this (?:week|month|year)|yesterday|today|recently)$/i, "").replace(/\s(?:on|upon|at) (?:the )?(?:[\w'’-]+\s)?(?:recommend|basis|advice|request).*$/i, "").replace(TRIAL_IN_BRACKETS, "");
      // "for this sqNSCLC population", "for patients with X": the determiner and "patients with" are not part of it
      // (nor "the treatment of", when a pattern took the words after "for")
      // (nor the comparator a trial is run against: "以司美格鲁肽为阳性对照、治疗2型糖尿病")
      // (both, one after the other: "the treatment of patients with X")
      const first = DETERMINER.exec(trimmed)?.[0].length ?? 0;
      const determiner = first + (DETERMINER.exec(trimmed.slice(first))?.[0].length ?? 0);
      trimmed = trimmed.slice(determiner);
      if (trimmed.length < 2 || BAD.test(trimmed) || NOT_DISEASE.test(trimmed) || isStudyName(trimmed) || HEADLINE_CASE.test(trimmed)) continue;
      const start = from + m.index + m[0].indexOf(group) + (group.length - group.trimStart().length) + determiner;
      // "获批适应症为A患者，以及B患者": a second indication joined by 以及 belongs to the same statement
      const more = AND_ANOTHER.exec(text.slice(start + trimmed.length, Math.min(to, start + trimmed.length + 90)));
      // ("联合仑伐替尼一线治疗X": the line of therapy is part of what the drug is for)
      const line = COMBINATION_BEFORE.exec(text.slice(Math.max(from, start - 32), start))?.[0].length ?? LINE_OF_THERAPY.exec(text.slice(Math.max(from, start - 6), start))?.[0].length ?? 0;
      out.push({ start: start - line, end: start + trimmed.length + (more ? more[0].length : 0) });
    }
  }
  // (a terse "for <disease>" where nothing more explicit is said of it; a class of diseases in the plural is no indication)
  if ((lower.includes("for ") || lower.includes("in ")) && HAS_DISEASE.test(slice)) for (const m of slice.matchAll(FOR_DISEASE)) {
    const start = from + m.index + m[0].indexOf(m[1]!);
    const group = m[1]!.trimEnd().replace(TRAILING_WEEKDAY, "").replace(TRIAL_IN_BRACKETS, "");
    // (not in a headline's Title Case, which shortens what the text then says in full)
    const titleCase = /^(?:[A-Z0-9][\w/+-]*\s){2,}[A-Z][\w/+-]*$/.test(group) || HEADLINE_CASE.test(group);
    const told = out.some((o) => o.start < start + group.length && start < o.end);
    if (!told && !titleCase && !BAD.test(group) && !NOT_DISEASE.test(group)) out.push({ start, end: start + group.length });
  }
  return out;
}

/**
 * A study's name in capitals ("… IND for GLORA, a global Phase III study"): a word of five or more capitals that reads
 * as a word (two vowels or more, unlike NSCLC or DLBCL), and no disease the list abbreviates.
 */
const ONE_DISEASE = new RegExp(`^${DISEASE_HEAD}$`);
function isStudyName(words: string): boolean {
  return /^[A-Z]{5,}(?:-\d{1,3})?$/.test(words) && (words.match(/[AEIOU]/g)?.length ?? 0) >= 2 && !ONE_DISEASE.test(words);
}

/** The text up to a closing bracket it never opened ("…气虚血瘀证）等4款…" ends at the bracket). */
function untilUnbalanced(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "（") depth++;
    else if (c === ")" || c === "）") {
      if (depth === 0) return text.slice(0, i).trimEnd();
      depth--;
    }
  }
  return text;
}

/** The indication nearest a trigger at `at`, as written in the original text. */
export function nearestIndication(spans: IndicationSpan[], at: number, p: Prepared): string | null {
  let best: IndicationSpan | null = null;
  let bestDistance = Infinity;
  for (const span of spans) {
    const distance = Math.min(Math.abs(span.start - at), Math.abs(span.end - at));
    if (distance < bestDistance) {
      best = span;
      bestDistance = distance;
    }
  }
  if (!best) return null;
  return surface(p, best.start, best.end).replace(/\s*\((?:the\s)?["“][^)]*\)$/, "") || null;
}

export function findIndication(text: string, from: number, to: number, at: number, p: Prepared): string | null {
  return nearestIndication(indicationSpans(text, from, to), at, p);
}

/** "拟开发的适应症依次为A、B以及C", "… cleared INDs for X and Y in A and B, respectively": a list of indications shared out in order. */
const RESPECTIVE_ZH = /适应症(?:依次|分别)(?:为|是)[:：]?\s?([^。；;！？!?]{2,200})/;
const RESPECTIVE_EN = /\b(?:in|for) ((?:(?!\b(?:in|for)\s)(?:[^.;]|\.(?=\d))){3,200}?),? respectively\b/;
const ZH_DISEASE = /癌|瘤|病|炎|症|综合征|狼疮|硬化|变性|纤维化|障碍|萎缩|感染|肥胖|超重|痛/;
const ZH_ITEMS = /、|[，,]\s?|以及|及|和|与/g;
const EN_ITEMS = /,\s(?:and\s)?|\sand\s/g;

/** The indications a sentence lists for its `count` drugs in order ("依次为", "respectively"); null unless it lists exactly that many. */
export function respectiveIndications(text: string, from: number, to: number, count: number, p: Prepared): string[] | null {
  const slice = text.slice(from, to);
  const zh = RESPECTIVE_ZH.exec(slice);
  const m = zh ?? (slice.includes("respectively") ? RESPECTIVE_EN.exec(slice) : null);
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  const list = m[1]!.replace(/[\s,，]+$/, "");
  const items: string[] = [];
  let at = 0;
  for (const sep of list.matchAll(zh ? ZH_ITEMS : EN_ITEMS)) {
    items.push(surface(p, start + at, start + sep.index).trim());
    at = sep.index + sep[0].length;
  }
  items.push(surface(p, start + at, start + list.length).trim());
  // (each a disease: "in deals worth up to $610 million and $920 million respectively" lists no indications)
  const disease = zh ? ZH_DISEASE : HAS_DISEASE;
  return items.length === count && items.every((item) => disease.test(item)) ? items : null;
}
