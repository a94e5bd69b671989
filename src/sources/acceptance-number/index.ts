export { decodeAcceptanceNumber, normalizeAcceptanceNumber, type AcceptanceNumber } from "./decode-acceptance-number.ts";
export { readRegistrationClass, isClass1Innovative, type RegistrationClass } from "./class1.ts";
