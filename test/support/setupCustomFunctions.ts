// Jest setup: Excel's CustomFunctions global does not exist in Node; install the shim the
// preview workbench uses too (src/functions/customFunctionsShim.ts).
import { installCustomFunctionsShim } from "../../src/functions/customFunctionsShim";

installCustomFunctionsShim();
