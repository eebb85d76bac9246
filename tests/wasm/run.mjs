// Runs distil's WebAssembly build (lib.rs, built for wasm32-unknown-unknown)
// under Node on the fixture, output (golden) and encoding pages, and checks
// that it gives the exact text, title and Markdown the native tests expect;
// then hostile pages (deep nesting, many attributes, a huge paragraph) that
// must not trap.
//
//   node tests/wasm/run.mjs target/wasm/wasm32-unknown-unknown/release/distil_wasm_check.wasm
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const tests = join(dirname(fileURLToPath(import.meta.url)), "..");
const { instance } = await WebAssembly.instantiate(readFileSync(process.argv[2]), {});
const wasm = instance.exports;
const decoder = new TextDecoder("utf-8", { fatal: true });

// The result of one page: { text, title } or { error }.
function extract(html, url = "", { asBytes = false, charThreshold = 0 } = {}) {
  const address = new TextEncoder().encode(url);
  const at = wasm.input(html.length + address.length);
  const memory = new Uint8Array(wasm.memory.buffer);
  memory.set(html, at);
  memory.set(address, at + html.length);
  const status = wasm.extract(html.length, asBytes ? 1 : 0, charThreshold);
  const out = decoder.decode(
    new Uint8Array(wasm.memory.buffer, wasm.output(), wasm.output_len()).slice(),
  );
  if (status < 0) return { error: out };
  const [text, title, markdown] = out.split("\u0001");
  return { text, title, markdown };
}

const failures = [];
let checked = 0;

// Two threads asked for, none available: the calling thread builds all.
wasm.warm_up();

for (const name of readdirSync(join(tests, "fixtures")).sort()) {
  const dir = join(tests, "fixtures", name);
  const read = (file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), "utf8") : null);
  const got = extract(readFileSync(join(dir, "source.html")), (read("url.txt") ?? "").trim());
  checked += 1;
  if (got.error) failures.push(`${name}: ${got.error}`);
  else if (got.text.trim() !== read("expected.txt").trim()) failures.push(`${name}: text differs`);
  else if (read("title.txt") !== null && got.title !== read("title.txt").trim())
    failures.push(`${name}: title ${JSON.stringify(got.title)}`);
}

// The output cases: the Markdown and the text, as tests/golden.rs has them.
for (const name of readdirSync(join(tests, "golden")).sort()) {
  const dir = join(tests, "golden", name);
  const url = existsSync(join(dir, "url.txt")) ? readFileSync(join(dir, "url.txt"), "utf8").trim() : "";
  const got = extract(readFileSync(join(dir, "source.html")), url);
  const expected = (file) => readFileSync(join(dir, file), "utf8").trimEnd();
  checked += 1;
  if (got.error) failures.push(`golden/${name}: ${got.error}`);
  else if (got.markdown.trimEnd() !== expected("expected.md")) failures.push(`golden/${name}: Markdown differs`);
  else if (got.text.trimEnd() !== expected("expected.txt")) failures.push(`golden/${name}: text differs`);
}

// Every encoding page but the one only its transport declares decodes to
// its language's text (title, blank line, body), as tests/encoding.rs has it.
const encodings = join(tests, "encoding");
for (const name of readdirSync(encodings).filter((f) => f.endsWith(".html") && !f.includes("-transport"))) {
  const [title, body] = readFileSync(join(encodings, name.split("-")[0] + ".txt"), "utf8")
    .trimEnd()
    .split(/\n\n(.*)/s);
  const got = extract(readFileSync(join(encodings, name)), "", { asBytes: true, charThreshold: 100 });
  checked += 1;
  if (got.error) failures.push(`${name}: ${got.error}`);
  else if (got.text !== body || got.title !== title) failures.push(`${name}: ${JSON.stringify(got.title)}`);
}

// Hostile pages, where a recursive walk would overflow WebAssembly's small
// stack or a limit has to fire: an article or a typed error, never a trap.
const hostile = {
  "100,000 nested elements": "<div>".repeat(100_000) + "<p>Deep prose here.</p>",
  "10,000 nested tables": "<table><tr><td>".repeat(10_000) + "<p>Deep prose here.</p>",
  "100,000 nested inline elements": "<p>" + "<b><i>".repeat(50_000) + "Deep prose here.</p>",
  "20,000 attributes on one element": `<p ${Array.from({ length: 20_000 }, (_, i) => `a${i}=x`).join(" ")}>Deep prose here.</p>`,
  "5 MB in one paragraph": "<article><p>" + "Deep prose here, and more of it. ".repeat(160_000) + "</p></article>",
};
for (const [name, page] of Object.entries(hostile)) {
  const got = extract(new TextEncoder().encode(page));
  checked += 1;
  if (process.env.DISTIL_WASM_VERBOSE) console.log(name, got.error ?? `${got.text.length} chars`);
  if (!got.error && !got.text.includes("Deep prose here")) failures.push(`${name}: ${JSON.stringify(got).slice(0, 200)}`);
}

console.log(`wasm: ${checked - failures.length} of ${checked} pages as the native build reads them`);
if (failures.length) {
  console.log(failures.join("\n"));
  process.exit(1);
}
