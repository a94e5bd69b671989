export { buildAssetDossier, type AssetDossier } from "./asset-dossier.ts";
export { renderAssetHtml, renderAssetMarkdown } from "./render-asset.ts";
