/**
 * A fast reader for plain XML, as census software writes it: elements, text, the five named
 * entities, attributes (ignored), comments and processing instructions between elements. It
 * gives the tree fast-xml-parser gives with xml.ts's settings (namespace prefixes dropped,
 * text trimmed and kept as written, an element given again as a list) in one pass of
 * indexOf and sticky regular expressions, several times faster for a 5,000-worker return.
 *
 * Anything else gives undefined, and xml.ts reads the file with fast-xml-parser as before:
 * CDATA, character references, a DOCTYPE, text beside child elements, non-ASCII names, a
 * comment inside a value, and every kind of malformed XML (so its message stays the same).
 */

/** What fast-xml-parser gives for an element. */
export type PlainValue = string | PlainTree | PlainValue[];
export interface PlainTree {
  [name: string]: PlainValue;
}

/** Gives up on the text: fast-xml-parser reads it instead. */
class NotPlain extends Error {}

const NAME = "[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?";
// An attribute's value may hold no "<" and no "&" here (an entity there is left to the parser).
const ATTRIBUTE = `[ \\t\\r\\n]+${NAME}[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"[^"<&]*"|'[^'<&]*')`;
const OPEN_TAG = new RegExp(`<(${NAME})((?:${ATTRIBUTE})*)[ \\t\\r\\n]*(/?)>`, "y");
const CLOSE_TAG = new RegExp(`</(${NAME})[ \\t\\r\\n]*>`, "y");
const NAMED_ENTITY = /&(lt|gt|amp|quot|apos);/g;
const OTHER_AMPERSAND = /&(?!(?:lt|gt|amp|quot|apos);)/;
const ENTITY_TEXT: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

interface Frame {
  name: string;
  local: string;
  text: string;
  children: PlainTree | null;
  /** A comment or processing instruction inside: text around it is left to the parser. */
  split: boolean;
}

const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

function decoded(text: string): string {
  if (!text.includes("&")) return text;
  if (OTHER_AMPERSAND.test(text)) throw new NotPlain();
  return text.replace(NAMED_ENTITY, (_, name: string) => ENTITY_TEXT[name]);
}

function valueOf(frame: Frame): PlainValue {
  const text = frame.text.trim();
  if (frame.children === null) {
    if (frame.split && text !== "") throw new NotPlain();
    return text;
  }
  // Text beside child elements: fast-xml-parser keeps it under "#text".
  if (text !== "") throw new NotPlain();
  return frame.children;
}

/**
 * Names fast-xml-parser refuses or renames as a guard against prototype pollution (compared
 * without case, as it does): left to it, so it answers as it always has.
 */
const GUARDED_NAMES = new Set(
  [
    "__proto__",
    "constructor",
    "prototype",
    "hasOwnProperty",
    "toString",
    "valueOf",
    "__defineGetter__",
    "__defineSetter__",
    "__lookupGetter__",
    "__lookupSetter__",
  ].map((name) => name.toLowerCase()),
);
/** fast-xml-parser's own nesting limit. */
const MAX_DEPTH = 100;

function addChild(parent: PlainTree, name: string, value: PlainValue): void {
  const seen = Object.prototype.hasOwnProperty.call(parent, name) ? parent[name] : undefined;
  // A single element's value is never a list, so a list here is one this reader made.
  if (seen === undefined) parent[name] = value;
  else if (Array.isArray(seen)) seen.push(value);
  else parent[name] = [seen, value];
}

/** Skips `<!--…-->` or `<?…?>` at `at`; returns the index after it. */
function skipMarkup(body: string, at: number): number {
  if (body.startsWith("<!--", at)) {
    const end = body.indexOf("-->", at + 4);
    if (end < 0 || body.slice(at + 4, end).includes("--")) throw new NotPlain();
    return end + 3;
  }
  if (body.startsWith("<?", at)) {
    const end = body.indexOf("?>", at + 2);
    if (end < 0) throw new NotPlain();
    return end + 2;
  }
  throw new NotPlain(); // CDATA, DOCTYPE or other declarations
}

function scan(body: string): PlainTree {
  const stack: Frame[] = [];
  let root: PlainTree | null = null;
  let at = 0;
  while (at < body.length) {
    const lt = body.indexOf("<", at);
    const text = body.slice(at, lt < 0 ? body.length : lt);
    if (text !== "") {
      if (text.includes("]]>")) throw new NotPlain();
      const top = stack[stack.length - 1];
      if (top) top.text += decoded(text);
      else if (text.trim() !== "") throw new NotPlain(); // text outside the root
    }
    if (lt < 0) break;
    const next = body.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      at = skipMarkup(body, lt);
      if (stack.length > 0) stack[stack.length - 1].split = true;
      continue;
    }
    if (next === 0x2f /* / */) {
      CLOSE_TAG.lastIndex = lt;
      const close = CLOSE_TAG.exec(body);
      const frame = stack.pop();
      if (!close || !frame || close[1] !== frame.name) throw new NotPlain();
      at = CLOSE_TAG.lastIndex;
      const value = valueOf(frame);
      const parent = stack[stack.length - 1];
      if (parent) addChild((parent.children ??= {}), frame.local, value);
      else root = { [frame.local]: value };
      continue;
    }
    OPEN_TAG.lastIndex = lt;
    const open = OPEN_TAG.exec(body);
    if (!open || (root !== null && stack.length === 0)) throw new NotPlain(); // or a second root
    at = OPEN_TAG.lastIndex;
    const guarded = GUARDED_NAMES.has(open[1].toLowerCase());
    if (guarded || GUARDED_NAMES.has(localName(open[1]).toLowerCase())) throw new NotPlain();
    if (stack.length >= MAX_DEPTH - 1) throw new NotPlain();
    const frame: Frame = {
      name: open[1],
      local: localName(open[1]),
      text: "",
      children: null,
      split: false,
    };
    if (open[3] === "/") {
      const parent = stack[stack.length - 1];
      if (parent) addChild((parent.children ??= {}), frame.local, "");
      else root = { [frame.local]: "" };
    } else {
      stack.push(frame);
    }
  }
  if (stack.length > 0 || root === null) throw new NotPlain();
  return root;
}

/** The tree of plain XML text, or undefined when fast-xml-parser must read it. */
export function scanPlainXml(body: string): PlainTree | undefined {
  try {
    return scan(body);
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}
