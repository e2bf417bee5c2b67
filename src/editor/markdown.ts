import { localize } from '../catalog/catalog';
import { withParticle } from '../catalog/korean';
import type { FoundCode, Locale, Where } from '../catalog/types';

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
