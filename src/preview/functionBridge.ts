/**
 * The one bridge from HyperFormula to the add-in's custom functions, used by the workbench,
 * the Node tests and the benchmarks. It registers the implementations Excel calls (collected
 * from `CustomFunctions.associate` in the browser, or the generated `associate` list in Node)
 * as one FunctionPlugin, from the same generated, post-processed metadata (functions.json) for
 * names, parameter counts, optional arguments and whether error cells reach the functions.
 *
 * Calling conventions follow Excel's custom functions runtime (Excel on the web): omitted
 * optional arguments arrive as `null`, matrix parameters as 2-D arrays with empty cells as
 * `null` (office-js issue #4702: the web passes null where the desktop passes 0), repeating
 * parameters as an array, and error cells as `CustomFunctions.Error` values when the metadata
 * allows it (`allowErrorForDataTypeAny`), else the call is skipped and the formula shows the
 * error. A returned `CustomFunctions.Error` becomes an Excel error whose message the workbench
 * shows when the cell is selected.
 *
 * Spills: HyperFormula fixes an array formula's size before evaluating it, so the size method
 * predicts it by evaluating the call once when its inputs are computed (./computedInputs). The
 * engine's SpillTracker (./spills), carried as its `context` setting, keeps each formula's
 * reserved and evaluated sizes and re-enters a formula whose result outgrew or shrank from its
 * area, so the spill follows its result as Excel's does.
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
import type { FunctionArgument, ImplementedFunctions, SimpleCellAddress } from "hyperformula";
// Type-only deep imports: HyperFormula does not re-export its AST and interpreter state types.
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import { widestRow } from "../core/ranges";
import { EXCEL_ERRORS, errorTextOfCellValueType } from "../functions/excelErrors";
import { columnLetters } from "../workbook/a1";
import { inputsComputed } from "./computedInputs";
import { SpillTracker, type Shape } from "./spills";

export const FUNCTION_NAMESPACE = "WORKFORCE";

export interface CustomFunctionParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

export interface CustomFunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: CustomFunctionParameter[];
  result?: { type?: string; dimensionality?: "scalar" | "matrix" };
  options?: {
    requiresAddress?: boolean;
    requiresParameterAddresses?: boolean;
    stream?: boolean;
    cancelable?: boolean;
    volatile?: boolean;
  };
}

export interface FunctionsMetadata {
  /**
   * Whether error cells reach the functions (Excel reads this top-level setting of
   * functions.json; scripts/build/functionsMetadata.cjs sets it). When false, as in Excel, a
   * call whose argument holds an error is not made and the formula shows that error.
   */
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: CustomFunctionMetadata[];
}

export type CustomFunctionImplementation = (...args: unknown[]) => unknown;

/**
 * HyperFormula's error type for each of Excel's errors it has one for, by the error's Excel
 * cell value type (the one table of Excel's errors and their texts: src/functions/excelErrors).
 */
const ENGINE_TYPE_BY_CELL_VALUE_TYPE: Partial<Record<string, ErrorType>> = {
  Div0: ErrorType.DIV_BY_ZERO,
  NotAvailable: ErrorType.NA,
  Value: ErrorType.VALUE,
  Num: ErrorType.NUM,
  Name: ErrorType.NAME,
  Ref: ErrorType.REF,
  Spill: ErrorType.SPILL,
};

/** Excel errors HyperFormula has no type for, as the nearest it has; any other is #VALUE!. */
const NEAREST_ENGINE_TYPE: Partial<Record<string, ErrorType>> = {
  Null: ErrorType.ERROR,
  GettingData: ErrorType.NA,
};

/** A function's returned Excel error (by its text) as the engine's error type. */
const ERROR_TYPE_BY_CODE = new Map(
  EXCEL_ERRORS.map((e) => [
    e.text,
    ENGINE_TYPE_BY_CELL_VALUE_TYPE[e.cellValueType] ??
      NEAREST_ENGINE_TYPE[e.cellValueType] ??
      ErrorType.VALUE,
  ]),
);

