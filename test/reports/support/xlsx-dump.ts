import ExcelJS from "exceljs";

type CellDump = string | number | boolean | null | { text: string; hyperlink: string };

/** Reads an XLSX back and lists every sheet's rows of cell values (dates as YYYY-MM-DD) for comparison. */
export async function dumpXlsx(buffer: Buffer): Promise<Record<string, CellDump[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const out: Record<string, CellDump[][]> = {};
  wb.eachSheet((sheet) => {
    const rows: CellDump[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: CellDump[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellValue(row.getCell(c).value));
      while (cells.length && cells[cells.length - 1] === null) cells.pop();
      rows.push(cells);
    });
    out[sheet.name] = rows;
  });
  return out;
}

function cellValue(value: ExcelJS.CellValue): CellDump {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return `date:${value.toISOString().slice(0, 10)}`;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && "hyperlink" in value && "text" in value) return { text: String(value.text), hyperlink: String(value.hyperlink) };
  return JSON.stringify(value);
}
