// A small static file server for dist-preview/ (npm start on Linux, the e2e tests,
// bench:preview). No dependencies, and locked down although it only listens on 127.0.0.1:
// - GET and HEAD only (405 with Allow otherwise);
// - requests refused unless the Host header is localhost or 127.0.0.1 (with this port), so a
//   web page cannot read it through DNS rebinding;
// - files only from inside the folder: no "..", no encoded escapes, no dot-files, and no
//   symbolic link that leads outside it (the real path is checked);
// - a strict Content-Security-Policy (the workbench needs no other origin), nosniff,
//   frame-ancestors 'none' and X-Frame-Options DENY, no referrer, no caching.
// test/scripts/staticServer.test.ts checks each.
const { createServer } = require("node:http");
const { readFile, realpath, stat } = require("node:fs/promises");
const path = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Scripts from this origin only; styles also inline (Fluent UI's Griffel inserts style rules at
 * run time); images from here, data: and blob: (charts, downloads); no plugins, no framing,
 * no forms posting elsewhere, no base-URL tricks.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cache-Control": "no-store",
};

const ALLOWED_HOSTS = new Set(["localhost", "127.0.0.1"]);

function refuse(res, status, text, extra = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "Content-Type": "text/plain; charset=utf-8",
    ...extra,
  });
  res.end(text);
}

/** True when the Host header names this server on localhost or 127.0.0.1. */
function allowedHost(header, port) {
  if (typeof header !== "string") return false;
  const match = /^([^:]+|\[[^\]]+\])(?::(\d+))?$/.exec(header.trim().toLowerCase());
  if (!match) return false;
  return ALLOWED_HOSTS.has(match[1]) && (match[2] === undefined || Number(match[2]) === port);
}

const inside = (root, file) => file === root || file.startsWith(root + path.sep);

/** The file for a URL path inside `root` (real paths), or null when it may not be served. */
async function resolveFile(root, realRoot, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.split(/[\\/]/).some((part) => part.startsWith("."))) {
    return null;
  }
  let file = path.resolve(root, `.${path.sep}${decoded}`);
  if (!inside(root, file)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) file = path.join(file, "index.html");
  const real = await realpath(file).catch(() => null);
  if (real === null || !inside(realRoot, real)) return null;
  const realInfo = await stat(real).catch(() => null);
  return realInfo?.isFile() ? real : null;
}

function handler(root, realRoot, getPort) {
  const respond = async (req, res) => {
    if (!allowedHost(req.headers.host, getPort())) {
      refuse(res, 421, "This server answers only to localhost.");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      refuse(res, 405, "Only GET and HEAD.", { Allow: "GET, HEAD" });
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = await resolveFile(root, realRoot, url.pathname);
    if (file === null) {
      refuse(res, 404, "Not found");
      return;
    }
    let body;
    try {
      body = await readFile(file);
    } catch {
      refuse(res, 404, "Not found");
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": body.length,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };
  // A request the server could not answer (a URL it cannot parse, a disk error) gets a 500 for
  // that request alone, never an unhandled rejection that stops the server.
  return (req, res) => {
    respond(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else refuse(res, 500, "The server could not answer this request.");
    });
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    /** @param {Error} error */
    const onError = (error) => {
      server.off("listening", onListening);
      reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server.address().port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/**
 * Serves `directory` on 127.0.0.1. `port` 0 picks any free port; otherwise the first free port
 * from `port` upwards (up to 20 tries) is used. Resolves to { server, port, url }.
 */
async function serveDirectory(directory, port = 0) {
  const root = path.resolve(directory);
  const realRoot = await realpath(root);
  let actual = 0;
  const server = createServer(handler(root, realRoot, () => actual));
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      actual = await listen(server, candidate, "127.0.0.1");
      return { server, port: actual, url: `http://localhost:${actual}/` };
    } catch (error) {
      if (error.code !== "EADDRINUSE" || port === 0) throw error;
    }
  }
  throw new Error(`No free port between ${port} and ${port + 19}; set PORT to another port.`);
}

module.exports = { serveDirectory, CONTENT_SECURITY_POLICY, SECURITY_HEADERS };
