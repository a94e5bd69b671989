import * as echarts from "echarts";
import type { HomeView } from "../api/views/home-view.ts";
import { trusted, type SafeHtml } from "./html.ts";
import type { I18n } from "./i18n.ts";

/** The weekly trend as a stacked bar chart, rendered to an SVG string on the server (ECharts SSR). */
export function trendChart(trend: HomeView["trend"], t: I18n): SafeHtml {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: 900, height: 320 });
  try {
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 56, bottom: 40 },
      legend: { top: 0, type: "scroll" },
      xAxis: { type: "category", data: trend.weeks.map((w) => w.slice(5)) },
      yAxis: { type: "value", minInterval: 1 },
      series: trend.series.map((s) => ({ name: t.type(s.type), type: "bar", stack: "all", data: s.counts })),
    });
    return trusted(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
