// Shortens the names by which the wasm and its JavaScript glue call each other.
//
// wasm-bindgen names every import like `__wbg_appendChild_dbf7ad2f48413560` and the closure
// entry points like `wasm_bindgen__convert__closures_____invoke__h5cb1dd1cae79fdaa`: each
// carries 16 hex digits that no compressor can shrink, once in the wasm and once in the glue.
// Renamed to one or two letters, both files lose about 2.5 KiB (brotli) together. The rename
// is checked: every old name must occur in the glue exactly once as a whole word, or the build
// fails, so a change in wasm-bindgen's output cannot half-apply it.

function short(i) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let s = "";
  do {
    s = letters[i % letters.length] + s;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return s;
}

function uleb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

class Reader {
  constructor(buf, p = 0) {
    this.buf = buf;
    this.p = p;
  }
  u32() {
    let r = 0, s = 0, b;
    do {
      b = this.buf[this.p++];
      r |= (b & 0x7f) << s;
      s += 7;
    } while (b & 0x80);
    return r >>> 0;
  }
  name() {
    const n = this.u32();
    const s = this.buf.subarray(this.p, this.p + n).toString("utf8");
    this.p += n;
    return s;
  }
  limits() {
    const flag = this.buf[this.p++];
    this.u32();
    if (flag & 1) this.u32();
  }
}

const encName = (s) => {
  const b = Buffer.from(s, "utf8");
  return [...uleb(b.length), ...b];
};

/** Renames imports (module and field) and the hashed exports; returns the new wasm and glue. */
export function shortenNames(wasm, glue, fail) {
  const renames = new Map(); // old name → new name, for the glue
  const sections = [];
  let p = 8;
  let importModule;
  let n = 0;
  const hashed = /h[0-9a-f]{16}$/;
  while (p < wasm.length) {
    const id = wasm[p];
    const r = new Reader(wasm, p + 1);
    const size = r.u32();
    const start = r.p;
    const end = start + size;
    if (id === 2) {
      const count = r.u32();
      const out = [...uleb(count)];
      for (let i = 0; i < count; i++) {
        const module = r.name();
        const field = r.name();
        const descStart = r.p;
        const kind = wasm[r.p++];
        if (kind === 0) r.u32();
        else if (kind === 1) { r.p++; r.limits(); }
        else if (kind === 2) r.limits();
        else if (kind === 3) r.p += 2;
        else fail(`wasm-names: unknown import kind ${kind}`);
        if (importModule !== undefined && module !== importModule) fail(`wasm-names: imports from two modules (${importModule}, ${module})`);
        importModule = module;
        const to = short(n++);
        renames.set(field, to);
        out.push(...encName("w"), ...encName(to), ...wasm.subarray(descStart, r.p));
      }
      sections.push(Buffer.from([2, ...uleb(out.length), ...out]));
    } else if (id === 7) {
      const count = r.u32();
      const out = [...uleb(count)];
      for (let i = 0; i < count; i++) {
        const name = r.name();
        const descStart = r.p;
        r.p++;
        r.u32();
        let to = name;
        if (hashed.test(name)) {
          to = "x" + short(n++);
          renames.set(name, to);
        }
        out.push(...encName(to), ...wasm.subarray(descStart, r.p));
      }
      sections.push(Buffer.from([7, ...uleb(out.length), ...out]));
    } else {
      sections.push(wasm.subarray(p, end));
    }
    p = end;
  }
  // The glue names the import module once, as a quoted key of the imports object.
  const moduleKey = JSON.stringify(importModule);
  if (glue.split(moduleKey).length !== 2) fail(`wasm-names: ${moduleKey} is not named exactly once in the glue`);
  glue = glue.replace(moduleKey, "w");
  for (const [from, to] of renames) {
    const word = new RegExp(`(?<![\\w$])${from.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
    const hits = glue.match(word)?.length ?? 0;
    if (hits !== 1) fail(`wasm-names: ${from} occurs ${hits} times in the glue, expected once`);
    glue = glue.replace(word, to);
  }
  return { wasm: Buffer.concat([wasm.subarray(0, 8), ...sections]), glue, count: renames.size };
}
