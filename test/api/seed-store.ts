import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Document, Event } from "../../src/domain/index.ts";
import { sha256 } from "../../src/shared/hash.ts";
import { makeEvent } from "../../src/sources/record-event.ts";
import { openSqliteStore, type SqliteStore } from "../../src/store/index.ts";
import type { NewEvent } from "../../src/store/store.ts";

export const XSS = `<script>alert("xss")</script>`;
export const XSS_ATTR = `"><img src=x onerror=alert(1)>`;
/** The fixed "now" of the tests: Thursday 2025-06-05, week of Monday 2025-06-02. */
export const NOW = "2025-06-05T04:00:00Z";


type Seed = { title: string; text: string; url: string | null; events: Array<Partial<Event> & { sentence: string }> };

export const SEEDS: Seed[] = [
  {
    title: "信达生物IBI363获突破性治疗药物认定",
    url: "https://example.com/ibi363",
    text: "信达生物宣布，IBI363获得国家药监局第二项突破性治疗药物认定，用于鳞状非小细胞肺癌。",
    events: [
      { asset: "IBI363", asset_aliases: ["IBI-363"], company: "信达生物", type: "btd", status: "granted", date: "2025-06-04", indication: "鳞状非小细胞肺癌", modality: "fusion_protein", targets: ["PD-1", "IL-2Ra"], phase: "2", sentence: "IBI363获得国家药监局第二项突破性治疗药物认定" },
      { asset: "IBI363", company: "信达生物", type: "ind_approved", date: "2024-01-10", indication: "solid tumours", modality: "fusion_protein", targets: ["PD-1"], phase: "1", sentence: "信达生物宣布" },
    ],
  },
  {
    title: `Acme ${XSS} gets FDA Fast Track`,
    url: "javascript:alert(1)",
    text: `Acme Bio ${XSS} said AC-101 received Fast Track designation. ${XSS_ATTR}`,
    events: [
      { asset: `AC-101${XSS}`, company: `Acme Bio ${XSS_ATTR}`, type: "fast_track", status: "granted", agency: "FDA", date: "2025-06-03", indication: `ALS ${XSS}`, modality: "sirna", targets: ["SOD1"], sentence: `AC-101 received Fast Track designation. ${XSS}` },
    ],
  },
  {
    title: "石药集团SYH2061注射液获批临床",
    url: "https://example.com/syh2061",
    text: "石药集团SYH2061注射液获批临床，拟用于治疗补体相关肾病。",
    events: [
      { asset: "SYH2061", company: "石药集团", type: "ind_approved", date: "2025-05-28", indication: "补体相关肾病", modality: "sirna", targets: ["C5"], sentence: "石药集团SYH2061注射液获批临床" },
    ],
  },
  {
    title: "In vivo CAR-T ESO-T01 IIT",
    url: "https://example.com/eso",
    text: "ESO-T01 started an investigator-initiated trial in China for multiple myeloma.",
    events: [
      { asset: "ESO-T01", company: "EsoBiotec", type: "iit", agency: "NHC", date: "2024-12-15", indication: "multiple myeloma", modality: "in_vivo_car_t", targets: ["BCMA"], sentence: "ESO-T01 started an investigator-initiated trial in China for multiple myeloma." },
      { asset: "ESO-T01", company: "EsoBiotec", type: "acquisition", agency: null, date: "2025-03-17", counterparty: "AstraZeneca", upfront_usd: 425e6, total_usd: 1e9, modality: "in_vivo_car_t", targets: ["BCMA"], sentence: "acquired for up to $1B ($425M upfront)" },
    ],
  },
];

export type SeededStore = { store: SqliteStore; dir: string; cleanup(): Promise<void> };

/** A fresh SQLite store in a temporary folder, filled with SEEDS (or nothing). */
export async function seedStore(options: { empty?: boolean } = {}): Promise<SeededStore> {
  const dir = mkdtempSync(join(tmpdir(), "dualtrack-api-"));
  const store = openSqliteStore(join(dir, "test.db"));
  if (!options.empty) for (const seed of SEEDS) await store.saveDocument(...documentOf(seed));
  return {
    store,
    dir,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function documentOf(seed: Seed): [Document, NewEvent[]] {
  const id = sha256(seed.text);
  const document: Document = { id, location: `/corpus/${id.slice(0, 8)}.txt`, url: seed.url, title: seed.title, lang: /[\u4e00-\u9fff]/.test(seed.text) ? "zh" : "en", published: "2025-06-04", fetchedAt: NOW, encoding: "utf-8", format: "txt", text: seed.text };
  const events = seed.events.map(({ sentence, ...fields }, i): NewEvent => {
    const start = Math.max(0, seed.text.indexOf(sentence));
    return {
      key: sha256(`${id}:${i}`),
      event: makeEvent({ asset: "", type: "ind_approved", agency: "NMPA", ...fields }),
      source: { documentId: id, sourceId: null, recordId: null, url: seed.url, sentence, span: [start, start + sentence.length], extractorVersion: "test", fetchedAt: NOW },
    };
  });
  return [document, events];
}
