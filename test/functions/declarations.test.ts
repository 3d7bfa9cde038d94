/**
 * The declarations (src/functions/declarations.ts) against the metadata the JSDoc generates:
 * the same ids, each reader named as its @param and optional as it is, and each JSDoc'd
 * wrapper handing its own arguments, in order, to the declaration of its own id.
 */
import { DECLARATIONS } from "../../src/functions/declarations";
import type { FunctionId } from "../../src/functions/declarations";
import { loadRegistry, shown } from "./registry";
import type { CustomFunction, FunctionMetadata } from "./registry";

let metadata: FunctionMetadata[];
let byId: Map<string, CustomFunction>;
beforeAll(async () => {
  ({ metadata, byId } = await loadRegistry());
});

afterEach(() => jest.restoreAllMocks());

const declared = (id: string) => DECLARATIONS[id as FunctionId];

describe("declarations", () => {
  it("declare exactly the functions the metadata has", () => {
    expect(Object.keys(DECLARATIONS).sort()).toEqual(metadata.map((f) => f.id).sort());
  });

  it("name each reader after its @param, optional as the @param is", () => {
    for (const fn of metadata) {
      const readers = declared(fn.id).readers.map((r) => ({ name: r.name, optional: r.optional }));
      const params = fn.parameters.map((p) => ({ name: p.name, optional: p.optional ?? false }));
      expect({ id: fn.id, readers }).toEqual({ id: fn.id, readers: params });
    }
  });

  it("have each wrapper pass its own arguments, in order, to its own declaration", () => {
    const spies = new Map(
      Object.entries(DECLARATIONS).map(([id, declaration]) => [
        id,
        jest.spyOn(declaration, "run").mockReturnValue([[id]]),
      ]),
    );
    for (const fn of metadata) {
      const args = fn.parameters.map((p) => [[`${fn.id}:${p.name}`]]);
      const wrapper = byId.get(fn.id);
      expect(wrapper).toBeDefined();
      expect(wrapper?.(...args)).toEqual([[fn.id]]);
      expect(spies.get(fn.id)?.mock.calls).toEqual([[args]]);
    }
    // Each declaration was reached by its own wrapper only.
    for (const spy of spies.values()) expect(spy).toHaveBeenCalledTimes(1);
  });

  it("turn an exception inside a declaration into #VALUE! naming the id", () => {
    jest.spyOn(DECLARATIONS.CASELOAD, "run").mockImplementation(() => {
      throw new Error("boom");
    });
    const result = byId.get("CASELOAD")?.([[1]], [[1]]) ?? [];
    expect(shown(result[0][0])).toBe("#VALUE!");
    expect((result[0][0] as CustomFunctions.Error).message).toBe(
      "unexpected error in CASELOAD: boom",
    );
  });
});
