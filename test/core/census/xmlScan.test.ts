/**
 * The fast reader of plain XML (src/core/census/xmlScan.ts) against fast-xml-parser with the
 * census reader's settings: the same tree for DfE's samples, for returns written another way
 * (namespaces, attributes, entities, comments, hostile text, repeated and unknown items) and
 * for random documents; undefined, so fast-xml-parser reads as before, for everything else.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parsedTree, readCensusXml } from "../../../src/core/census";
import { scanPlainXml } from "../../../src/core/census/xmlScan";

const samples = join(__dirname, "../../../../shared/data/csww-samples");
const header =
  "<Header><CollectionDetails><Collection>CSWW</Collection><Year>2024</Year><ReferenceDate>2024-09-30</ReferenceDate></CollectionDetails><Source><LEA>201</LEA></Source></Header>";
const vacancies =
  "<LALevelVacancies><NumberOfVacancies>3.00</NumberOfVacancies><NoAgencyFTE>1.00</NoAgencyFTE><NoAgencyHeadcount>1</NoAgencyHeadcount></LALevelVacancies>";
const message = (workers: string) => `<Message>${header}${vacancies}${workers}</Message>`;
const worker = (items: string) =>
  `<CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>SW100001</SWENo>${items}</CSWWWorker>`;

describe("plain XML is read as fast-xml-parser reads it", () => {
  const files = readdirSync(samples).filter((name) => name.endsWith(".xml"));

  it.each(files)("DfE's sample %s", (name) => {
    const text = readFileSync(join(samples, name), "utf8");
    const tree = scanPlainXml(text);
    expect(tree).toBeDefined();
    expect(tree).toEqual(parsedTree(text));
  });

  const written: [string, string][] = [
    [
      "hostile text in values",
      message(
        worker(
          "<QualInst>=cmd|' /C calc'!A0</QualInst><Ethnicity>+1+2</Ethnicity><OrgRole>@SUM(A1)</OrgRole>",
        ) +
          worker(
            "<QualInst>&lt;script&gt;alert(1)&lt;/script&gt;</QualInst><Ethnicity>#N/A</Ethnicity><OrgRole>a > b</OrgRole>",
          ),
      ),
    ],
    [
      "entities and other scripts",
      message(
        worker(
          "<QualInst>Smith &amp; Jones &gt; &lt; &quot;Uni&quot; &apos;x&apos; Ysgol Gymraeg ŵ 学校 &amp;lt;</QualInst>",
        ),
      ),
    ],
    [
      "whitespace, empty and self-closing items",
      message(
        worker(
          "<FTE>\r\n   0.5  \n</FTE><QualInst>   </QualInst><Ethnicity/><GenderCurrent></GenderCurrent><OrgRole>\u00a0 2 \u00a0</OrgRole><FTE30 />",
        ),
      ),
    ],
    [
      "a namespace prefix, attributes, comments and processing instructions",
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n<?app keep?>\n<c:Message xmlns:c="http://example.org/census" c:version='2'><c:Header><c:CollectionDetails><c:Collection a="1">CSWW</c:Collection><c:Year>2024</c:Year><c:ReferenceDate>2024-09-30</c:ReferenceDate></c:CollectionDetails></c:Header><!-- workers --><c:CSWWWorker id="7"><c:AgencyWorker>1</c:AgencyWorker><c:SWENo>SW1</c:SWENo><?pi inside?><c:FTE30 unit = "fte" >0.8</c:FTE30 ></c:CSWWWorker></c:Message>\n<!-- end -->\n`,
    ],
    [
      "a default namespace",
      `<Message xmlns="http://www.dfe.gov.uk/CSWW">${header}${vacancies}${worker("<FTE>1</FTE>")}</Message>`,
    ],
    [
      "repeated items, unknown elements, nested values and two vacancy blocks",
      message(
        worker(
          "<CFKSSstatus>1</CFKSSstatus><CFKSSstatus>2</CFKSSstatus><CFKSSstatus>3</CFKSSstatus><Nickname>Al</Nickname><FTE><Value>1</Value></FTE>",
        ) + `${vacancies}<Extra>x</Extra><Extra><Deep>y</Deep></Extra>`,
      ),
    ],
    ["no workers", message("")],
    ["another root element", "<Return><CSWWWorker><SWENo>1</SWENo></CSWWWorker></Return>"],
    ["a self-closing root", "<Message/>"],
  ];

  it.each(written)("a return with %s", (_, text) => {
    const tree = scanPlainXml(text);
    expect(tree).toBeDefined();
    expect(tree).toEqual(parsedTree(text));
  });

  it("keeps formula-looking text exactly as written", () => {
    const census = readCensusXml(message(worker("<QualInst>=cmd|' /C calc'!A0</QualInst>")));
    expect(census.workers[0].get("QualInst")).toEqual(["=cmd|' /C calc'!A0"]);
  });

  // Random documents: names with and without a prefix, hostile text, attributes, comments
  // between elements, repeated names.
  const name = fc.constantFrom("A", "b", "c:D", "E.f", "_g-1", "CSWWWorker", "Value");
  const text = fc
    .array(
      fc.constantFrom(
        "x",
        " ",
        "\n",
        "\t",
        "=",
        "|",
        "'",
        '"',
        "1",
        "é",
        "&amp;",
        "&lt;",
        "&gt;",
        "&quot;",
        "&apos;",
        ">",
        "/",
        ";",
        "#",
        "-",
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(""));
  const attributes = fc
    .array(fc.tuple(fc.constantFrom("id", "x:y", "n"), fc.constantFrom("1", "a b", "", "'")), {
      maxLength: 2,
    })
    .map((list) =>
      list.map(([k, v]) => (v.includes("'") ? ` ${k}="${v}"` : ` ${k}='${v}'`)).join(""),
    );
  const { element } = fc.letrec((tie) => ({
    element: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.tuple(name, attributes, text).map(([n, a, t]) => `<${n}${a}>${t}</${n}>`),
      fc.tuple(name, attributes).map(([n, a]) => `<${n}${a}/>`),
      fc
        .tuple(name, attributes, fc.array(tie("element"), { maxLength: 4 }), fc.boolean())
        .map(
          ([n, a, kids, comment]) =>
            `<${n}${a}>\n  ${kids.join(comment ? "<!-- c -->" : "\n  ")}\n</${n}>`,
        ),
    ),
  }));

  it("random plain documents give fast-xml-parser's tree", () => {
    fc.assert(
      fc.property(element, (xml) => {
        const tree = scanPlainXml(xml);
        expect(tree).toBeDefined();
        expect(tree).toEqual(parsedTree(xml));
      }),
      { numRuns: 500 },
    );
  });
});

describe("everything else is left to fast-xml-parser", () => {
  const handedBack: [string, string][] = [
    ["character references", message(worker("<QualInst>&#169; &#x2603; Uni</QualInst>"))],
    ["an unknown entity", message(worker("<QualInst>&nbsp;Uni</QualInst>"))],
    ["a bare ampersand", message(worker("<QualInst>A & B</QualInst>"))],
    ["a CDATA section", message(worker("<QualInst><![CDATA[A & B <Uni>]]></QualInst>"))],
    ["a DOCTYPE", `<!DOCTYPE Message>${message("")}`],
    ["text beside child elements", message(worker("<FTE>1<Value>2</Value></FTE>"))],
    ["text beside the workers", message(`loose text${worker("<FTE>1</FTE>")}`)],
    ["text outside the root", `x${message("")}`],
    ["a comment inside a value", message(worker("<QualInst>Uni <!-- x --> versity</QualInst>"))],
    ["an unclosed element", message(worker("<FTE>1</FTE><QualInst>Uni"))],
    ["an unclosed comment", `${message("")}<!-- x`],
    ["mismatched tags", message(worker("<FTE>1</QualInst>"))],
    ["a prefix that differs on closing", "<a:Message></b:Message>"],
    ["two roots", `${message("")}<Message></Message>`],
    ["a non-ASCII element name", message(worker("<Ethnicité>x</Ethnicité>"))],
    ["an entity in an attribute", '<Message a="&amp;"></Message>'],
    ["an unquoted attribute", "<Message a=1></Message>"],
    ["a __proto__ element", message(worker("<__proto__>x</__proto__>"))],
    ["a constructor element", message(worker("<constructor>x</constructor>"))],
    ["a TOSTRING element", message(worker("<TOSTRING>x</TOSTRING>"))],
    [
      "a prefixed hasOwnProperty element",
      message(worker("<a:hasOwnProperty>x</a:hasOwnProperty>")),
    ],
    ["nesting deeper than fast-xml-parser allows", `${"<A>".repeat(120)}x${"</A>".repeat(120)}`],
    ["no element at all", "   "],
  ];

  it.each(handedBack)("%s", (_, xml) => {
    expect(scanPlainXml(xml)).toBeUndefined();
  });

  it("a malformed return still says where it breaks", () => {
    const census = readCensusXml(message(worker("<FTE>1</QualInst>")));
    expect(census.workers).toEqual([]);
    expect(census.fileProblems?.[0]).toMatch(
      /^The file is not well-formed XML \(line 1, column \d+\)/,
    );
  });
});
