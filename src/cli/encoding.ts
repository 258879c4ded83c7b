/**
 * Decoding of CSV input: UTF-8 (with or without BOM) or Windows-1252, as French Excel exports.
 *
 * The encoding is decided while streaming: bytes are decoded as strict UTF-8 until a byte sequence is
 * not valid UTF-8; from then on the rest of the file is read as Windows-1252. (A Windows-1252 file's
 * accented letters are never valid UTF-8, and its ASCII part reads the same in both.)
 */
import { Transform, type TransformCallback } from "node:stream";

/** Windows-1252 code points for bytes 0x80–0x9F (the rest of the range is Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252 bytes (Node's own "windows-1252" decoder maps 0x80–0x9F as Latin-1, so "€"
 * would be lost).
 *
 * @example
 * decodeWindows1252(Uint8Array.of(0x80, 0xe9)); //=> "€é"
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const slice = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(slice, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte)));
  }
  return text;
}

/** Number of trailing bytes that start a UTF-8 sequence not finished in this buffer. */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** The encoding a {@link CsvDecoder} settled on. */
export type InputEncoding = "utf-8" | "windows-1252";

/**
 * A transform stream from bytes to text: strips a UTF-8 BOM, reads UTF-8, and switches to
 * Windows-1252 at the first byte sequence that is not valid UTF-8.
 *
 * @example
 * createReadStream("cohort.csv").pipe(new CsvDecoder());
 */
export class CsvDecoder extends Transform {
  /** The encoding in use (UTF-8 until proven otherwise). */
  encoding: InputEncoding = "utf-8";
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  private carry: Uint8Array = new Uint8Array(0);
  private first = true;

  constructor() {
    super({ readableObjectMode: false, decodeStrings: true, encoding: "utf8" });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let bytes: Uint8Array = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    if (this.first) {
      this.first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    callback(null, this.decode(bytes, false));
  }

  override _flush(callback: TransformCallback): void {
    callback(null, this.carry.length > 0 ? this.decode(this.carry, true) : "");
  }

  private decode(bytes: Uint8Array, final: boolean): string {
    if (this.encoding === "windows-1252") {
      this.carry = new Uint8Array(0);
      return decodeWindows1252(bytes);
    }
    const tail = final ? 0 : incompleteUtf8Tail(bytes);
    const complete = bytes.subarray(0, bytes.length - tail);
    try {
      const text = this.utf8.decode(complete);
      this.carry = bytes.slice(bytes.length - tail);
      return text;
    } catch {
      this.encoding = "windows-1252";
      this.carry = new Uint8Array(0);
      return decodeWindows1252(bytes);
    }
  }
}
