/**
 * Checks the framing of the LSP base protocol in what a client writes to the server: each message is a header
 * (ASCII `Name: value` lines, each ended by CRLF, then an empty line) with a decimal `Content-Length`, followed by
 * that many bytes of body. Given a malformed header, vscode-jsonrpc's reader reports an error that its connection
 * never acts on and then waits for ever (or, with no empty line, buffers the bytes without end); this check names
 * the first problem so that the server can say so and exit.
 */

/** A real header is two short lines; past this many bytes without the empty line, it is not a header. */
export const MAX_HEADER_BYTES = 8192;

const HEADER_END = '\r\n\r\n';
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*([^\r\n]*?)[ \t]*$/;

export interface FramingCheck {
  /** Feeds the next bytes; returns what is wrong with the stream at the first malformed header, if anything. */
  push(chunk: Uint8Array): string | undefined;
}

function describeByte(byte: number): string {
  return `0x${byte.toString(16).padStart(2, '0')}`;
}

/** The body length a complete header block announces, or what is wrong with the block. */
function readHeader(block: string): number | string {
  let contentLength: string | undefined;
  for (const line of block.split('\r\n')) {
    const match = HEADER_LINE.exec(line);
    if (!match) return `the header line ${JSON.stringify(line)} is not "Name: value"`;
    if (match[1]!.toLowerCase() === 'content-length') contentLength = match[2]!;
  }
  if (contentLength === undefined) return `the header ${JSON.stringify(block)} has no Content-Length`;
  if (!/^\d{1,15}$/.test(contentLength)) return `the Content-Length ${JSON.stringify(contentLength)} is not a number of bytes`;
  return Number(contentLength);
}

export function createFramingCheck(): FramingCheck {
  let header = '';
  let bodyLeft = 0;
  let problem: string | undefined;

  return {
    push(chunk) {
      let index = 0;
      while (problem === undefined && index < chunk.length) {
        if (bodyLeft > 0) {
          const taken = Math.min(bodyLeft, chunk.length - index);
          bodyLeft -= taken;
          index += taken;
          continue;
        }
        const byte = chunk[index++]!;
        // Header bytes are printable ASCII, tab, CR and LF.
        if ((byte < 0x20 || byte > 0x7e) && byte !== 0x09 && byte !== 0x0d && byte !== 0x0a) {
          problem = `the byte ${describeByte(byte)} cannot be part of a message header`;
          break;
        }
        header += String.fromCharCode(byte);
        if (header.endsWith(HEADER_END)) {
          const length = readHeader(header.slice(0, -HEADER_END.length));
          if (typeof length === 'string') problem = length;
          else bodyLeft = length;
          header = '';
        } else if (header.length > MAX_HEADER_BYTES) {
          problem = `${MAX_HEADER_BYTES} bytes arrived without the empty line that ends a message header`;
        }
      }
      return problem;
    },
  };
}
