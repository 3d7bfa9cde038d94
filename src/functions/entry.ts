/**
 * The functions bundle's entry point (webpack.config.js): hands the bundled data files' text to
 * this runtime, then loads the custom functions, which the build registers with
 * CustomFunctions.associate. Tests load ./functions directly and provide the data themselves.
 */
import { provideBundledData } from "../workbook/bundledData";
import { BUNDLED_TEXTS } from "../workbook/bundledTexts";
import "./functions";

provideBundledData(BUNDLED_TEXTS);
