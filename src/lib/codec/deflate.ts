// Raw deflate through the platform's CompressionStream (browsers, Node >= 20.12): no library.
import { CodecFailure } from './errors';

/** Single-chunk stream, backed by a fresh ArrayBuffer as the stream types demand. */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  const copy = new Uint8Array(bytes);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(copy);
      controller.close();
    },
  });
}

/** Reads a stream to the end, giving up (and cancelling it) as soon as it exceeds `cap` bytes. */
async function collect(stream: ReadableStream<Uint8Array>, cap: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > cap) {
      // Stop inflating a zip bomb instead of materialising it; the cancel result is irrelevant.
      reader.cancel().catch(() => undefined);
      throw new CodecFailure('too-large', `inflates to more than ${cap} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const deflateRaw = (bytes: Uint8Array): Promise<Uint8Array> =>
  collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Infinity);

/** Throws CodecFailure: 'too-large' past `cap`, 'corrupt' for anything the inflater rejects. */
export async function inflateRaw(bytes: Uint8Array, cap: number): Promise<Uint8Array> {
  try {
    return await collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), cap);
  } catch (e) {
    if (e instanceof CodecFailure) throw e;
    throw new CodecFailure('corrupt', 'bad deflate data');
  }
}
