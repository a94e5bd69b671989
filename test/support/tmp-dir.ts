import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A fresh directory under the OS temp dir, with helpers to write files into it and remove it. */
export type TmpDir = {
  readonly path: string;
  /** Path of `parts` inside the directory. */
  join(...parts: string[]): string;
  /** Writes a file (creating its folders) and returns its path. */
  write(name: string, content: string | Uint8Array): string;
  remove(): void;
};

export function createTmpDir(prefix = "dualtrack-test-"): TmpDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    join: (...parts) => join(path, ...parts),
    write(name, content) {
      const file = join(path, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
