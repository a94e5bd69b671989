import type { Encoding } from "../../domain/index.ts";
import { err, ok, type Result } from "../../shared/result.ts";

export type Decoded = { text: string; encoding: Encoding };

const SAMPLE = 64 * 1024;

/**
 * Decodes the bytes of a text file: a BOM (UTF-8, UTF-16LE/BE) wins; then strict UTF-8; then GB18030
 * (a superset of GBK and GB2312) when the page declares it or the result reads as Chinese. Valid UTF-8
 * with multi-byte characters stays UTF-8 even under a GB declaration: pages converted to UTF-8 often keep
 * their old `<meta charset="gb2312">`, and GBK text practically never validates as UTF-8. Binary data,
 * undecodable bytes and whitespace-only files are refused with a reason.
 */
export function decodeText(bytes: Uint8Array, declared: string | null = null): Result<Decoded> {
  if (bytes.length === 0) return err("empty file");
  const decoded = decodeBytes(bytes, declared);
  if (decoded.ok && decoded.value.text.trim() === "") return err("empty file (only whitespace)");
  return decoded;
}

function decodeBytes(bytes: Uint8Array, declared: string | null): Result<Decoded> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict(bytes.subarray(3), "utf-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes.subarray(2), "utf-16be");
  if (looksBinary(bytes)) return err("binary file, not text");
  const wantsGb = declared !== null && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/i.test(declared.trim());
  const utf8 = strict(bytes, "utf-8");
  if (utf8.ok && (!wantsGb || !isAscii(bytes))) return utf8;
  const gb = strict(bytes, "gb18030");
  if (gb.ok && (wantsGb || readsAsChinese(gb.value.text))) return gb;
  return err(wantsGb ? "declared GBK/GB18030 but the bytes do not decode as GB18030" : "invalid UTF-8, and not GB18030/GBK either");
}

function strict(bytes: Uint8Array, encoding: Encoding): Result<Decoded> {
  try {
    return ok({ text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding });
  } catch {
    return err(`invalid ${encoding.toUpperCase()}`);
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** NUL bytes or many control characters in the first 64 KB mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.01;
}

/** After a GB18030 decode, real Chinese text is mostly ideographs and CJK punctuation among its non-ASCII characters. */
function readsAsChinese(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text.slice(0, SAMPLE)) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d) cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii >= 0.8;
}
