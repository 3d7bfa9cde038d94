/**
 * functions.json, generated from the JSDoc in src/functions/functions.ts the same way the
 * webpack plugin does it: every function and parameter described, a help URL into the
 * generated reference, and ids exactly the released list.
 */
import fs from "fs";
import path from "path";
import { loadRegistry } from "../functions/registry";
import type { FunctionMetadata } from "../functions/registry";

const fixture = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../fixtures/functions-ids.json"), "utf8"),
) as { ids: string[] };
const reference = fs.readFileSync(path.resolve(__dirname, "../../docs/functions.md"), "utf8");

let metadata: FunctionMetadata[];
let errors: string[];
beforeAll(async () => {
  ({ metadata, errors } = await loadRegistry());
});

describe("functions.json metadata", () => {
  it("generates without errors", () => {
    expect(errors).toEqual([]);
    expect(metadata.length).toBeGreaterThan(0);
  });

  it("ids are the released, frozen list, in order (new ids may only be appended to the fixture)", () => {
    const ids = metadata.map((f) => f.id);
    expect(ids.slice(0, fixture.ids.length)).toEqual(fixture.ids);
    expect(ids).toEqual(fixture.ids);
  });

  it("ids are unique, upper case, and the Excel name equals the id", () => {
    const ids = metadata.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of metadata) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(f.name).toBe(f.id);
    }
  });

  it("every function and every parameter has a description", () => {
    for (const f of metadata) {
      expect(`${f.id}: ${f.description ?? ""}`.length).toBeGreaterThan(f.id.length + 20);
      for (const p of f.parameters)
        expect(`${f.id}.${p.name}: ${p.description ?? ""}`.length).toBeGreaterThan(
          f.id.length + p.name.length + 12,
        );
    }
  });

  it("every help URL points at the function's anchor in the generated reference", () => {
    for (const f of metadata) {
      expect(f.helpUrl).toBe(`https://localhost:3000/docs/functions.html#${f.id.toLowerCase()}`);
      expect(reference).toContain(`<a id="${f.id.toLowerCase()}"></a>`);
    }
  });

  it("every argument accepts a single value or a range, and results spill", () => {
    for (const f of metadata) {
      for (const p of f.parameters) {
        expect(p.dimensionality).toBe("matrix");
        expect(p.type ?? "any").toBe("any");
      }
      expect(f.result.dimensionality).toBe("matrix");
    }
  });

  it("optional parameters come after required ones", () => {
    for (const f of metadata) {
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0)
        expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});
