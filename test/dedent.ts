/**
 * Template tag for code in tests: drops the first line break and the last line (when blank), and removes the
 * indentation all remaining lines share, so test code can be indented with the test while the linted text starts
 * at column 1. The text is taken as written (raw): `'\n'` stays a backslash and an `n`, as in a source file; only
 * an escaped backtick or `${` loses its backslash. Interpolated values count like the text around them.
 */
export function dedent(strings: TemplateStringsArray, ...values: unknown[]): string {
  let text = strings.raw.reduce((result, part, index) => `${result}${part}${index < values.length ? String(values[index]) : ''}`, '');
  text = text.replace(/\\`/g, '`').replace(/\\\$\{/g, '${');
  const lines = text.split('\n');
  if (lines[0]?.trim() === '') lines.shift();
  if (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common)).join('\n');
}
