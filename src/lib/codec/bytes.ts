// Byte-level helpers shared by the link and PNG codecs. Hand-rolled because the app runs in the
// browser (no Buffer) and the formats are tiny; readers throw CodecFailure, caught by decoders.
import { CodecFailure } from './errors';

const encoder = new TextEncoder();
export const utf8 = (s: string): Uint8Array => encoder.encode(s);
/** Strict: invalid UTF-8 is corruption, not something to paper over with U+FFFD. */
export function fromUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CodecFailure('corrupt', 'invalid UTF-8');
  }
}

export class ByteWriter {
  private bytes: number[] = [];
  u8(n: number): this {
    this.bytes.push(n & 0xff);
    return this;
  }
  /** Big-endian, as in PNG. */
  u16(n: number): this {
    return this.u8(n >>> 8).u8(n);
  }
  /** Unsigned LEB128: counts are usually < 128, so one byte. */
  varint(n: number): this {
    let rest = n >>> 0;
    while (rest >= 0x80) {
      this.u8((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    return this.u8(rest);
  }
  /** Length-prefixed (varint byte count) UTF-8. */
  str(s: string): this {
    const b = utf8(s);
    this.varint(b.length);
    for (const x of b) this.u8(x);
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class ByteReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get atEnd(): boolean {
    return this.at === this.bytes.length;
  }
  private need(n: number): void {
    if (this.at + n > this.bytes.length)
      throw new CodecFailure('corrupt', `truncated at byte ${this.at}`);
  }
  u8(): number {
    this.need(1);
    return this.bytes[this.at++] as number;
  }
  u16(): number {
    return (this.u8() << 8) | this.u8();
  }
  /** At most 4 bytes (< 2^28): anything longer is garbage, not a count we ever write. */
  varint(): number {
    let n = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const b = this.u8();
      n |= (b & 0x7f) << shift;
      if (b < 0x80) return n >>> 0;
    }
    throw new CodecFailure('corrupt', 'varint too long');
  }
  str(): string {
    const len = this.varint();
    this.need(len);
    const s = fromUtf8(this.bytes.subarray(this.at, this.at + len));
    this.at += len;
    return s;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** RFC 4648 §5 base64url without padding: safe in a URL fragment as is. */
export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += B64[(n >>> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Throws CodecFailure('corrupt') on characters outside the alphabet or an impossible length. */
export function fromBase64url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new CodecFailure('corrupt', 'bad base64url length');
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const c of text) {
    const v = B64_INDEX.get(c);
    if (v === undefined) throw new CodecFailure('corrupt', 'not base64url');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return out;
}
