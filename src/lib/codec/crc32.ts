// CRC-32 (ISO-HDLC, the one PNG uses), table-driven; computed once on first use.
let table: Uint32Array | undefined;

function makeTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

/** CRC of `a` followed by `b` (PNG: chunk type then data) without concatenating them. */
export function crc32(a: Uint8Array, b: Uint8Array = new Uint8Array(0)): number {
  table ??= makeTable();
  let c = 0xffffffff;
  for (const bytes of [a, b]) {
    for (let i = 0; i < bytes.length; i++)
      c = (table[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}
