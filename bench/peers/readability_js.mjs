// Mozilla Readability on jsdom, run as its Node users run it, over the decoded pages that
// `bench_extract --dump-decoded DIR` wrote (DIR/manifest.jsonl + DIR/<id>.html, UTF-8).
//
//   node readability_js.mjs DIR [REPS]      prints one JSON object
//
// Timed: only the loop `new JSDOM(html, {url})` + `new Readability(document).parse()` (plus
// closing the window, which frees the document as a long-running user must). Reading the files
// happens before. The best of REPS passes (default 2; the first also warms the JIT) is reported.
// jsdom's virtual console is left unattached, so CSS it cannot parse costs it no printing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const DEFAULT_REPS = 2;
const BYTES_PER_MB = 1e6;
const KIB_PER_MIB = 1024;

const [dir, repsArg] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node readability_js.mjs DIR [REPS]");
  process.exit(1);
}
const reps = Math.max(1, Number(repsArg ?? DEFAULT_REPS));

const pages = readFileSync(join(dir, "manifest.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line))
  .map((entry) => ({ url: entry.url, bytes: entry.bytes, html: readFileSync(join(dir, entry.file), "utf8") }));
const utf8Bytes = pages.reduce((sum, page) => sum + page.bytes, 0);
const loadedRssKib = process.resourceUsage().maxRSS;

/** One pass; returns how many pages got an article with text, and how many threw. */
function runPass() {
  let withBody = 0;
  let failed = 0;
  for (const page of pages) {
    let dom;
    try {
      dom = new JSDOM(page.html, { url: page.url || undefined, virtualConsole: new VirtualConsole() });
      const article = new Readability(dom.window.document).parse();
      if (article && article.textContent && article.textContent.trim() !== "") withBody++;
    } catch {
      failed++;
    } finally {
      dom?.window.close();
    }
  }
  return { withBody, failed };
}

let bestSeconds = Infinity;
let bestCpuSeconds = 0;
let outcome = { withBody: 0, failed: 0 };
for (let r = 0; r < reps; r++) {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  outcome = runPass();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (seconds < bestSeconds) {
    bestSeconds = seconds;
    const cpu = process.cpuUsage(cpuStart);
    bestCpuSeconds = (cpu.user + cpu.system) / 1e6;
  }
}
const peakRssKib = process.resourceUsage().maxRSS;

const require = createRequire(import.meta.url);
const version = (name) => require(`${name}/package.json`).version;
console.log(
  JSON.stringify({
    tool: "Readability.js+jsdom",
    version: `@mozilla/readability ${version("@mozilla/readability")}, jsdom ${version("jsdom")}, node ${process.versions.node}`,
    threads: 1,
    pages: pages.length,
    pages_with_body: outcome.withBody,
    pages_failed: outcome.failed,
    utf8_bytes: utf8Bytes,
    repetitions: reps,
    best_seconds: bestSeconds,
    pages_per_s: pages.length / bestSeconds,
    mb_per_s: utf8Bytes / BYTES_PER_MB / bestSeconds,
    cores_used: bestCpuSeconds / bestSeconds,
    peak_rss_mib: peakRssKib / KIB_PER_MIB,
    rss_growth_mib: (peakRssKib - loadedRssKib) / KIB_PER_MIB,
  }),
);
