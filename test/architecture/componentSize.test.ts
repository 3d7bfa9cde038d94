/** A component over 300 lines has more than one job (the developers' guide). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const COMPONENTS = join(__dirname, "../../src/taskpane/components");
const MAX_LINES = 300;

it(`keeps every task pane component within ${MAX_LINES} lines`, () => {
  const files = readdirSync(COMPONENTS).filter((name) => name.endsWith(".tsx"));
  expect(files.length).toBeGreaterThan(5);
  const long = files
    .map((name) => ({
      name,
      lines: readFileSync(join(COMPONENTS, name), "utf8").split("\n").length,
    }))
    .filter((file) => file.lines > MAX_LINES);
  expect(long).toEqual([]);
});