/** The text an engine error shows: Excel's, or HyperFormula's own for the types Excel lacks. */
const EXCEL_TEXT_BY_ERROR_TYPE = new Map<ErrorType, string>([
  ...Object.entries(ENGINE_TYPE_BY_CELL_VALUE_TYPE).flatMap(([cellValueType, type]) =>
    type === undefined ? [] : [[type, errorTextOfCellValueType(cellValueType)] as const],
  ),
  [ErrorType.CYCLE, "#CYCLE!"],
  [ErrorType.ERROR, "#ERROR!"],
  [ErrorType.LIC, "#LIC!"],
]);

interface ErrorLike {
  code: string;
  message?: string;
}

/** A CustomFunctions.Error (from Excel's runtime or the shim), recognised by shape. */
export function isCustomFunctionError(value: unknown): value is ErrorLike {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    (value as { code: string }).code.startsWith("#")
  );
}

function toCellError(error: ErrorLike): CellError {
  return new CellError(ERROR_TYPE_BY_CODE.get(error.code) ?? ErrorType.VALUE, error.message ?? "");
}

/** Builds a CustomFunctions.Error-like value for an engine error passed into a function. */
function fromCellError(error: CellError): unknown {
  const code = EXCEL_TEXT_BY_ERROR_TYPE.get(error.type) ?? "#VALUE!";
  const ctor = (
    globalThis as { CustomFunctions?: { Error?: new (c: string, m?: string) => unknown } }
  ).CustomFunctions?.Error;
  return ctor ? new ctor(code, error.message) : { code, message: error.message };
}

function toFunctionValue(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) return fromCellError(value);
  // HyperFormula wraps some numbers (dates, percentages) as objects with a `val` field.
  if (typeof value === "object" && value !== null && "val" in value) {
    return value.val;
  }
  return value;
}

function toMatrix(value: unknown): unknown[][] {
  if (value instanceof SimpleRangeValue) {
    return value.data.map((row) => row.map(toFunctionValue));
  }
  return [[toFunctionValue(value)]];
}

type EngineValue = number | string | boolean | CellError | SimpleRangeValue;

function toEngineScalar(value: unknown): number | string | boolean | CellError {
  if (isCustomFunctionError(value)) return toCellError(value);
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? value
      : new CellError(ErrorType.NUM, "The function returned a number Excel cannot show.");
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return new CellError(ErrorType.VALUE, "The function returned a value Excel cannot show.");
}

function toEngineValue(value: unknown, matrixResult: boolean): EngineValue {
  if (Array.isArray(value)) {
    const rows = (value as unknown[]).map((row): unknown[] =>
      Array.isArray(row) ? (row as unknown[]) : [row],
    );
    const width = widestRow(rows);
    if (rows.length === 0 || width === 0) {
      return new CellError(ErrorType.VALUE, "The function returned an empty result.");
    }
    const data = rows.map((row) =>
      Array.from({ length: width }, (_, i) => toEngineScalar(i < row.length ? row[i] : "")),
    );
    if (!matrixResult) return data[0][0];
    return SimpleRangeValue.onlyValues(data);
  }
  if (value instanceof Promise) {
    return new CellError(
      ErrorType.NA,
      "This function works asynchronously, which the preview workbench does not support.",
    );
  }
  return toEngineScalar(value);
}

interface Registration {
  metadata: CustomFunctionMetadata;
  implementation: CustomFunctionImplementation;
  matrixResult: boolean;
}

// HyperFormula registers function plugins for every engine at once, so the registrations are
// shared too; spill shapes are each engine's own (its SpillTracker).
const registrations = new Map<string, Registration>();
let errorsReachFunctions = false;

/** The first error among HyperFormula's argument values (scalars or ranges), if any. */
function firstError(values: readonly unknown[]): CellError | undefined {
  for (const value of values) {
    if (value instanceof CellError) return value;
    if (value instanceof SimpleRangeValue) {
      for (const row of value.data) {
        for (const cell of row) if (cell instanceof CellError) return cell;
      }
    }
  }
  return undefined;
}
const NO_TRACKER = new CellError(
  ErrorType.VALUE,
  "This engine was built without a SpillTracker (HyperFormula's context setting), so it cannot size the result.",
);

