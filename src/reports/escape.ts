/** Escapes text for HTML element content and double-quoted attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A URL safe to put in href: http(s) only, else null (no javascript:, data: or file paths). */
export const safeHref = (url: string | null): string | null => (url && /^https?:\/\/[^\s<>"'`]+$/i.test(url) ? url : null);

/** Escapes text for a Markdown table cell or paragraph: Markdown syntax characters, pipes and line breaks. */
export const escapeMarkdown = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, " ").replace(/([\\`*_[\]<>|#])/g, "\\$1");
