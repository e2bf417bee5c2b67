/**
 * Regular expressions from the linted code, tested in time linear in the input.
 *
 * A pattern written in a project (a `config.matcher` source, a `has` value, a regex literal in `authorized`)
 * may backtrack exponentially in V8 (`/^(a+)+b$/`, `(?:[\w-]+/?)*`), and the lint gate must never hang on one.
 * So such patterns are never run by V8 here. They are parsed into a small automaton, and `test` asks whether
 * the accepting state is reachable over (state, position) pairs, each visited at most once: the work is
 * bounded by the automaton's size times the input's length, whatever the pattern.
 *
 * That is exact for what a test needs (is there a match?) as long as the pattern has no back-references:
 * captures change nothing about whether a match exists. What the parser does not know for sure is refused
 * (`compileSafeRegex` returns `undefined`, and the caller treats the answer as unknown): back-references,
 * lookbehind, the `u` and `v` flags, `\p{…}`, legacy octal escapes, inline modifiers, and anything V8 itself
 * rejects. A test whose work would pass {@link MAX_WORK} returns `undefined` too.
 */

/** The largest automaton built (instructions, after expanding counted repetition). */
export const MAX_INSTRUCTIONS = 20_000;
/** The largest (state, position) space one test may explore. */
export const MAX_WORK = 1_000_000;
const MAX_PATTERN_LENGTH = 8_192;
const MAX_NESTING = 64;

/** A compiled pattern. `test` answers `undefined` when the work would pass the budget. */
export interface SafeRegex {
  readonly source: string;
  readonly flags: string;
  test(input: string): boolean | undefined;
}

// ---- syntax tree ---------------------------------------------------------------------------------------------

/** Sorted, disjoint, inclusive code-unit ranges. */
type Ranges = readonly (readonly [number, number])[];

/** A set of characters: `ranges`, inverted after case folding when `invert` (as `[^…]` is). */
interface CharSet {
  readonly ranges: Ranges;
  readonly invert: boolean;
}

type Node =
  | { readonly kind: 'char'; readonly set: CharSet }
  | { readonly kind: 'seq'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly options: readonly Node[] }
  | { readonly kind: 'repeat'; readonly body: Node; readonly min: number; readonly max: number }
  | { readonly kind: 'assert'; readonly what: '^' | '$' | 'b' | 'B' }
  | { readonly kind: 'look'; readonly body: Node; readonly negate: boolean };

/** Thrown by the parser for syntax it does not handle; the pattern is refused. */
class Refused {}

const MAX_CODE_UNIT = 0xffff;

function normalize(input: readonly (readonly [number, number])[]): Ranges {
  const sorted = [...input].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function complement(ranges: Ranges): Ranges {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of ranges) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_UNIT) out.push([next, MAX_CODE_UNIT]);
  return out;
}

const code = (char: string): number => char.charCodeAt(0);
const DIGIT: Ranges = [[code('0'), code('9')]];
const WORD: Ranges = normalize([[code('0'), code('9')], [code('A'), code('Z')], [code('_'), code('_')], [code('a'), code('z')]]);
const SPACE: Ranges = normalize([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
const LINE_TERMINATORS: Ranges = normalize([[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]]);

function inRanges(ranges: Ranges, unit: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [lo, hi] = ranges[middle]!;
    if (unit < lo) high = middle - 1;
    else if (unit > hi) low = middle + 1;
    else return true;
  }
  return false;
}

const CLASS_ESCAPES: Record<string, Ranges> = {
  d: DIGIT,
  D: complement(DIGIT),
  w: WORD,
  W: complement(WORD),
  s: SPACE,
  S: complement(SPACE),
};

const CONTROL_ESCAPES: Record<string, number> = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };

