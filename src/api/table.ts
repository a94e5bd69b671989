import ExcelJS from "exceljs";
import { toCsv } from "../reports/csv.ts";

export type Cell = string | number | null;

/** A table view as exported: headers in the page's language and rows of plain values. */
export type Table = { name: string; headers: string[]; rows: Cell[][] };

/** Cells that a spreadsheet would run as a formula are prefixed with a quote (CSV injection). */
const defuse = (cell: Cell): Cell => (typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell) ? `'${cell}` : cell);

/** CSV with a UTF-8 BOM so that Excel opens Chinese text correctly. */
export function tableToCsv(table: Table): string {
  return "\uFEFF" + toCsv(table.headers, table.rows.map((r) => r.map(defuse)));
}

export async function tableToXlsx(table: Table): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "dualtrack";
  const sheet = workbook.addWorksheet(table.name.slice(0, 31) || "dualtrack");
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  table.headers.forEach((h, i) => {
    const width = Math.min(60, Math.max(h.length + 2, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? "").length + 2)));
    sheet.getColumn(i + 1).width = width;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
