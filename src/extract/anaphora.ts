// Wording that points back to something the text named before: the drug ("该药", "the drug", "its"), the sentence
// that describes the drug just named ("该产品为…"), the event just told ("The BTD is based on…").
/** Words that point back to a drug named earlier ("the drug", 该药); "its"/"it" only when the sentence names no company. */
export const STRONG_ANAPHOR = /\b(?:the|these|both) new designations?\b|该药|该(?:细胞|基因|候选)?产品|该品种|本品|该药物|该疗法|该候选|该款|这款|此药|该(?:新|[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{4})?适应症|(?:这|那)个(?:适应症|药|产品|品种)|(?:该|这|此)项?(?:[A-Za-z][A-Za-z0-9/-]{1,9}(?=新药|上市|补充)|[\u4e00-\u9fff]{2,12}?(?:病|癌|瘤|症|炎)(?:适应症)?的?(?=新药|上市|补充))?(?:(?:I{1,3}|Ⅰ|Ⅱ|Ⅲ|[123])(?:\/(?:I{1,3}|Ⅱ|Ⅲ|[23]))?期|关键性?|注册性?|确证性)?(?:新药|补充)?(?:上市(?:许可)?|临床试验?|新药|补充|注册)?(?:研究|试验|申请)|本申请|本次(?:获批|申请|交易|合作)|\b(?:the|this|a second|another|a further|a third) (?:supplemental |new drug |marketing |authori[sz]ation |biologics license |investigational new drug )*application\b|另一项(?:上市|临床试验?)?申请|\b(?:the|that|this) (?:s?NDA|s?BLA|IND|CTA|MAA)\b|\b(?:the drug|the therapy|the antibody|the candidate|the product|the asset|the (?:trial|study)|this (?:drug|therapy|antibody|candidate|product|trial|study|variety)|the variety|the same (?:program|programme|asset|drug|product|molecule|candidate)|the (?:bi-?specific|ADC|molecule|compound|CAR-T|T-cell engager|vaccine|degrader|combination)(?! (?:class|field|space|market|landscape))(?=\s(?:is|was|has|had|first|then|also|later|went|received|won|got|earned|picked|entered|began|showed)\b))\b|\bthe [\w/-]+ (?:bi-?specific(?: antibody)?|antibody|ADC|therapy|candidate|drug|fusion protein)\b/i;
/** A sentence that goes on describing the drug of the sentence before ("该产品为一款…", "It is a…"). */
export const DESCRIBES_PREVIOUS = /^(?:该(?:产品|药|药物|疗法|候选药物)|此药|本品|其|这款|这(?:也)?是(?:首款|首个|一款|国内首款|国产首款)|本次(?:获批|批准|申报)的?适应症|It is|It's|The (?:drug|candidate|product|therapy|antibody) is)/;
/** A later clause of the drug's own sentence that describes it ("…, the product is a GalNAc siRNA targeting APOC3", "，该产品是一款…"). */
export const DESCRIBES_IN_CLAUSE = /[,，]\s?(?:(?:the|this) (?:product|drug|candidate|therapy|antibody|compound|molecule) (?:is|was)|it is|该(?:产品|药物?|疗法)(?:为|是)|其为)\s?/i;
/** A sentence that opens with the indication of the event just told ("…拟纳入BTD！适应症是X。", "The indication is X."). */
export const INDICATION_OPENS = /^(?:本次(?:获批|批准|申报|申请|纳入)的?|拟定|该)?适应症(?:为|是|[:：])|^The (?:proposed |approved |targeted )?indication (?:is|was)\b/;
/** A sentence that goes on describing the study just told ("该研究评估X治疗Y的安全性…", "The study enrolled…"). */
export const DESCRIBES_STUDY = /^(?:该(?:项)?(?:研究|试验|临床研究|IIT)|此项研究|The (?:study|trial)\b)/;
/** "其", "it", "its" (and an interviewee's "我们", "our"): a pointer back only when nothing else in the sentence could be meant. */
export const WEAK_ANAPHOR = /其|它|我们|\b(?:it|its|our)\b/i;
/** The whole subject before a trigger is a determiner ("The BTD is based on…", "该认定…"): the event already told. */
export const DEFINITE_SUBJECT = /^\s?(?:The|This|That|该|此|本次|此次)\s?$/;
/** A field line naming the drug's applicant or holder, right after the drug's own line ("申请人为X。"). */
export const APPLICANT_LINE = /^(?:申请人|持有人|上市许可持有人|注册申请人|生产企业|Applicant|Marketing authori[sz]ation holder)(?:为|是|\s?[:：])/i;
/** A sentence whose subject is the regulator ("The agency granted …", "FDA also cleared …", "国家药监局…"): it acts on the drug just named. */
export const REGULATOR_OPENS = /^(?:(?:Since then|Then|Later|Subsequently|Meanwhile|In (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?),\s)?(?:(?:[Tt]he (?:agency|regulator|U\.S\. FDA|FDA|NMPA|CDE|EMA|U\.S\. Food and Drug Administration)|FDA|NMPA|CDE|(?:China['’]s|[Tt]he) (?:NMPA|CDE|Center for Drug Evaluation|National Medical Products Administration))\b|该机构|国家药监局|药审中心)/;
/** Results pointed back to ("上述结果已发表于…", "These data were presented at…"): the data of the study described before. */
export const DATA_ANAPHOR = /(?:上述|以上|这些|该项?|此项?)(?:研究)?(?:结果|数据)|\b(?:these|those|the above|such) (?:results|data|findings)\b/i;
/** A sentence about the results just told ("The data come from an investigator-initiated trial…", "这些数据来自…", "Those patients were treated in…"): it goes on about their drug. */
export const DATA_OPENS = /^(?:The|These|Those|Such) (?:[\w-]+ ){0,2}?(?:data|results|findings|patients|participants)\b|^(?:该|这些|上述|以上)(?:研究)?(?:数据|结果|患者|受试者)/;
/** A sentence whose subject is a study of some phase ("2024.07.16，I期剂量递增研究在…完成首例受试者给药", "The Phase 1 dose-escalation study dosed…"): the study of the drug just named. */
export const STUDY_OPENS = /^(?:[^，,。；;]{0,24}[，,]\s?)?(?:国内|海外|美国|中国|全球|该|其)?(?:(?:I{1,3}|Ⅰ|Ⅱ|Ⅲ|[123])[ab]?(?:[/／](?:I{1,3}|Ⅱ|Ⅲ|[23]))?期|关键性?|注册性?)[^，,。；;]{0,12}(?:研究|试验)|^(?:[^,;.]{0,40},\s)?(?:The|Its) (?:global |pivotal |registrational |first-in-human )?[Pp]hase (?:[123]|I{1,3})[ab]?(?:\/(?:[23]|I{1,3}))?\b[^,;.]{0,40}\b(?:study|trial)\b/;
/** A sentence about the event just told ("The designation follows China's clearance of an IND…", "该认定…"): it goes on about that event's drug. */
export const EVENT_OPENS = /^(?:The|This) (?:designation|approval|clearance|acceptance|decision|BTD|recognition)\b|^(?:该|此项|这一)(?:认定|批准|资格)/;
/** A sentence whose subject is a company in words ("In 2024, the biotech licensed Greater China rights to…", "该公司…"): the owner of the drug just named. */
export const OWNER_OPENS = /^(?:[^,，]{0,24}[,，]\s?)?(?:[Tt]he (?:biotech|company|drugmaker|firm|group|developer)\b|该公司|公司(?!们))/;
/** A sentence that opens with a filing, its drug left unsaid ("· 2026年1月，上市申请获国家药监局受理", "用于Y的新适应症上市申请于1月获受理", "The NDA was accepted in May"): the drug in view's. */
export const FILING_OPENS = /^(?:[·•▪●◆■*-]\s?)?(?:[^，,。；;]{0,16}[，,]\s?)?(?:[^，,。；;]{0,40}?(?:治疗|用于)[^，,。；;]{2,60}?的(?:新适应症)?)?(?:上市申请|新药上市申请|上市许可申请|临床试验申请|补充申请)(?:已|于|获|被)|^(?:[^,;.]{0,30},\s)?(?:the|its) (?:NDA|BLA|sNDA|sBLA|MAA|IND|new drug application|marketing application)\b/i;
