/**
 * Korean particles (조사) after a word that is only known at run time: a code, a file name, a number. The form
 * depends on how the word's last syllable ends when read aloud:
 *
 * | ends in        | 을/를 | 이/가 | 은/는 | 과/와 | 으로/로 |
 * |----------------|-------|-------|-------|-------|---------|
 * | a vowel        | 를    | 가    | 는    | 와    | 로      |
 * | ㄹ             | 을    | 이    | 은    | 과    | 로      |
 * | another final  | 을    | 이    | 은    | 과    | 으로    |
 *
 * How a word is read, in order:
 * - **Hangul**: the final consonant (받침) of its last syllable.
 * - **Digits**: the Korean reading of the last digit — 1 일, 7 칠, 8 팔 end in ㄹ; 3 삼, 6 육 and 0 (영, 십, 백, 천, 만:
 *   every power of ten) in another consonant; 2 이, 4 사, 5 오, 9 구 in a vowel. So `401을`, `404를`, `500을`.
 * - **Latin letters**, taking the last word (split at `_`, `-`, `.`, `/`, spaces and camelCase humps):
 *   - spelled letter by letter when it has no vowel letter (`ts`, `SDK`) or is in capitals and at most three
 *     letters long (`JWT`, `URL`, `API`): then by the name of the last letter — L (엘) and R (알) end in ㄹ, M (엠)
 *     and N (엔) in another consonant, every other letter in a vowel (`JWT를`, `URL을`);
 *   - otherwise read as an English word, by its ending: `l`, `le`, `ll` end in ㄹ (`email`, `Google`, `file`);
 *     `m`, `n`, `ng`, `me`, `ne` in another consonant (`token`, `Signin`, `string`, `name`); a single vowel between a
 *     consonant and `p`, `t`, `k`, `ck` or `b`, or `oo` before `k`, in another consonant (`secret`, `chat`,
 *     `callback`, `book`); anything else in a vowel (`code`, `error`, `password`, `denied`, `status`).
 *   English spelling does not settle every word (`check` reads 체크, `type` 타입): the rule above is what this helper
 *   does, and a word it misreads is better rephrased than special-cased.
 * - Trailing quotes, backticks, closing brackets and a closing parenthesised aside are skipped: the particle
 *   follows the word before them (`` `AUTH_SECRET`을 ``, `Firebase Auth(웹 SDK)를`).
 * - Anything else (no letter or digit at the end, another script): unknown; the particle is then written with
 *   both forms, the usual Korean fallback (`을(를)`, `이(가)`, `(으)로`).
 */

/** How a word's last syllable ends when read aloud, or `undefined` when that cannot be told. */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

/** A particle, named by either of its forms. */
export type Particle = '을' | '를' | '이' | '가' | '은' | '는' | '과' | '와' | '으로' | '로';

/** Each particle's forms: after a final consonant, after a vowel, after ㄹ, and when the sound is unknown. */
const FORMS = {
  object: { consonant: '을', vowel: '를', rieul: '을', unknown: '을(를)' },
  subject: { consonant: '이', vowel: '가', rieul: '이', unknown: '이(가)' },
  topic: { consonant: '은', vowel: '는', rieul: '은', unknown: '은(는)' },
  with: { consonant: '과', vowel: '와', rieul: '과', unknown: '과(와)' },
  toward: { consonant: '으로', vowel: '로', rieul: '로', unknown: '(으)로' },
} as const satisfies Record<string, Record<FinalSound | 'unknown', string>>;

const PARTICLES: Record<Particle, keyof typeof FORMS> = {
  을: 'object',
  를: 'object',
  이: 'subject',
  가: 'subject',
  은: 'topic',
  는: 'topic',
  과: 'with',
  와: 'with',
  으로: 'toward',
  로: 'toward',
};

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** The index of ㄹ among the 28 possible finals of a Hangul syllable (0 is "none"). */
const RIEUL_FINAL = 8;

/** Each digit's Korean reading, by how it ends. 0 stands for 영 and for every power of ten (십, 백, 천, 만). */
const DIGIT_SOUNDS: readonly FinalSound[] = [
  'consonant', // 0 영 / 십 / 백 / 천 / 만
  'rieul', // 1 일
  'vowel', // 2 이
  'consonant', // 3 삼
  'vowel', // 4 사
  'vowel', // 5 오
  'consonant', // 6 육
  'rieul', // 7 칠
  'rieul', // 8 팔
  'vowel', // 9 구
];

/** Letters whose Korean name (엘, 엠, 엔, 알) ends in a consonant; every other letter's name ends in a vowel. */
const LETTER_SOUNDS: Readonly<Record<string, FinalSound>> = { l: 'rieul', r: 'rieul', m: 'consonant', n: 'consonant' };

/** Closing marks a particle is written after without changing what it attaches to. */
const CLOSING = /[\s`'"’”»\]}>]/u;

/** How the last syllable of `word` ends when read aloud (see the module comment), or `undefined`. */
export function finalSound(word: string): FinalSound | undefined {
  const text = skipClosing(word);
  const last = text.at(-1);
  if (last === undefined) return undefined;
  const code = last.codePointAt(0)!;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    const final = (code - HANGUL_FIRST) % 28;
    return final === 0 ? 'vowel' : final === RIEUL_FINAL ? 'rieul' : 'consonant';
  }
  if (last >= '0' && last <= '9') return DIGIT_SOUNDS[Number(last)];
  if (/[A-Za-z]/.test(last)) return latinFinalSound(text);
  return undefined;
}

/** The form of `particle` that follows `word`: `particleFor('code', '을')` is `를`. */
export function particleFor(word: string, particle: Particle): string {
  const forms = FORMS[PARTICLES[particle]];
  return forms[finalSound(word) ?? 'unknown'];
}

/** `word` with the right form of `particle` after it: `withParticle('token', '로')` is `token으로`. */
export function withParticle(word: string, particle: Particle): string {
  return `${word}${particleFor(word, particle)}`;
}

/** `word` without the closing marks and the closing parenthesised aside at its end. */
function skipClosing(word: string): string {
  let end = word.length;
  while (end > 0) {
    const char = word[end - 1]!;
    if (char === ')') {
      // An aside: the particle follows the word before it. A word that is all aside is read from inside.
      const open = word.lastIndexOf('(', end - 2);
      end = open > 0 ? open : end - 1;
    } else if (CLOSING.test(char)) {
      end -= 1;
    } else {
      break;
    }
  }
  return word.slice(0, end);
}

/** The final sound of the last Latin word of `text` (which ends in a Latin letter). */
function latinFinalSound(text: string): FinalSound {
  // The last word: after the last separator, and after the last camelCase hump (`CredentialsSignin` → `Signin`).
  const tail = /[A-Za-z]+$/.exec(text)![0];
  const humps = tail.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? [tail];
  const word = humps.at(-1)!;
  const lower = word.toLowerCase();
  const spelled = !/[aeiouy]/.test(lower) || (word === word.toUpperCase() && word.length <= 3);
  if (spelled) return LETTER_SOUNDS[lower.at(-1)!] ?? 'vowel';
  if (/(?:l|le)$/.test(lower)) return 'rieul';
  if (/(?:m|n|ng|me|ne)$/.test(lower)) return 'consonant';
  if (/(?:(?:^|[^aeiou])[aeiou](?:p|pp|t|tt|k|ck|b)|ook)$/.test(lower)) return 'consonant';
  return 'vowel';
}
