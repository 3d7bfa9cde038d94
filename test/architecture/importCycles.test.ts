/** No file under src/ imports a file that imports it back, directly or through others. */
import { join } from "node:path";
import { importCycles, importGraph, importedSpecifiers } from "./importGraph";

describe("src/ import graph", () => {
  it("has no cycles", () => {
    const graph = importGraph(join(__dirname, "../../src"));
    // A sanity check that the graph was read: the pane's entry imports the App.
    expect(graph.get(join("taskpane", "mount.tsx"))).toContain(join("taskpane", "App.tsx"));
    expect(importCycles(graph).map((cycle) => cycle.join(" → "))).toEqual([]);
  });

  it("reads every kind of import, and finds a cycle when there is one", () => {
    const text = [
      'import { a } from "./a";',
      "import type {",
      "  B,",
      '} from "../b";',
      'export { c } from "./c";',
      'import "./d";',
      'const e = () => import("./e");',
      'import { f } from "react";',
    ].join("\n");
    expect(importedSpecifiers(text).sort()).toEqual(["../b", "./a", "./c", "./d", "./e"]);
    const graph = new Map([
      ["app.tsx", ["child.tsx"]],
      ["child.tsx", ["util.ts", "app.tsx"]],
      ["util.ts", []],
      ["self.ts", ["self.ts"]],
    ]);
    expect(importCycles(graph)).toEqual([
      ["app.tsx", "child.tsx", "app.tsx"],
      ["self.ts", "self.ts"],
    ]);
  });
});