const BRACED = /\{(\d+)(,(\d*))?\}/y;

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly dotAll: boolean,
  ) {}

  parse(): Node {
    const node = this.disjunction();
    if (this.index !== this.source.length) throw new Refused();
    return node;
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.index + offset];
  }

  private disjunction(): Node {
    if (++this.depth > MAX_NESTING) throw new Refused();
    const options: Node[] = [this.alternative()];
    while (this.peek() === '|') {
      this.index++;
      options.push(this.alternative());
    }
    this.depth--;
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private alternative(): Node {
    const items: Node[] = [];
    for (;;) {
      const char = this.peek();
      if (char === undefined || char === '|' || char === ')') break;
      items.push(this.term());
    }
    return items.length === 1 ? items[0]! : { kind: 'seq', items };
  }

  private term(): Node {
    const char = this.peek()!;
    if (char === '^' || char === '$') {
      this.index++;
      return this.noQuantifier({ kind: 'assert', what: char });
    }
    if (char === '\\' && (this.peek(1) === 'b' || this.peek(1) === 'B')) {
      this.index += 2;
      return this.noQuantifier({ kind: 'assert', what: this.source[this.index - 1] as 'b' | 'B' });
    }
    if (char === '(' && this.peek(1) === '?' && (this.peek(2) === '=' || this.peek(2) === '!')) {
      const negate = this.peek(2) === '!';
      this.index += 3;
      const body = this.disjunction();
      this.expect(')');
      // Annex B lets a lookahead be quantified; nobody means that, so it is refused.
      return this.noQuantifier({ kind: 'look', body, negate });
    }
    return this.quantified(this.atom());
  }

  private noQuantifier(node: Node): Node {
    const next = this.peek();
    if (next === '*' || next === '+' || next === '?' || (next === '{' && this.bracedQuantifier() !== undefined)) {
      throw new Refused();
    }
    return node;
  }

  private expect(char: string): void {
    if (this.peek() !== char) throw new Refused();
    this.index++;
  }

  /** `{n}`, `{n,}`, `{n,m}` at the current position, without consuming it. */
  private bracedQuantifier(): { min: number; max: number; length: number } | undefined {
    BRACED.lastIndex = this.index;
    const match = BRACED.exec(this.source);
    if (!match) return undefined;
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    return { min, max, length: match[0].length };
  }

  private quantified(atom: Node): Node {
    const char = this.peek();
    let min: number;
    let max: number;
    if (char === '*') [min, max] = [0, Infinity];
    else if (char === '+') [min, max] = [1, Infinity];
    else if (char === '?') [min, max] = [0, 1];
    else if (char === '{') {
      const braced = this.bracedQuantifier();
      if (!braced) return atom;
      ({ min, max } = braced);
      this.index += braced.length - 1;
    } else return atom;
    this.index++;
    if (this.peek() === '?') this.index++; // lazy: the same strings match
    if (min > max || min > MAX_INSTRUCTIONS || (max !== Infinity && max > MAX_INSTRUCTIONS)) throw new Refused();
    return { kind: 'repeat', body: atom, min, max };
  }

  private atom(): Node {
    const char = this.peek()!;
    switch (char) {
      case '.':
        this.index++;
        return { kind: 'char', set: { ranges: this.dotAll ? [[0, MAX_CODE_UNIT]] : complement(LINE_TERMINATORS), invert: false } };
      case '(':
        return this.group();
      case '[':
        return { kind: 'char', set: this.characterClass() };
      case '\\':
        return this.atomEscape();
      case '*':
      case '+':
      case '?':
      case ')':
        throw new Refused();
      case '{':
        if (this.bracedQuantifier()) throw new Refused();
        this.index++;
        return literal(code(char));
      default:
        this.index++;
        return literal(code(char));
    }
  }

  private group(): Node {
    this.index++;
    if (this.peek() === '?') {
      const next = this.peek(1);
      if (next === ':') this.index += 2;
      else if (next === '<' && /^<[A-Za-z_$][\w$]*>/.test(this.source.slice(this.index + 1, this.index + 130))) {
        this.index = this.source.indexOf('>', this.index) + 1;
      } else throw new Refused(); // lookbehind, modifiers
    }
    const body = this.disjunction();
    this.expect(')');
    return body;
  }

  private atomEscape(): Node {
    const escape = this.peek(1);
    if (escape === undefined) throw new Refused();
    const ranges = CLASS_ESCAPES[escape];
    if (ranges) {
      this.index += 2;
      return { kind: 'char', set: { ranges, invert: false } };
    }
    return literal(this.characterEscape(false));
  }

  /** One escaped character (the backslash at the current position); refuses what is not plainly a character. */
  private characterEscape(inClass: boolean): number {
    const escape = this.peek(1);
    if (escape === undefined) throw new Refused();
    this.index += 2;
    if (escape in CONTROL_ESCAPES) return CONTROL_ESCAPES[escape]!;
    if (escape === '0' && !/[0-9]/.test(this.peek() ?? '')) return 0;
    if (escape === 'b' && inClass) return 0x08;
    if (escape === 'c') {
      const letter = this.peek();
      if (!letter || !/[A-Za-z]/.test(letter)) throw new Refused();
      this.index++;
      return code(letter) % 32;
    }
    if (escape === 'x') return this.hex(2);
    if (escape === 'u') return this.hex(4);
    // Letters and digits have (or may get) meanings of their own: back-references, `\k`, `\p`, octal.
    if (/[A-Za-z0-9]/.test(escape)) throw new Refused();
    return code(escape);
  }

  private hex(length: number): number {
    const digits = this.source.slice(this.index, this.index + length);
    if (digits.length !== length || !/^[0-9A-Fa-f]+$/.test(digits)) throw new Refused();
    this.index += length;
    return Number.parseInt(digits, 16);
  }

  private characterClass(): CharSet {
    this.index++;
    let invert = false;
    if (this.peek() === '^') {
      invert = true;
      this.index++;
    }
    const ranges: [number, number][] = [];
    for (;;) {
      const char = this.peek();
      if (char === undefined) throw new Refused();
      if (char === ']') {
        this.index++;
        break;
      }
      const from = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.index++;
        const to = this.classAtom();
        // A class escape at either end of a range (`[\w-z]`) is an Annex B oddity: refused.
        if (typeof from !== 'number' || typeof to !== 'number' || from > to) throw new Refused();
        ranges.push([from, to]);
      } else if (typeof from === 'number') ranges.push([from, from]);
      else ranges.push(...from.map(([lo, hi]) => [lo, hi] as [number, number]));
    }
    return { ranges: normalize(ranges), invert };
  }

  /** A character, or the ranges of a class escape (`\d`, `\w`, `\s` and their complements). */
  private classAtom(): number | Ranges {
    const char = this.peek()!;
    if (char !== '\\') {
      this.index++;
      return code(char);
    }
    const escape = this.peek(1);
    const ranges = escape === undefined ? undefined : CLASS_ESCAPES[escape];
    if (ranges) {
      this.index += 2;
      return ranges;
    }
    if (escape === '-') {
      this.index += 2;
      return code('-');
    }
    return this.characterEscape(true);
  }
}

