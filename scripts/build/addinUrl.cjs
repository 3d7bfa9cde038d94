// The add-in's public address. Every URL Excel loads (manifest.xml) and every helpUrl in
// functions.json is written against DEV_BASE_URL and rebased on ADDIN_URL at build time, so a
// council builds once for its own host: `ADDIN_URL=https://planner.example.gov.uk/ npm run build`.

/** The address the source files use: the HTTPS dev server that `npm start` runs. */
const DEV_BASE_URL = "https://localhost:3000/";

/**
 * The base URL to build for: ADDIN_URL when set, else the dev server. Office loads add-ins
 * over HTTPS only, so anything else is refused with a message saying what to set.
 * The result always ends in "/" so that relative file names can be appended.
 */
function addinBaseUrl(value = process.env.ADDIN_URL) {
  if (value === undefined || value.trim() === "") return DEV_BASE_URL;
  const text = value.trim();
  const example = "such as https://planner.example.gov.uk/ or https://council.example/planner/";
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_URL must be a full https:// address ${example} (got "${text}").`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_URL must use https: Office loads add-ins over HTTPS only (got "${text}").`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `ADDIN_URL must be a plain folder address ${example}, without a query, fragment or user name (got "${text}").`,
    );
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** Replaces the dev base URL at the start of `url` with `baseUrl`; other URLs are an error. */
function rebaseUrl(url, baseUrl, where) {
  if (!url.startsWith(DEV_BASE_URL)) {
    throw new Error(
      `${where}: "${url}" must start with ${DEV_BASE_URL} so the build can rebase it.`,
    );
  }
  return baseUrl + url.slice(DEV_BASE_URL.length);
}

module.exports = { DEV_BASE_URL, addinBaseUrl, rebaseUrl };
