/**
 * Whether every cell a formula's arguments read already holds a computed value. The bridge sizes
 * a new spill by evaluating the call once (HyperFormula reserves the area before it evaluates),
 * which is only sound when that evaluation reads what the real one will: not while a workbook
 * loads, nor when an argument is a formula entered earlier in the same batch. Then the spill
 * starts at one cell and the tracker (./spills) re-enters it at its size.
 */
import type { SimpleCellAddress } from "hyperformula";
// Type-only deep imports: HyperFormula does not re-export its AST and graph types.
import type {
  ArrayAst,
  Ast,
  BinaryOpAst,
  CellRangeAst,
  CellReferenceAst,
  ColumnRangeAst,
  ParenthesisAst,
  ProcedureAst,
  RowRangeAst,
  MinusUnaryOpAst,
} from "hyperformula/typings/parser/Ast";
import type { DependencyGraph } from "hyperformula/typings/DependencyGraph";

/** A formula cell's vertex has `isComputed`; value and empty cells' vertices do not. */
function computed(graph: DependencyGraph, address: SimpleCellAddress): boolean {
  const vertex = graph.getCell(address) as { isComputed?: () => boolean } | undefined;
  return typeof vertex?.isComputed !== "function" || vertex.isComputed();
}

function blockComputed(
  graph: DependencyGraph,
  sheet: number,
  rows: [number, number],
  cols: [number, number],
): boolean {
  for (let row = rows[0]; row <= rows[1]; row++) {
    for (let col = cols[0]; col <= cols[1]; col++) {
      if (!computed(graph, { sheet, row, col })) return false;
    }
  }
  return true;
}

const ordered = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);

/**
 * True when evaluating `args` at `base` now reads only computed values. A named expression
 * counts as not computed (what it refers to is not followed), which only costs a re-entry.
 */
export function inputsComputed(
  args: readonly Ast[],
  base: SimpleCellAddress,
  graph: DependencyGraph,
): boolean {
  return args.every((ast) => astComputed(ast, base, graph));
}

function astComputed(node: Ast, base: SimpleCellAddress, graph: DependencyGraph): boolean {
  // AstNodeType is not exported by HyperFormula's package index; compare its string values.
  const kind: string = node.type;
  switch (kind) {
    case "CELL_REFERENCE":
      return computed(graph, (node as CellReferenceAst).reference.toSimpleCellAddress(base));
    case "CELL_RANGE": {
      const ast = node as CellRangeAst;
      const start = ast.start.toSimpleCellAddress(base);
      const end = ast.end.toSimpleCellAddress(base);
      return blockComputed(
        graph,
        start.sheet,
        ordered(start.row, end.row),
        ordered(start.col, end.col),
      );
    }
    case "COLUMN_RANGE": {
      const ast = node as ColumnRangeAst;
      const start = ast.start.toSimpleColumnAddress(base);
      const end = ast.end.toSimpleColumnAddress(base);
      const height = graph.getSheetHeight(start.sheet);
      return blockComputed(graph, start.sheet, [0, height - 1], ordered(start.col, end.col));
    }
    case "ROW_RANGE": {
      const ast = node as RowRangeAst;
      const start = ast.start.toSimpleRowAddress(base);
      const end = ast.end.toSimpleRowAddress(base);
      const width = graph.getSheetWidth(start.sheet);
      return blockComputed(graph, start.sheet, ordered(start.row, end.row), [0, width - 1]);
    }
    case "NAMED_EXPRESSION":
      return false;
    case "FUNCTION_CALL":
      return inputsComputed((node as ProcedureAst).args, base, graph);
    case "PARENTHESES":
      return astComputed((node as ParenthesisAst).expression, base, graph);
    case "MINUS_UNARY_OP":
    case "PLUS_UNARY_OP":
    case "PERCENT_OP":
      return astComputed((node as MinusUnaryOpAst).value, base, graph);
    case "ARRAY":
      return (node as ArrayAst).args.every((row) => inputsComputed(row, base, graph));
    case "CONCATENATE_OP":
    case "EQUALS_OP":
    case "NOT_EQUAL_OP":
    case "GREATER_THAN_OP":
    case "LESS_THAN_OP":
    case "GREATER_THAN_OR_EQUAL_OP":
    case "LESS_THAN_OR_EQUAL_OP":
    case "PLUS_OP":
    case "MINUS_OP":
    case "TIMES_OP":
    case "DIV_OP":
    case "POWER_OP": {
      const ast = node as BinaryOpAst;
      return astComputed(ast.left, base, graph) && astComputed(ast.right, base, graph);
    }
    default:
      // Constants, empty arguments and parse errors read no cells.
      return true;
  }
}
