/** The framing check the server runs over stdin (the real-process side is in server.test.ts). */
import { describe, expect, it } from 'vitest';

import { createFramingCheck, MAX_HEADER_BYTES } from '../../packages/language-server/src/framing';

const frame = (body: string, extraHeader = '') => {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n${extraHeader}\r\n`, 'ascii'), bytes]);
};

/** Feeds `input` in chunks of `size` bytes and returns the first problem reported. */
function check(input: Buffer, size = input.length): string | undefined {
  const framing = createFramingCheck();
  for (let start = 0; start < input.length; start += size) {
    const problem = framing.push(input.subarray(start, start + size));
    if (problem !== undefined) return problem;
  }
  return undefined;
}

describe('createFramingCheck', () => {
  const didOpen = JSON.stringify({
    jsonrpc: '2.0',
    method: 'textDocument/didOpen',
    // A body may hold anything, including an empty line in CRLF and non-ASCII text.
    params: { textDocument: { uri: 'file:///app/error.tsx', text: "// 로그인 오류\r\n\r\nswitch (code) { case 'OAuthSignin': }" } },
  });
  const stream = Buffer.concat([
    frame('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}'),
    frame(didOpen, 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n'),
    frame('{"jsonrpc":"2.0","method":"exit"}'),
  ]);

  it.each([1, 2, 7, 64, stream.length])('accepts well-framed messages in chunks of %i bytes', (size) => {
    expect(check(stream, size)).toBeUndefined();
  });

  it('reads header names in any case and allows spaces around the value', () => {
    expect(check(Buffer.from('content-length:2  \r\n\r\n{}'))).toBeUndefined();
  });

  it('names a Content-Length that is not a decimal number of bytes', () => {
    expect(check(Buffer.from('Content-Length: abc\r\n\r\n'))).toBe('the Content-Length "abc" is not a number of bytes');
    expect(check(Buffer.from('Content-Length: -1\r\n\r\n'))).toBe('the Content-Length "-1" is not a number of bytes');
    expect(check(Buffer.from('Content-Length: \r\n\r\n'))).toBe('the Content-Length "" is not a number of bytes');
  });

  it('names a header without Content-Length', () => {
    expect(check(Buffer.from('Content-Type: text/plain\r\n\r\n{}'))).toBe('the header "Content-Type: text/plain" has no Content-Length');
  });

  it('names a header line without a colon, or ended by a bare LF', () => {
    expect(check(Buffer.from('hello there\r\n\r\n'))).toBe('the header line "hello there" is not "Name: value"');
    expect(check(Buffer.from('Content-Length: 2\n\r\n\r\n{}'))).toBe('the header line "Content-Length: 2\\n" is not "Name: value"');
  });

  it('names the first byte that cannot be in a header, also after a complete message', () => {
    expect(check(Buffer.from([0x00, 0x41]))).toBe('the byte 0x00 cannot be part of a message header');
    expect(check(Buffer.concat([frame('{}'), Buffer.from('\u00e9', 'utf8')]), 3)).toBe('the byte 0xc3 cannot be part of a message header');
  });

  it('stops waiting for the end of a header after MAX_HEADER_BYTES', () => {
    expect(check(Buffer.from('Content-Length: 2\r\n'.padEnd(MAX_HEADER_BYTES, ' ')), 100)).toBeUndefined();
    expect(check(Buffer.from('a'.repeat(MAX_HEADER_BYTES + 1)), 100)).toBe(
      `${MAX_HEADER_BYTES} bytes arrived without the empty line that ends a message header`,
    );
  });

  it('keeps reporting the first problem for later chunks', () => {
    const framing = createFramingCheck();
    expect(framing.push(Buffer.from('Content-Length: x\r\n\r\n'))).toBe('the Content-Length "x" is not a number of bytes');
    expect(framing.push(frame('{}'))).toBe('the Content-Length "x" is not a number of bytes');
  });
});
