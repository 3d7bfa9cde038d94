/**
 * The status line's words for the selected cell's error: the engine's or the function's own
 * reason when it gave one, else what the error means; and for an error a formula passed on
 * from a cell it reads, that cell, named, and what went wrong there.
 */

function meaning(code: string): string {
  switch (code) {
    case "#SPILL!":
      return "The result cannot spill: cells in its way are not empty.";
    case "#DIV/0!":
      return "Division by zero: what this formula divides by is 0 (for a WORKFORCE rate, the FTE it is a share of; for CASELOAD, the case-holding FTE).";
    case "#NUM!":
      return "The result is not a number Excel can show.";
    case "#VALUE!":
      return "An argument has the wrong type of value.";
    case "#N/A":
      return "A value is not available (blank or a suppressed figure).";
    case "#NAME?":
      return "Unknown function or name.";
    case "#CYCLE!":
      return "The formula refers to its own result (circular reference).";
    case "#REF!":
      return "The formula refers to cells that were deleted.";
    default:
      return "";
  }
}

/** What the error means where it was made (a cell another formula reads). */
function meaningThere(code: string): string {
  switch (code) {
    case "#DIV/0!":
      return "it divides by 0";
    case "#REF!":
      return "it refers to cells that were deleted";
    case "#NAME?":
      return "it uses an unknown function or name";
    case "#N/A":
      return "a value there is not available";
    case "#VALUE!":
      return "an argument there has the wrong type of value";
    default:
      return "its result is an error";
  }
}

export function errorStatus(
  error: { code: string; message: string },
  source: { address: string; message: string } | null,
): string {
  if (source) {
    const why = source.message || meaningThere(error.code);
    return `${error.code} comes from ${source.address}, which this formula reads: ${why.replace(/\.$/, "")}.`;
  }
  return `${error.code} ${error.message || meaning(error.code)}`;
}
