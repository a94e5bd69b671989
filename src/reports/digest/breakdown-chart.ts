import * as echarts from "echarts";

export type ChartBar = { label: string; value: number };

const BAR_HEIGHT = 22;
const MAX_BARS = 10;

/**
 * A horizontal bar chart as an SVG string, rendered on the server by ECharts (no DOM). The output is made
 * deterministic: ECharts numbers its CSS classes with a process-wide counter, so they are renamed to
 * `<id>-N` in order of appearance (which also keeps several charts on one page apart). Labels are escaped
 * by ECharts.
 */
export function renderBarChartSvg(id: string, title: string, bars: ChartBar[], width = 640): string {
  const shown = bars.slice(0, MAX_BARS).reverse();
  const height = 60 + Math.max(1, shown.length) * BAR_HEIGHT;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      title: { text: title, left: 0, top: 0, textStyle: { fontSize: 14, fontWeight: "bold" } },
      grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1, splitLine: { show: false }, axisLabel: { show: false } },
      yAxis: { type: "category", data: shown.map((b) => b.label), axisTick: { show: false } },
      series: [{ type: "bar", data: shown.map((b) => b.value), barMaxWidth: 16, label: { show: true, position: "right" }, itemStyle: { color: "#3b6fb6" } }],
    });
    const svg = chart.renderToSVGString();
    const names = new Map<string, string>();
    return svg.replace(/zr\d+-cls-\d+/g, (name) => {
      let renamed = names.get(name);
      if (!renamed) names.set(name, (renamed = `${id}-${names.size}`));
      return renamed;
    });
  } finally {
    chart.dispose();
  }
}
