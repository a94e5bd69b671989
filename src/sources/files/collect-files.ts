import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { DOCUMENT_EXTENSIONS } from "./read-document.ts";

export type Collected = { files: string[]; errors: Array<{ path: string; error: string }> };

/** Expands the paths given on the command line: files as given, folders walked (sorted) for document files. */
export function collectFiles(paths: string[]): Collected {
  const files: string[] = [];
  const errors: Collected["errors"] = [];
  const isDocument = (name: string) =>
    (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()) && !name.endsWith(".meta.json");
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      errors.push({ path: dir, error: `cannot read folder: ${(error as { code?: string }).code ?? String(error)}` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (isDocument(entry.name)) files.push(path);
    }
  };
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      files.push(path); // reported by the reader with the exact reason
      continue;
    }
    if (isDir) walk(path);
    else files.push(path);
  }
  return { files, errors };
}