function literal(unit: number): Node {
  return { kind: 'char', set: { ranges: [[unit, unit]], invert: false } };
}

// ---- automaton -----------------------------------------------------------------------------------------------

type Instruction =
  | { readonly op: 'char'; readonly set: CharSet; next: number }
  | { readonly op: 'split'; a: number; b: number }
  | { readonly op: 'jump'; to: number }
  | { readonly op: 'assert'; readonly what: '^' | '$' | 'b' | 'B'; next: number }
  | { readonly op: 'look'; readonly program: Program; readonly negate: boolean; next: number }
  | { readonly op: 'match' };

interface Program {
  readonly instructions: readonly Instruction[];
}

class Compiler {
  private readonly out: Instruction[] = [];
  private readonly budget: { count: number };

  constructor(budget: { count: number }) {
    this.budget = budget;
  }

  program(node: Node): Program {
    const end = this.emit(node);
    this.patch(end, this.push({ op: 'match' }));
    return { instructions: this.out };
  }

  private push(instruction: Instruction): number {
    if (++this.budget.count > MAX_INSTRUCTIONS) throw new Refused();
    this.out.push(instruction);
    return this.out.length - 1;
  }

  /** Points every dangling exit in `holes` at `target`. */
  private patch(holes: readonly Hole[], target: number): void {
    for (const hole of holes) {
      const instruction = this.out[hole.at]!;
      if (instruction.op === 'split') {
        if (hole.field === 'a') instruction.a = target;
        else instruction.b = target;
      } else if (instruction.op === 'jump') instruction.to = target;
      else if (instruction.op !== 'match') instruction.next = target;
    }
  }

  /** Emits a node at the end of the program and returns its dangling exits. */
  private emit(node: Node): Hole[] {
    switch (node.kind) {
      case 'char':
        return [{ at: this.push({ op: 'char', set: node.set, next: -1 }), field: 'next' }];
      case 'assert':
        return [{ at: this.push({ op: 'assert', what: node.what, next: -1 }), field: 'next' }];
      case 'look': {
        const program = new Compiler(this.budget).program(node.body);
        return [{ at: this.push({ op: 'look', program, negate: node.negate, next: -1 }), field: 'next' }];
      }
      case 'seq': {
        let holes: Hole[] | undefined;
        for (const item of node.items) {
          const start = this.out.length;
          const exits = this.emit(item);
          if (holes) this.patch(holes, start);
          holes = exits;
        }
        return holes ?? [{ at: this.push({ op: 'jump', to: -1 }), field: 'to' }];
      }
      case 'alt': {
        const exits: Hole[] = [];
        for (const [index, option] of node.options.entries()) {
          if (index === node.options.length - 1) {
            exits.push(...this.emit(option));
            break;
          }
          const split = this.push({ op: 'split', a: -1, b: -1 });
          this.patchSplit(split, 'a', this.out.length);
          exits.push(...this.emit(option));
          this.patchSplit(split, 'b', this.out.length);
        }
        return exits;
      }
      case 'repeat':
        return this.repeat(node.body, node.min, node.max);
    }
  }

