// Jest setup: Excel's CustomFunctions global does not exist in Node; install the shim the
// preview workbench uses too (src/functions/customFunctionsShim.ts). And hand this runtime the
// bundled data files, as each entry point does (src/workbook/bundledData.ts).
import { installCustomFunctionsShim } from "../../src/functions/customFunctionsShim";
import { provideBundledData } from "../../src/workbook/bundledData";
import { BUNDLED_TEXTS } from "./bundledTexts";

installCustomFunctionsShim();
provideBundledData(BUNDLED_TEXTS);
