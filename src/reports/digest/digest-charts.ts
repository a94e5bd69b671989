import type { Lang } from "../../domain/index.ts";
import { modalityKeyLabel, word } from "../i18n.ts";
import type { DigestModel } from "./digest-model.ts";
import { renderBarChartSvg } from "./breakdown-chart.ts";
import type { AreaClassifier } from "./therapeutic-areas.ts";

export type DigestChart = { id: "modality" | "target" | "area"; title: string; svg: string };

/** One SVG bar chart per breakdown that has data (modality, target, therapeutic area). */
export function digestCharts(model: DigestModel, lang: Lang, areas: AreaClassifier): DigestChart[] {
  const notStated = word("notStated", lang);
  const specs = [
    { id: "modality" as const, bars: model.breakdowns.modality.map((r) => ({ label: modalityKeyLabel(r.key, lang), value: r.events })) },
    { id: "target" as const, bars: model.breakdowns.target.map((r) => ({ label: r.key ?? notStated, value: r.events })) },
    { id: "area" as const, bars: model.breakdowns.area.map((r) => ({ label: r.key ? areas.label(r.key, lang) : notStated, value: r.events })) },
  ];
  return specs
    .filter((s) => s.bars.length > 0)
    .map((s) => ({ id: s.id, title: word(s.id, lang), svg: renderBarChartSvg(`dt-${s.id}`, word(s.id, lang), s.bars) }));
}