  private patchSplit(at: number, field: 'a' | 'b', target: number): void {
    this.patch([{ at, field }], target);
  }

  private repeat(body: Node, min: number, max: number): Hole[] {
    // `min` copies of the body in a row, then a loop (no upper bound) or `max - min` optional copies.
    let holes: Hole[] | undefined;
    const next = (): number => {
      const start = this.out.length;
      if (holes) this.patch(holes, start);
      return start;
    };
    for (let count = 0; count < min; count++) {
      next();
      holes = this.emit(body);
    }
    if (max === Infinity) {
      const split = next();
      this.push({ op: 'split', a: -1, b: -1 });
      this.patchSplit(split, 'a', this.out.length);
      this.patch(this.emit(body), split);
      return [{ at: split, field: 'b' }];
    }
    const skips: Hole[] = [];
    for (let count = min; count < max; count++) {
      const split = next();
      this.push({ op: 'split', a: -1, b: -1 });
      skips.push({ at: split, field: 'b' });
      this.patchSplit(split, 'a', this.out.length);
      holes = this.emit(body);
    }
    if (!holes) return [{ at: this.push({ op: 'jump', to: -1 }), field: 'to' }];
    return [...holes, ...skips];
  }
}

interface Hole {
  readonly at: number;
  readonly field: 'a' | 'b' | 'to' | 'next';
}

// ---- running -------------------------------------------------------------------------------------------------

/** Canonicalize (ECMA-262, without `u`): how `i` compares characters. */
function canonicalize(unit: number): number {
  const upper = String.fromCharCode(unit).toUpperCase();
  if (upper.length !== 1) return unit;
  const mapped = upper.charCodeAt(0);
  return unit >= 128 && mapped < 128 ? unit : mapped;
}

let canonicalGroups: Map<number, number[]> | undefined;

/** The code units that canonicalize to the same value as `unit` (itself included). */
function caseVariants(unit: number): readonly number[] {
  if (!canonicalGroups) {
    canonicalGroups = new Map();
    for (let other = 0; other <= MAX_CODE_UNIT; other++) {
      const key = canonicalize(other);
      if (key === other) continue;
      const group = canonicalGroups.get(key);
      if (group) group.push(other);
      else canonicalGroups.set(key, [other]);
    }
  }
  const key = canonicalize(unit);
  const others = canonicalGroups.get(key) ?? [];
  return canonicalize(key) === key ? [key, ...others] : others;
}

function setMatches(set: CharSet, unit: number, ignoreCase: boolean): boolean {
  const found = ignoreCase ? caseVariants(unit).some((variant) => inRanges(set.ranges, variant)) : inRanges(set.ranges, unit);
  return found !== set.invert;
}

function isWordAt(input: string, position: number): boolean {
  return position >= 0 && position < input.length && inRanges(WORD, input.charCodeAt(position));
}

function isLineTerminator(unit: number): boolean {
  return inRanges(LINE_TERMINATORS, unit);
}

interface Flags {
  readonly ignoreCase: boolean;
  readonly multiline: boolean;
  readonly sticky: boolean;
}

/** Thrown when a test explores more states than {@link MAX_WORK}. */
class OverBudget {}

class Run {
  /** Per program: the search that first visited each (instruction, position) state, by number. */
  private readonly marks = new Map<Program, Int32Array>();
  private readonly looks = new Map<Program, Int8Array>();
  /** The searches that ended without a match: every state they visited cannot reach one. */
  private readonly failed: boolean[] = [];
  private searches = 0;
  private steps = 0;

  constructor(
    private readonly input: string,
    private readonly flags: Flags,
  ) {}

  private marksOf(program: Program): Int32Array {
    let marks = this.marks.get(program);
    if (!marks) {
      marks = new Int32Array(program.instructions.length * (this.input.length + 1));
      this.marks.set(program, marks);
    }
    return marks;
  }

