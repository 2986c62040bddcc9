// @vitest-environment node
// CRC-32 known answers: the standard check values of CRC-32/ISO-HDLC (the one PNG and zlib use).
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/lib/codec/crc32';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('crc32', () => {
  it.each([
    ['', 0x00000000],
    ['a', 0xe8b7be43],
    ['abc', 0x352441c2],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('%j → %s', (text, expected) => {
    expect(crc32(ascii(text))).toBe(expected);
  });

  it('gives the same answer for a text split anywhere between its two parts', () => {
    const whole = ascii('The quick brown fox jumps over the lazy dog');
    for (let cut = 0; cut <= whole.length; cut++)
      expect(crc32(whole.subarray(0, cut), whole.subarray(cut))).toBe(0x414fa339);
  });

  it('matches the PNG IEND chunk (type only, no data)', () => {
    // Every PNG ends with 00 00 00 00 'IEND' AE 42 60 82.
    expect(crc32(ascii('IEND'), new Uint8Array(0))).toBe(0xae426082);
  });

  it('covers every table entry: the bytes 0 to 255, and 32 zero bytes', () => {
    expect(crc32(Uint8Array.from({ length: 256 }, (_, i) => i))).toBe(0x29058c73);
    expect(crc32(new Uint8Array(32), new Uint8Array(0))).toBe(0x190a55ad);
  });
});
