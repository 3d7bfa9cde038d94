/**
 * functions.json, generated from the JSDoc in src/functions/functions.ts and post-processed the
 * way both builds do it (scripts/build/functionsMetadata.cjs): the two data-type settings Excel
 * reads, every function and parameter described, a help URL into the generated reference,
 * and ids exactly the released list.
 */
import fs from "fs";
import path from "path";
import { loadRegistry } from "../functions/registry";
import type { FunctionMetadata } from "../functions/registry";
import { functionsMetadataModule, type FunctionsMetadataFile } from "../support/buildScripts";

const fixture = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../fixtures/functions-ids.json"), "utf8"),
) as { ids: string[] };
const reference = fs.readFileSync(path.resolve(__dirname, "../../docs/functions.md"), "utf8");

let metadata: FunctionMetadata[];
let file: FunctionsMetadataFile;
let errors: string[];
beforeAll(async () => {
  ({ metadata, file, errors } = await loadRegistry());
});

describe("functions.json metadata", () => {
  it("generates without errors", () => {
    expect(errors).toEqual([]);
    expect(metadata.length).toBeGreaterThan(0);
  });

  it("lets error cells and linked data types reach every function (both settings, top-level)", () => {
    // custom-functions-json.md: both are top-level booleans and apply to parameters of type any.
    expect(file.allowErrorForDataTypeAny).toBe(true);
    expect(file.allowCustomDataForDataTypeAny).toBe(true);
    const notAny = metadata.flatMap((f) =>
      f.parameters.filter((p) => (p.type ?? "any") !== "any").map((p) => `${f.id}.${p.name}`),
    );
    expect(notAny).toEqual([]);
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

describe("metadata post-processing", () => {
  const postProcessMetadata =
    functionsMetadataModule.postProcessMetadata.bind(functionsMetadataModule);
  const generated = (parameterType?: string): FunctionsMetadataFile => ({
    functions: [
      {
        id: "F",
        name: "F",
        helpUrl: "https://localhost:3000/docs/functions.html#f",
        parameters: [{ name: "x", dimensionality: "matrix", type: parameterType }],
        result: { dimensionality: "matrix" },
      },
    ],
  });

  it("sets both settings and rebases help URLs onto the add-in's address", () => {
    const out = postProcessMetadata(generated("any"), {
      baseUrl: "https://planner.example.gov.uk/",
    });
    expect(out.allowErrorForDataTypeAny).toBe(true);
    expect(out.allowCustomDataForDataTypeAny).toBe(true);
    expect(out.functions[0].helpUrl).toBe("https://planner.example.gov.uk/docs/functions.html#f");
  });

  it("refuses a parameter that would not receive error cells", () => {
    expect(() => postProcessMetadata(generated("number"))).toThrow(
      /F: parameter x is declared as number/,
    );
  });

  it("refuses a help URL it cannot rebase", () => {
    const odd = generated("any");
    odd.functions[0].helpUrl = "https://elsewhere.example/help";
    expect(() => postProcessMetadata(odd)).toThrow(/must start with https:\/\/localhost:3000\//);
  });
});