  /**
   * Whether the program reaches `match` from instruction 0 at `start`. A state visited by this search, or by an
   * earlier one that failed, is not explored again; a search that found a match stopped half-way, so what it
   * visited proves nothing and is explored again when met.
   */
  reaches(program: Program, start: number): boolean {
    const width = this.input.length + 1;
    const marks = this.marksOf(program);
    const search = ++this.searches;
    const known = (key: number): boolean => {
      const mark = marks[key]!;
      return mark === search || (mark !== 0 && this.failed[mark] === true);
    };
    const stack: number[] = [0, start];
    const push = (pc: number, position: number): void => {
      if (!known(pc * width + position)) stack.push(pc, position);
    };
    while (stack.length > 0) {
      const position = stack.pop()!;
      const pc = stack.pop()!;
      const key = pc * width + position;
      if (known(key)) continue;
      if (++this.steps > MAX_WORK) throw new OverBudget();
      marks[key] = search;
      const instruction = program.instructions[pc]!;
      switch (instruction.op) {
        case 'match':
          return true;
        case 'char':
          if (position < this.input.length && setMatches(instruction.set, this.input.charCodeAt(position), this.flags.ignoreCase)) {
            push(instruction.next, position + 1);
          }
          break;
        case 'split':
          push(instruction.b, position);
          push(instruction.a, position);
          break;
        case 'jump':
          push(instruction.to, position);
          break;
        case 'assert':
          if (this.holds(instruction.what, position)) push(instruction.next, position);
          break;
        case 'look':
          if (this.lookahead(instruction.program, position) !== instruction.negate) push(instruction.next, position);
          break;
      }
    }
    this.failed[search] = true;
    return false;
  }

  private lookahead(program: Program, position: number): boolean {
    let results = this.looks.get(program);
    if (!results) {
      results = new Int8Array(this.input.length + 1);
      this.looks.set(program, results);
    }
    if (results[position] === 0) results[position] = this.reaches(program, position) ? 1 : -1;
    return results[position] === 1;
  }

  private holds(what: '^' | '$' | 'b' | 'B', position: number): boolean {
    const input = this.input;
    switch (what) {
      case '^':
        return position === 0 || (this.flags.multiline && isLineTerminator(input.charCodeAt(position - 1)));
      case '$':
        return position === input.length || (this.flags.multiline && isLineTerminator(input.charCodeAt(position)));
      case 'b':
        return isWordAt(input, position - 1) !== isWordAt(input, position);
      case 'B':
        return isWordAt(input, position - 1) === isWordAt(input, position);
    }
  }
}

function countInstructions(program: Program, into: Set<Program> = new Set()): number {
  if (into.has(program)) return 0;
  into.add(program);
  let total = program.instructions.length;
  for (const instruction of program.instructions) {
    if (instruction.op === 'look') total += countInstructions(instruction.program, into);
  }
  return total;
}

const SUPPORTED_FLAGS = /^[dgimsy]*$/;

/**
 * Compiles a pattern for linear-time testing, or `undefined` when it is not a valid regular expression or uses
 * syntax this engine does not follow (then nothing is known about what it matches).
 */
export function compileSafeRegex(source: string, flags = ''): SafeRegex | undefined {
  if (source.length > MAX_PATTERN_LENGTH || !SUPPORTED_FLAGS.test(flags)) return undefined;
  try {
    // Only to reject what V8 rejects (building a RegExp does not run it).
    new RegExp(source, flags);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  let program: Program;
  let size: number;
  try {
    program = new Compiler({ count: 0 }).program(new Parser(source, flags.includes('s')).parse());
    size = countInstructions(program);
  } catch (error) {
    if (error instanceof Refused) return undefined;
    throw error;
  }
  const options: Flags = {
    ignoreCase: flags.includes('i'),
    multiline: flags.includes('m'),
    sticky: flags.includes('y'),
  };
  return {
    source,
    flags,
    test(input: string): boolean | undefined {
      if (size * (input.length + 1) > MAX_WORK) return undefined;
      const run = new Run(input, options);
      // A test starts at `lastIndex` 0; without `y` it tries every later start too. A state that failed from one
      // start fails from every start, so the tries share what they have seen.
      const last = options.sticky ? 0 : input.length;
      try {
        for (let start = 0; start <= last; start++) if (run.reaches(program, start)) return true;
      } catch (error) {
        if (error instanceof OverBudget) return undefined;
        throw error;
      }
      return false;
    },
  };
}
