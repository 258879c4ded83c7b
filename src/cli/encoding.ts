/**
 * Decoding of CSV input: UTF-8 (with or without BOM) or Windows-1252, as French Excel exports.
 *
 * The encoding is decided on the whole file, while streaming: bytes are read as UTF-8 up to the first
 * byte that is not valid UTF-8, and from that very byte to the end of the file as Windows-1252 (a
 * Windows-1252 file's accented letters are never valid UTF-8, and its ASCII part reads the same in
 * both). What was read before is never read again. A file that mixes both (UTF-8 accents before that
 * byte, or UTF-8 sequences after it) cannot be read right by any single choice: the decoder notes the
 * lines concerned, and the batch says so on stderr ({@link CsvDecoder.mixedEncoding}), never silently.
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

/** Length of a UTF-8 sequence from its first byte, and the range its second byte must be in (RFC 3629). */
function sequenceOf(lead: number): { length: number; low: number; high: number } | null {
  if (lead < 0x80) return { length: 1, low: 0, high: 0 };
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
  if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f };
  return null;
}

/**
 * Where UTF-8 stops being valid in `bytes`: `{ valid, incomplete }`, `valid` being the length of the
 * longest valid prefix; `incomplete` when what follows is only the start of a sequence cut by the end
 * of the buffer (not an error unless the file ends there).
 *
 * @example
 * scanUtf8(Uint8Array.of(0x41, 0xe9, 0x41)); //=> { valid: 1, incomplete: false }
 * scanUtf8(Uint8Array.of(0x41, 0xc3)); //=> { valid: 1, incomplete: true }
 */
export function scanUtf8(bytes: Uint8Array): { valid: number; incomplete: boolean } {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const sequence = sequenceOf(lead);
    if (sequence === null) return { valid: index, incomplete: false };
    for (let offset = 1; offset < sequence.length; offset += 1) {
      if (index + offset >= bytes.length) return { valid: index, incomplete: true };
      const byte = bytes[index + offset]!;
      const [low, high] = offset === 1 ? [sequence.low, sequence.high] : [0x80, 0xbf];
      if (byte < low || byte > high) return { valid: index, incomplete: false };
    }
    index += sequence.length;
  }
  return { valid: index, incomplete: false };
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

/** How a byte 0x80–0xBF (a UTF-8 continuation byte) reads in Windows-1252. */
const CONTINUATION = `[${decodeWindows1252(Uint8Array.from({ length: 0x40 }, (_, index) => 0x80 + index))}]`;
/**
 * A UTF-8 sequence of 2, 3 or 4 bytes as it reads in Windows-1252 (`é` read as `Ã©`): text of the
 * file that was UTF-8 after all.
 */
const UTF8_READ_AS_CP1252 = new RegExp(`[\u00c2-\u00df]${CONTINUATION}|[\u00e0-\u00ef]${CONTINUATION}{2}|[\u00f0-\u00f4]${CONTINUATION}{3}`);

/** Number of line feeds in `bytes` before `end`. */
function lineFeeds(bytes: Uint8Array, end: number = bytes.length): number {
  let count = 0;
  for (let index = bytes.indexOf(0x0a); index >= 0 && index < end; index = bytes.indexOf(0x0a, index + 1)) count += 1;
  return count;
}

/** The encoding a {@link CsvDecoder} settled on. */
export type InputEncoding = "utf-8" | "windows-1252";

/** Most lines a {@link CsvDecoder} notes as UTF-8 after the switch (the first ones are enough to act). */
const MAX_NOTED_LINES = 5;

/**
 * A transform stream from bytes to text: strips a UTF-8 BOM, reads UTF-8, and reads the rest of the
 * file as Windows-1252 from the first byte that is not valid UTF-8.
 *
 * @example
 * createReadStream("cohort.csv").pipe(new CsvDecoder());
 */
