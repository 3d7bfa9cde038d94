// The core's public API. Plain re-exports only; each module documents itself.
export * from "./errors";
export * from "./names";
export * from "./args";
export * from "./ranges";
export * from "./csv";
export * from "./metrics";
export * from "./status";
export * from "./staffing";
export * from "./summary";
export * from "./dates";
export * from "./benchmark";
export * from "./sample";
export * from "./staffingTable";
