export * from "./vocabularies.ts";
export * from "./event.ts";
export * from "./document.ts";
export * from "./entity.ts";
export * from "./source.ts";
export * from "./event-facts.ts";
export * from "./resolve-event.ts";
export * from "./stage.ts";
