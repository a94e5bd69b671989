import { STAGES, type Stage } from "../../store/event-query.ts";
import type { Store } from "../../store/store.ts";

export const LANDSCAPE_TARGETS = 40;

export type LandscapeRow = { target: string; cells: Record<Stage, number>; total: number };
export type LandscapeView = { stages: readonly Stage[]; rows: LandscapeRow[] };

/** Target × furthest stage: how many assets against each target have reached each stage. */
export async function buildLandscapeView(store: Store): Promise<LandscapeView> {
  const cells = await store.landscape(LANDSCAPE_TARGETS);
  const rows = new Map<string, LandscapeRow>();
  for (const cell of cells) {
    const row = rows.get(cell.target) ?? { target: cell.target, cells: Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>, total: 0 };
    row.cells[cell.stage] += cell.assets;
    row.total += cell.assets;
    rows.set(cell.target, row);
  }
  return { stages: STAGES, rows: [...rows.values()].sort((a, b) => b.total - a.total || a.target.localeCompare(b.target)) };
}
