// The census module's public API: reading, validating and counting a DfE CSWW census return.
export * from "./items";
export * from "./dates";
export * from "./model";
export * from "./xml";
export * from "./table";
export * from "./problems";
export * from "./readings";
export * from "./validate";
export * from "./indicators";
export * from "./characteristics";
export * from "./analyse";
