import { EVENT_TYPE_LABELS } from "../../domain/index.ts";
import type { Watchlist } from "../../store/watchlist.ts";
import type { EventItem } from "../views/event-item.ts";

// XML 1.0 forbids most control characters, even escaped; they are dropped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

const xml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c).replace(CONTROL_CHARS, "");

const instant = (date: string | null, fallback: string): string => {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  if (date && /^\d{4}-\d{2}$/.test(date)) return `${date}-01T00:00:00Z`;
  if (date && /^\d{4}$/.test(date)) return `${date}-01-01T00:00:00Z`;
  return fallback;
};

/** An Atom 1.0 feed of a watchlist's latest matching events; every value is XML-escaped. */
export function renderAtomFeed(watchlist: Watchlist, events: EventItem[], origin: string, now: string): string {
  const entries = events.map((e) => {
    const title = `${e.asset}: ${EVENT_TYPE_LABELS[e.type].en}${e.agency ? ` (${e.agency})` : ""}${e.company ? ` · ${e.company}` : ""}`;
    const link = `${origin}/assets/${encodeURIComponent(e.asset)}`;
    return `<entry>
<id>urn:dualtrack:event:${e.id}</id>
<title>${xml(title)}</title>
<updated>${instant(e.date, now)}</updated>
<link rel="alternate" href="${xml(link)}"/>
<summary>${xml([e.indication, e.source?.sentence].filter(Boolean).join(" — "))}</summary>
</entry>`;
  });
  const updated = events.length ? instant(events[0]!.date, now) : now;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>urn:dualtrack:watchlist:${watchlist.id}</id>
<title>${xml(`dualtrack: ${watchlist.name}`)}</title>
<updated>${updated}</updated>
<link rel="self" href="${xml(`${origin}/feeds/${watchlist.feedToken}.atom`)}"/>
${entries.join("\n")}
</feed>
`;
}