function shapeOf(value: EngineValue): Shape {
  return value instanceof SimpleRangeValue
    ? { width: value.width(), height: value.height() }
    : { width: 1, height: 1 };
}

function argumentFor(parameter: CustomFunctionParameter): FunctionArgument {
  const base: FunctionArgument =
    parameter.dimensionality === "matrix"
      ? { argumentType: FunctionArgumentType.RANGE }
      : parameter.type === "number"
        ? { argumentType: FunctionArgumentType.NUMBER }
        : parameter.type === "string"
          ? { argumentType: FunctionArgumentType.STRING }
          : parameter.type === "boolean"
            ? { argumentType: FunctionArgumentType.BOOLEAN }
            : { argumentType: FunctionArgumentType.SCALAR };
  return parameter.optional || parameter.repeating ? { ...base, optionalArg: true } : base;
}

/** Turns HyperFormula's argument values into the arguments Excel would pass. */
function excelArguments(
  metadata: CustomFunctionMetadata,
  values: unknown[],
  address: SimpleCellAddress,
  sheetName: (id: number) => string,
): unknown[] {
  const convert = (parameter: CustomFunctionParameter, value: unknown): unknown => {
    if (value === undefined) return null;
    return parameter.dimensionality === "matrix" ? toMatrix(value) : toFunctionValue(value);
  };
  const args: unknown[] = [];
  metadata.parameters.forEach((parameter, index) => {
    if (parameter.repeating) {
      args.push(
        values
          .slice(index)
          .filter((v) => v !== undefined)
          .map((v) => convert(parameter, v)),
      );
    } else {
      args.push(convert(parameter, values[index]));
    }
  });
  if (metadata.options?.requiresAddress || metadata.options?.requiresParameterAddresses) {
    args.push({
      address: `${sheetName(address.sheet)}!${columnLetters(address.col)}${address.row + 1}`,
      functionName: metadata.name,
    });
  }
  return args;
}

class WorkforceFunctionPlugin extends FunctionPlugin {
  workforce(ast: ProcedureAst, state: InterpreterState): EngineValue {
    const value = this.callRun(ast, state);
    const registration = registrations.get(ast.procedureName);
    if (!registration?.matrixResult || !(value instanceof SimpleRangeValue)) return value;
    // Only a call that is the whole formula spills; a nested call (=SUM(WORKFORCE.…)) is an
    // ordinary array argument and must reach its caller whole.
    const root = (state.formulaVertex as unknown as { formula?: unknown } | undefined)?.formula;
    if (root !== ast) return value;
    const spills = this.spills();
    if (!spills) return NO_TRACKER;
    const shape = shapeOf(value);
    const reserved = spills.record(state.formulaAddress, shape);
    // HyperFormula cannot place more than it reserved; show what fits now, and the tracker
    // re-enters the formula with the full size straight after this recalculation.
    if (reserved && (shape.height > reserved.height || shape.width > reserved.width)) {
      return SimpleRangeValue.onlyValues(
        value.data
          .slice(0, reserved.height)
          .map((row) => row.slice(0, reserved.width) as (number | string | boolean | CellError)[]),
      );
    }
    return value;
  }

  workforceSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const address = state.formulaAddress;
    // Evaluating the call tells its size, when its inputs already hold their values.
    const predict = (): Shape | undefined =>
      inputsComputed(ast.args, address, this.dependencyGraph)
        ? shapeOf(this.callRun(ast, state))
        : undefined;
    const shape = this.spills()?.reserve(address, predict) ?? { width: 1, height: 1 };
    return new ArraySize(shape.width, shape.height);
  }

  /** The engine's spill tracker, which its owner passes as HyperFormula's `context` setting. */
  private spills(): SpillTracker | undefined {
    const context: unknown = this.config.context;
    return context instanceof SpillTracker ? context : undefined;
  }

  private callRun(ast: ProcedureAst, state: InterpreterState): EngineValue {
    const name = ast.procedureName;
    const registration = registrations.get(name);
    if (!registration) return new CellError(ErrorType.NAME, `Unknown function ${name}.`);
    return this.runFunction(ast.args, state, this.metadata(name), (...values: unknown[]) => {
      if (!errorsReachFunctions) {
        const error = firstError(values);
        if (error) return error;
      }
      const excelArgs = excelArguments(registration.metadata, values, state.formulaAddress, (id) =>
        this.dependencyGraph.sheetMapping.getSheetNameOrThrowError(id),
      );
      try {
        return toEngineValue(registration.implementation(...excelArgs), registration.matrixResult);
      } catch (error) {
        // Functions should return errors, not throw; show the reason rather than crash.
        const reason = error instanceof Error ? error.message : String(error);
        return new CellError(ErrorType.VALUE, `The function failed: ${reason}`);
      }
    }) as EngineValue;
  }
}

