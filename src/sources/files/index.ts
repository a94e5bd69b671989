export { readDocumentFile, documentName, DOCUMENT_EXTENSIONS } from "./read-document.ts";
export { collectFiles } from "./collect-files.ts";
export { decodeText } from "./decode.ts";
export { htmlToText } from "./html-to-text.ts";
export { detectLang } from "./detect-lang.ts";
export { readMeta, metaPathOf } from "./read-meta.ts";
export { documentFromText, type TextUpload } from "./document-from-text.ts";
