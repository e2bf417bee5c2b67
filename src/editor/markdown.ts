import { localize } from '../catalog/catalog';
import { withParticle } from '../catalog/korean';
import type { CodeEntry, FoundCode, Locale, Where } from '../catalog/types';

interface Labels {
  readonly cause: string;
  readonly fix: string;
  readonly docs: string;
  readonly status: string;
  readonly retryable: string;
  readonly notRetryable: string;
  readonly apiMessage: string;
  readonly shows: string;
  readonly where: Record<Where, string>;
  readonly renamed: (code: string) => string;
  readonly documentedOnly: string;
}

/** The words around the catalog's texts, in every locale (the compiler demands each one). */
const LABELS = {
  en: {
    cause: 'Likely cause',
    fix: 'Fix',
    docs: 'Documentation',
    status: 'HTTP status',
    retryable: 'retryable',
    notRetryable: 'not retryable',
    apiMessage: 'API message',
    shows: 'Shows on',
    where: { client: 'client', server: 'server' },
    renamed: (code) => `Older name; current releases use \`${code}\`.`,
    documentedOnly: 'Documented only: current releases of the library no longer emit it.',
  },
  ko: {
    cause: '주요 원인',
    fix: '해결 방법',
    docs: '문서',
    status: 'HTTP 상태',
    retryable: '재시도 가능',
    notRetryable: '재시도 불가',
    apiMessage: 'API 메시지',
    shows: '표시 위치',
    where: { client: '클라이언트', server: '서버' },
    renamed: (code) => `예전 이름입니다. 현재 버전은 ${withParticle(`\`${code}\``, '를')} 씁니다.`,
    documentedOnly: '문서에만 있는 코드입니다. 현재 버전의 라이브러리는 이 코드를 내보내지 않습니다.',
  },
} satisfies Record<Locale, Labels>;

/** Markdown for one code: the code and its family, summary, facts (where / HTTP status), cause, fix, docs link. */
export function codeMarkdown({ family, entry }: FoundCode, locale: Locale): string {
  const labels: Labels = LABELS[locale];
  const blocks: string[] = [`**\`${entry.code}\`** — ${localize(family.title, locale)}`, localize(entry.summary, locale)];
  const facts: string[] = [];
  if (entry.where && entry.where.length > 0) {
    facts.push(`*${labels.shows}:* ${entry.where.map((where) => labels.where[where]).join(', ')}`);
  }
  if (entry.httpStatus !== undefined) {
    const retry = entry.retryable === undefined ? '' : ` (${entry.retryable ? labels.retryable : labels.notRetryable})`;
    facts.push(`*${labels.status}:* ${entry.httpStatus}${retry}`);
  }
  if (entry.apiMessage !== undefined) facts.push(`*${labels.apiMessage}:* "${entry.apiMessage}"`);
  if (facts.length > 0) blocks.push(facts.join(' · '));
  blocks.push(...flagBlocks(entry, locale));
  const cause = localize(entry.cause, locale);
  if (cause.trim() !== '') blocks.push(`**${labels.cause}:** ${cause}`);
  const fix = localize(entry.fix, locale);
  if (fix.trim() !== '') blocks.push(`**${labels.fix}:** ${fix}`);
  if (entry.replacedBy !== undefined) blocks.push(labels.renamed(entry.replacedBy));
  else if (entry.emitted === false) blocks.push(labels.documentedOnly);
  if (entry.docsUrl !== undefined) blocks.push(`[${labels.docs}](${entry.docsUrl})`);
  return blocks.join('\n\n');
}

/** Markdown for every entry a string documents, separated by rules. */
export function hoverMarkdown(found: readonly FoundCode[], locale: Locale): string {
  return found.map((item) => codeMarkdown(item, locale)).join('\n\n---\n\n');
}

interface FlagLabels {
  readonly serverOnly: string;
  readonly deprecated: string;
  readonly raisedBy: string;
  readonly more: (count: number) => string;
}

const FLAG_LABELS = {
  en: {
    serverOnly: '**Server only:** only the server SDK raises it; client code never receives it.',
    deprecated: '**Deprecated:** only a feature the library has deprecated raises it; move off that feature.',
    raisedBy: 'Raised by',
    more: (count) => `and ${count} more`,
  },
  ko: {
    serverOnly: '**서버 전용:** 서버 SDK만 일으키는 코드라 클라이언트 코드에는 오지 않습니다.',
    deprecated: '**지원 중단:** 라이브러리가 지원을 중단한 기능에서만 생기는 코드입니다. 그 기능을 대체하세요.',
    raisedBy: '발생하는 호출',
    more: (count) => `외 ${count}개`,
  },
} satisfies Record<Locale, FlagLabels>;

/** How many calls the "raised by" line names before it counts the rest. */
const MAX_CALLS = 6;

/** The blocks for an entry's flags: server only, deprecated, and the calls that raise it (where the library says so). */
export function flagBlocks(entry: CodeEntry, locale: Locale): string[] {
  const labels: FlagLabels = FLAG_LABELS[locale];
  const blocks: string[] = [];
  if (entry.serverOnly === true) blocks.push(labels.serverOnly);
  if (entry.deprecated === true) blocks.push(labels.deprecated);
  const calls = entry.raisedBy ?? [];
  if (calls.length > 0) {
    const shown = calls.slice(0, MAX_CALLS).map((call) => `\`${call}\``);
    const rest = calls.length - shown.length;
    blocks.push(`*${labels.raisedBy}:* ${shown.join(', ')}${rest > 0 ? ` ${labels.more(rest)}` : ''}`);
  }
  return blocks;
}
