import type { Lang } from "../../domain/index.ts";
import type { DigestModel } from "./digest-model.ts";
import { digestText, type DigestText } from "./digest-text.ts";
import type { AreaClassifier } from "./therapeutic-areas.ts";

/** The JSON twin of the digest page: the model plus its generated text in the reader's language. */
export type DigestJson = DigestModel & { text: DigestText };

export const digestJson = (model: DigestModel, lang: Lang, areas?: AreaClassifier): DigestJson => ({ ...model, text: digestText(model, lang, areas) });

export const renderDigestJson = (model: DigestModel, lang: Lang, areas?: AreaClassifier): string => JSON.stringify(digestJson(model, lang, areas), null, 2) + "\n";
