import { html } from "../html.ts";
import { layout, type PageContext } from "../layout.ts";

/** The HTML form of the API error shape, for browsers. */
export function renderErrorPage(code: string, message: string, ctx: PageContext): string {
  const t = ctx.i18n;
  const title = code === "not_found" ? t.t("notFound") : t.t("error");
  return layout(ctx, title, html`<h1>${title}</h1><p id="error" data-code="${code}">${message}</p><p><a href="/events?lang=${t.lang}">${t.t("events")}</a></p>`);
}