/** Formula name as typed in a cell, e.g. "WORKFORCE.VACANCYRATE". */
export function formulaName(metadata: CustomFunctionMetadata): string {
  return `${FUNCTION_NAMESPACE}.${metadata.name}`.toUpperCase();
}

export interface RegisteredFunctions {
  /** Formula names registered, e.g. ["WORKFORCE.VACANCYRATE", …]. */
  names: string[];
  /** Metadata entries with no associated implementation (shown as #NAME? in cells). */
  missing: string[];
}

/**
 * Registers every function in `metadata` that has an implementation. Safe to call more
 * than once (re-registers). Must run before the HyperFormula instance is built.
 */
export function registerCustomFunctions(
  metadata: FunctionsMetadata,
  implementations: ReadonlyMap<string, CustomFunctionImplementation>,
): RegisteredFunctions {
  const implemented: ImplementedFunctions = {};
  const translations: Record<string, string> = {};
  const names: string[] = [];
  const missing: string[] = [];
  registrations.clear();
  errorsReachFunctions = metadata.allowErrorForDataTypeAny === true;
  for (const entry of metadata.functions) {
    const implementation =
      implementations.get(entry.id) ?? implementations.get(entry.id.toUpperCase());
    const name = formulaName(entry);
    if (!implementation) {
      missing.push(name);
      continue;
    }
    const matrixResult = entry.result?.dimensionality === "matrix";
    registrations.set(name, { metadata: entry, implementation, matrixResult });
    const parameters = entry.parameters.map(argumentFor);
    const repeating = entry.parameters.some((p) => p.repeating);
    implemented[name] = {
      method: "workforce",
      parameters,
      ...(repeating ? { repeatLastArgs: 1 } : {}),
      ...(matrixResult ? { sizeOfResultArrayMethod: "workforceSize" } : {}),
      ...(entry.options?.volatile ? { isVolatile: true } : {}),
      // Matrix parameters must reach the function whole, never element by element.
      vectorizationForbidden: entry.parameters.some((p) => p.dimensionality === "matrix"),
    };
    translations[name] = name;
    names.push(name);
  }
  if (HyperFormula.getAllFunctionPlugins().includes(WorkforceFunctionPlugin)) {
    HyperFormula.unregisterFunctionPlugin(WorkforceFunctionPlugin);
  }
  WorkforceFunctionPlugin.implementedFunctions = implemented;
  if (names.length > 0) {
    HyperFormula.registerFunctionPlugin(WorkforceFunctionPlugin, {
      enGB: translations,
      enUS: translations,
    });
  }
  return { names, missing };
}

/**
 * The implementations named by the generator's `associate` list (id → exported function name),
 * taken from the functions module's exports: how Node code (tests, benchmarks) finds what the
 * build's appended `CustomFunctions.associate` calls register in the browser.
 */
export function implementationsFrom(
  associate: readonly { id: string; functionName: string }[],
  moduleExports: Readonly<Record<string, unknown>>,
): Map<string, CustomFunctionImplementation> {
  const implementations = new Map<string, CustomFunctionImplementation>();
  for (const { id, functionName } of associate) {
    const implementation = moduleExports[functionName];
    if (typeof implementation !== "function") {
      throw new Error(`${id}: the functions module exports no function ${functionName}.`);
    }
    implementations.set(id, implementation as CustomFunctionImplementation);
  }
  return implementations;
}
