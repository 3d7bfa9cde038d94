/**
 * Date and time number formats ("dd/mm/yyyy", "d mmm yyyy", "yyyy-mm-dd hh:mm", "h:mm AM/PM"),
 * displayed as Excel displays them: the cell holds a serial number (days since 30 December
 * 1899) and the format decides how it reads.
 */
import { serialDate } from "./typedInput";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The format's first section without quoted text, escapes and colour/locale brackets. */
function codes(format: string): string {
  return format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

/** True when `format` shows a date or time (it has d, m, y, h or s codes outside quotes). */
export function isDateFormat(format: string): boolean {
  const bare = codes(format);
  return /[dmyhs]/i.test(bare) && !/[0#?]/.test(bare.replace(/s\.0+/gi, ""));
}

type Token = { code: string } | { text: string };

function tokenise(format: string): Token[] {
  const section = format.split(";")[0].replace(/\[[^\]]*\]/g, "");
  const tokens: Token[] = [];
  const pattern = /"([^"]*)"|\\(.)|(AM\/PM|A\/P|y+|m+|d+|h+|s+)|(.)/gi;
  for (const match of section.matchAll(pattern)) {
    if (match[1] !== undefined) tokens.push({ text: match[1] });
    else if (match[2] !== undefined) tokens.push({ text: match[2] });
    else if (match[3] !== undefined) tokens.push({ code: match[3] });
    else tokens.push({ text: match[4] });
  }
  return tokens;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** `serial` shown in the date/time `format`, as Excel shows it. */
export function formatDate(serial: number, format: string): string {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return "#".repeat(8);
  const date = serialDate(serial);
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  const hours24 = Math.floor(seconds / 3600) % 24;
  const minutes = Math.floor(seconds / 60) % 60;
  const secs = seconds % 60;
  const tokens = tokenise(format);
  const twelveHour = tokens.some((t) => "code" in t && /^(AM\/PM|A\/P)$/i.test(t.code));
  const codeAt = (i: number, step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < tokens.length; j += step) {
      const token = tokens[j];
      if ("code" in token) return token.code.toLowerCase();
    }
    return undefined;
  };
  return tokens
    .map((token, i) => {
      if ("text" in token) return token.text;
      const code = token.code.toLowerCase();
      switch (code[0]) {
        case "y":
          return code.length <= 2
            ? pad(date.getUTCFullYear() % 100, 2)
            : String(date.getUTCFullYear());
        case "d":
          if (code.length >= 4) return DAYS[date.getUTCDay()];
          if (code.length === 3) return DAYS[date.getUTCDay()].slice(0, 3);
          return code.length === 2 ? pad(date.getUTCDate(), 2) : String(date.getUTCDate());
        case "h": {
          const hours = twelveHour ? ((hours24 + 11) % 12) + 1 : hours24;
          return code.length >= 2 ? pad(hours, 2) : String(hours);
        }
        case "s":
          return code.length >= 2 ? pad(secs, 2) : String(secs);
        case "m": {
          // "m" right after hours or right before seconds means minutes, as in Excel.
          const previous = codeAt(i, -1);
          const next = codeAt(i, 1);
          if (code.length <= 2 && (previous?.startsWith("h") || next?.startsWith("s"))) {
            return code.length === 2 ? pad(minutes, 2) : String(minutes);
          }
          const month = date.getUTCMonth();
          if (code.length >= 5) return MONTHS[month][0];
          if (code.length === 4) return MONTHS[month];
          if (code.length === 3) return MONTHS[month].slice(0, 3);
          return code.length === 2 ? pad(month + 1, 2) : String(month + 1);
        }
        default: {
          const pm = hours24 >= 12;
          return /^a\/p$/i.test(token.code) ? (pm ? "P" : "A") : pm ? "PM" : "AM";
        }
      }
    })
    .join("");
}
