// A tiny static file server for dist-preview/ (npm start on Linux, e2e tests, bench:preview).
// No dependencies, localhost only, no directory listing, no path escapes.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function handler(root) {
  return async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end("Forbidden");
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
    }
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
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
export async function serveDirectory(directory, port = 0) {
  const root = path.resolve(directory);
  const server = createServer(handler(root));
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      const actual = await listen(server, candidate, "127.0.0.1");
      return { server, port: actual, url: `http://localhost:${actual}/` };
    } catch (error) {
      if (error.code !== "EADDRINUSE" || port === 0) throw error;
    }
  }
  throw new Error(`No free port between ${port} and ${port + 19}; set PORT to another port.`);
}