export class CsvDecoder extends Transform {
  /** The encoding in use (UTF-8 until proven otherwise). */
  encoding: InputEncoding = "utf-8";
  /** Line (from 1) of the first byte that is not UTF-8, where Windows-1252 starts; `null` for a UTF-8 file. */
  switchedAtLine: number | null = null;
  /** First line with non-ASCII UTF-8 text before the switch, or `null`. */
  firstUtf8Line: number | null = null;
  /** The first lines, after the switch, holding what reads as UTF-8 (at most 5). */
  readonly utf8LinesAfterSwitch: number[] = [];
  private readonly utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  private readonly strictUtf8 = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
  private carry: Uint8Array = new Uint8Array(0);
  private first = true;
  /** Line of the next byte to decode. */
  private line = 1;

  constructor() {
    super({ readableObjectMode: false, decodeStrings: true, encoding: "utf8" });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let bytes: Uint8Array = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = new Uint8Array(0);
    if (this.first) {
      this.first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    callback(null, this.decode(bytes, false));
  }

  override _flush(callback: TransformCallback): void {
    callback(null, this.carry.length > 0 ? this.decode(this.carry, true) : "");
  }

  /**
   * What a mixed file looks like, or `null` when the file is in one encoding: the line where
   * Windows-1252 starts, the first line of UTF-8 text before it (read right), and the lines after it
   * that hold UTF-8 (misread as Windows-1252).
   *
   * @example
   * decoder.mixedEncoding(); //=> { switchedAtLine: 3, utf8Before: 2, utf8After: [4] }
   */
  mixedEncoding(): { switchedAtLine: number; utf8Before: number | null; utf8After: number[] } | null {
    if (this.switchedAtLine === null || (this.firstUtf8Line === null && this.utf8LinesAfterSwitch.length === 0)) return null;
    return { switchedAtLine: this.switchedAtLine, utf8Before: this.firstUtf8Line, utf8After: [...this.utf8LinesAfterSwitch] };
  }

  private decode(bytes: Uint8Array, final: boolean): string {
    if (this.encoding === "windows-1252") return this.windows1252(bytes);
    // Fast path: the whole buffer (but an unfinished last character) is UTF-8, as in most files.
    const tail = final ? 0 : incompleteUtf8Tail(bytes);
    const fast = this.strictly(bytes.subarray(0, bytes.length - tail));
    const { valid, incomplete } = fast === null ? scanUtf8(bytes) : { valid: bytes.length - tail, incomplete: tail > 0 };
    const text = fast ?? this.utf8.decode(bytes.subarray(0, valid));
    if (this.firstUtf8Line === null) {
      const nonAscii = text.search(/[^\u0000-\u007f]/);
      // Before the first non-ASCII character, one character is one byte.
      if (nonAscii >= 0) this.firstUtf8Line = this.line + lineFeeds(bytes, nonAscii);
    }
    this.line += lineFeeds(bytes, valid);
    if (valid === bytes.length) return text;
    if (incomplete && !final) {
      this.carry = bytes.slice(valid);
      return text;
    }
    this.encoding = "windows-1252";
    this.switchedAtLine = this.line;
    return text + this.windows1252(bytes.subarray(valid));
  }

  /** The bytes read as strict UTF-8, or `null` when they are not UTF-8. */
  private strictly(bytes: Uint8Array): string | null {
    try {
      return this.strictUtf8.decode(bytes);
    } catch {
      return null;
    }
  }

  private windows1252(bytes: Uint8Array): string {
    const text = decodeWindows1252(bytes);
    if (this.utf8LinesAfterSwitch.length < MAX_NOTED_LINES) {
      for (let from = 0, match = UTF8_READ_AS_CP1252.exec(text); match !== null && this.utf8LinesAfterSwitch.length < MAX_NOTED_LINES; match = UTF8_READ_AS_CP1252.exec(text.slice(from))) {
        const at = from + match.index;
        const line = this.line + lineFeeds(bytes, at);
        if (this.utf8LinesAfterSwitch.at(-1) !== line) this.utf8LinesAfterSwitch.push(line);
        from = at + match[0].length;
      }
    }
    this.line += lineFeeds(bytes);
    return text;
  }
}
