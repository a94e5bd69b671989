import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { LANGS } from "../../src/domain/index.ts";
import { buildAssetDossier } from "../../src/reports/asset/asset-dossier.ts";
import { renderAssetHtml, renderAssetMarkdown } from "../../src/reports/asset/render-asset.ts";
import { fixtureStore } from "./support/fixture-store.ts";
import { assertGolden } from "./support/golden.ts";
import { WEEK_43 } from "./support/week-43.ts";

describe("asset dossier", () => {
  let fixture: Awaited<ReturnType<typeof fixtureStore>>;
  before(async () => {
    fixture = await fixtureStore(WEEK_43);
  });
  after(async () => fixture.close());

  it("finds an asset whatever its spelling and lists its facts oldest first", async () => {
    const d = await buildAssetDossier(fixture.store, "hrs5965");
    assert.ok(d);
    assert.equal(d.asset, "HRS-5965");
    assert.deepEqual(d.timeline.map((e) => [e.date, e.type]), [["2024-03-05", "ind_approved"], ["2025-10-24", "btd"], ["2025-10-25", "deal"]]);
    assert.equal(d.sections.designations.length, 1);
    assert.equal(d.sections.deals.length, 1);
    assert.equal(d.sections.trials.length, 1);
    assert.equal(d.sources.length, 3);
  });

  it("finds an asset by one of its aliases", async () => {
    const f = await fixtureStore([
      { name: "alias", title: "t", url: null, published: "2025-01-01", events: [{ event: { asset: "SKB264", asset_aliases: ["sac-TMT", "芦康沙妥珠单抗"], company: "科伦博泰", type: "approval", status: null, agency: "NMPA", date: "2024-11-27", indication: "三阴性乳腺癌", modality: "adc", targets: ["TROP2"], phase: null, counterparty: null, upfront_usd: null, total_usd: null }, sentence: "芦康沙妥珠单抗获批上市。" }] },
    ]);
    try {
      assert.equal((await buildAssetDossier(f.store, "芦康沙妥珠单抗"))?.asset, "SKB264");
      assert.equal((await buildAssetDossier(f.store, "SAC-TMT"))?.asset, "SKB264");
    } finally {
      await f.close();
    }
  });

  it("returns null for an asset nothing names", async () => {
    assert.equal(await buildAssetDossier(fixture.store, "NOPE-1"), null);
  });

  for (const lang of LANGS) {
    it(`renders the IBI363 dossier as Markdown and HTML in ${lang}`, async () => {
      const d = (await buildAssetDossier(fixture.store, "IBI363"))!;
      assertGolden(`asset-ibi363.${lang}.md`, renderAssetMarkdown(d, lang));
      const html = renderAssetHtml(d, lang);
      assertGolden(`asset-ibi363.${lang}.html`, html.page);
      assert.ok(!html.page.includes("<script>alert"));
    });
  }
});
