/**
 * `npm run validate`'s offline checks (scripts/build/validateManifest.cjs) on a build laid out
 * by hand from the real manifest, metadata and icons, then broken one way at a time: each rule
 * must catch what Office would refuse or what would fail for a user.
 */
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "fs";
import os from "os";
import path from "path";
import { functionsMetadataModule, manifestModule } from "../support/buildScripts";

const root = path.resolve(__dirname, "../..");
const BASE = "https://planner.example.gov.uk/";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build helper
const { validateBuild } = require(path.join(root, "scripts/build/validateManifest.cjs")) as {
  validateBuild: (dist: string, options?: { functionIds?: string[] }) => string[];
};
const { ids } = JSON.parse(
  readFileSync(path.join(root, "test/fixtures/functions-ids.json"), "utf8"),
) as {
  ids: string[];
};

let dist: string;
let manifest: string;
let metadata: string;

beforeAll(async () => {
  manifest = manifestModule.buildManifest(readFileSync(path.join(root, "manifest.xml"), "utf8"), {
    baseUrl: BASE,
    version: "1.2.3",
  });
  const generated = await functionsMetadataModule.functionsMetadata(
    path.join(root, "src/functions/functions.ts"),
    { baseUrl: BASE },
  );
  metadata = JSON.stringify(generated.metadata);
});

beforeEach(() => {
  dist = mkdtempSync(path.join(os.tmpdir(), "workforce-validate-"));
  cpSync(path.join(root, "assets"), path.join(dist, "assets"), { recursive: true });
  mkdirSync(path.join(dist, "docs"));
  copyFileSync(path.join(root, "docs/functions.html"), path.join(dist, "docs/functions.html"));
  for (const file of ["taskpane.html", "functions.js", "commands.html"])
    writeFileSync(path.join(dist, file), "");
  writeFileSync(path.join(dist, "manifest.xml"), manifest);
  writeFileSync(path.join(dist, "functions.json"), metadata);
});

afterEach(() => rmSync(dist, { recursive: true, force: true }));

const check = () => validateBuild(dist, { functionIds: ids });
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(path.join(dist, file), change(readFileSync(path.join(dist, file), "utf8")));

it("passes a good build, with the version from package.json", () => {
  expect(check()).toEqual([]);
  expect(manifest).toContain("<Version>1.2.3.0</Version>");
});

it.each<[string, () => void, RegExp]>([
  [
    "malformed XML",
    () => edit("manifest.xml", (x) => x.replace("</OfficeApp>", "")),
    /not well-formed/,
  ],
  [
    "a changed Id",
    () =>
      edit("manifest.xml", (x) =>
        x.replace(/<Id>[^<]+</, "<Id>00000000-0000-0000-0000-000000000000<"),
      ),
    /Id> changed/,
  ],
  [
    "a three-part version",
    () => edit("manifest.xml", (x) => x.replace("1.2.3.0", "1.2.3")),
    /Version> must have four/,
  ],
  [
    "an undefined resid",
    () => edit("manifest.xml", (x) => x.replace('resid="Group.Label"', 'resid="Group.Missing"')),
    /"Group.Missing" is used but not defined/,
  ],
  [
    "an http URL",
    () =>
      edit("manifest.xml", (x) =>
        x.replace(`${BASE}functions.js`, "http://planner.example.gov.uk/functions.js"),
      ),
    /must use https/,
  ],
  [
    "a file the build lacks",
    () => rmSync(path.join(dist, "functions.js")),
    /functions\.js is missing/,
  ],
  [
    "an icon of the wrong size",
    () =>
      copyFileSync(path.join(dist, "assets/icon-16.png"), path.join(dist, "assets/icon-32.png")),
    /is 16×16, not 32×32/,
  ],
  [
    "a TaskpaneId on the ribbon button",
    () =>
      edit("manifest.xml", (x) =>
        x.replace(
          '<Action xsi:type="ShowTaskpane">',
          '<Action xsi:type="ShowTaskpane"><TaskpaneId>X</TaskpaneId>',
        ),
      ),
    /must not have a TaskpaneId/,
  ],
  [
    "no ExcelApi requirement",
    () => edit("manifest.xml", (x) => x.replace(/<Set Name="ExcelApi"[^>]*\/>/, "")),
    /ExcelApi requirement set/,
  ],
  [
    "metadata without allowErrorForDataTypeAny",
    () =>
      edit("functions.json", (x) =>
        x.replace('"allowErrorForDataTypeAny":true', '"allowErrorForDataTypeAny":false'),
      ),
    /allowErrorForDataTypeAny: true/,
  ],
  [
    "a renamed function id",
    () => edit("functions.json", (x) => x.replace('"id":"VACANCYRATE"', '"id":"VACRATE"')),
    /ids differ from the released list/,
  ],
  [
    "a help anchor the page lacks",
    () => edit("functions.json", (x) => x.replace("#vacancyrate", "#nowhere")),
    /has no #nowhere/,
  ],
])("reports %s", (_what, breakIt, problem) => {
  breakIt();
  expect(check()).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
});
