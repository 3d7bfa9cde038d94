/**
 * Registers custom functions in HyperFormula for the benchmarks, calling the same adapters Excel
 * calls (with Excel's conventions: ranges as 2-D arrays, empty cells as null, omitted optional
 * arguments as null) and turning their results, including CustomFunctions.Error cells, into
 * HyperFormula values. Only for benchmarks: HyperFormula is GPL and never ships in the add-in.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ImplementedFunctions } from "hyperformula";
// Type-only deep imports: HyperFormula does not re-export its AST and interpreter state types.
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InternalScalarValue } from "hyperformula/typings/interpreter/InterpreterValue";

export type ExcelFunction = (...args: unknown[]) => unknown[][];

export interface ArgShape {
  literal?: number;
  rows?: number;
  cols?: number;
}

export interface BenchFunction {
  /** Formula name, e.g. "WORKFORCE.PROJECT". */
  name: string;
  implementation: ExcelFunction;
  /** Number of parameters (all passed as ranges). */
  arity: number;
  /** Required parameters; the rest are optional. */
  required: number;
  /**
   * Result size from the arguments as written (HyperFormula sizes a spill before evaluating it):
   * a number literal's value, or a range reference's rows and columns.
   */
  size: (args: ArgShape[]) => { width: number; height: number };
}

const ERROR_TYPES: Readonly<Record<string, ErrorType>> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
};

/** One cell as Excel passes it: an empty cell is null. */
function toCell(value: unknown): unknown {
  return value === EmptyValue ? null : value;
}

/** One argument as Excel passes it: always a 2-D array (a single cell is 1×1), omitted is null. */
function toArgument(value: unknown): unknown[][] | null {
  if (value === undefined) return null;
  if (value instanceof SimpleRangeValue) {
    const data = value.data;
    // A single cell, the usual argument, without a callback per row and per cell.
    if (data.length === 1 && data[0].length === 1) return [[toCell(data[0][0])]];
    return data.map((row) => row.map(toCell));
  }
  return [[toCell(value)]];
}

/**
 * What HyperFormula calls with the evaluated arguments: converts them as Excel would, calls the
 * adapter and converts its result. Built once per function at registration, not once per call.
 */
function engineCall(
  fn: BenchFunction,
): (...values: unknown[]) => InternalScalarValue | SimpleRangeValue {
  return (...values) => {
    const args: unknown[] = new Array<unknown>(fn.arity);
    for (let i = 0; i < fn.arity; i++) args[i] = toArgument(values[i]);
    const result = fn.implementation(...args);
    if (result.length === 1 && result[0].length === 1) return toEngine(result[0][0]);
    return SimpleRangeValue.onlyValues(result.map((row) => row.map(toEngine)));
  };
}

function toEngine(value: unknown): InternalScalarValue {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof CustomFunctions.Error) {
    return new CellError(ERROR_TYPES[value.code] ?? ErrorType.VALUE, value.message ?? "");
  }
  return new CellError(ErrorType.VALUE, "not a cell value");
}

interface Registered {
  fn: BenchFunction;
  call: (...values: unknown[]) => InternalScalarValue | SimpleRangeValue;
}

const registry = new Map<string, Registered>();

class BenchFunctionsPlugin extends FunctionPlugin {
  evaluateBenchFunction(
    ast: ProcedureAst,
    state: InterpreterState,
  ): InternalScalarValue | SimpleRangeValue {
    const registered = registry.get(ast.procedureName);
    if (!registered) return new CellError(ErrorType.NAME, ast.procedureName);
    return this.runFunction(ast.args, state, this.metadata(ast.procedureName), registered.call);
  }

  benchFunctionSize(ast: ProcedureAst): ArraySize {
    const fn = registry.get(ast.procedureName)?.fn;
    const shapes = ast.args.map((arg): ArgShape => {
      // AstNodeType is not exported by HyperFormula's package index; compare its string values.
      const kind: string = arg.type;
      if (kind === "NUMBER" && "value" in arg && typeof arg.value === "number")
        return { literal: arg.value };
      if (kind === "CELL_RANGE" && "start" in arg && "end" in arg) {
        const { start, end } = arg;
        if ("row" in start && "row" in end && "col" in start && "col" in end) {
          return { rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
        }
      }
      return {};
    });
    const { width, height } = fn ? fn.size(shapes) : { width: 1, height: 1 };
    return new ArraySize(width, height);
  }
}

/** Registers the functions (before building a HyperFormula instance). */
export function registerBenchFunctions(functions: readonly BenchFunction[]): void {
  const implemented: ImplementedFunctions = {};
  const translations: Record<string, string> = {};
  registry.clear();
  for (const fn of functions) {
    registry.set(fn.name, { fn, call: engineCall(fn) });
    implemented[fn.name] = {
      method: "evaluateBenchFunction",
      sizeOfResultArrayMethod: "benchFunctionSize",
      // Ranges must reach the function whole, never element by element.
      vectorizationForbidden: true,
      parameters: Array.from({ length: fn.arity }, (_, i) => ({
        argumentType: FunctionArgumentType.RANGE,
        optionalArg: i >= fn.required,
      })),
    };
    translations[fn.name] = fn.name;
  }
  BenchFunctionsPlugin.implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(BenchFunctionsPlugin, { enGB: translations });
}
