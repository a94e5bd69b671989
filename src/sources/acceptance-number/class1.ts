import { decodeAcceptanceNumber } from "./decode-acceptance-number.ts";

/** How a 注册分类 value reads: the 2020 system's class (1, 1.x, 2.4 …), the pre-2020 system (原…), or nothing usable. */
export type RegistrationClass = {
  /** The first `;`-separated token, trimmed and half-width. */
  token: string | null;
  system: "2020" | "pre-2020" | "unknown";
  /** True for 1, 1类 and 1.x in the 2020 system; false for every other class; null when unknown. */
  class1: boolean | null;
};

/** Reads 注册分类 (`registerkind`, `lcmsxkRegisterkind`). Several tokens may be joined by `;`; the first decides. */
export function readRegistrationClass(value: string | null | undefined): RegistrationClass {
  const token = (value ?? "").normalize("NFKC").split(/[;,，、]/)[0]?.trim() ?? "";
  if (token === "") return { token: null, system: "unknown", class1: null };
  if (token.startsWith("原")) return { token, system: "pre-2020", class1: false };
  const m = /^(\d+)(\.\d+)?\s*类?$/.exec(token);
  if (!m) return { token, system: "unknown", class1: null };
  return { token, system: "2020", class1: m[1] === "1" };
}

/**
 * Class 1 innovative drug ("1类创新药"): a 2020-system class 1 or 1.x, on an application whose acceptance number
 * is a new-drug application (letter 2 = X). Null when the class is unknown; false for generics and supplements.
 */
export function isClass1Innovative(acceptanceNumber: string | null, registerKind: string | null | undefined): boolean | null {
  const cls = readRegistrationClass(registerKind);
  if (acceptanceNumber) {
    const decoded = decodeAcceptanceNumber(acceptanceNumber);
    if (decoded.ok && decoded.value.application !== "new_drug") return false;
  }
  return cls.class1;
}
