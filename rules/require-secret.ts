import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { analyzeProgram } from '../src/nextauth/config/analyzer';
import { configSecretProblems, helperSecretProblems } from '../src/nextauth/config/checks';
import type { SecretCheckOptions, SecretProblem } from '../src/nextauth/config/checks';
import { planAddProperty } from '../src/nextauth/config/fixes';
import type { AuthVersion } from '../src/nextauth/config/imports';
import type { ObjectModel, Tri } from '../src/nextauth/config/model';
import { describeConfigError, MISSING_SECRET_ERROR } from '../src/nextauth/config/runtime-errors';
import { findDeclaredEnv, readProjectEnv, secretEnvNames } from '../src/nextauth/env/env';
import type { ProjectEnv } from '../src/nextauth/env/env';
import { findProjectRoot } from '../src/nextauth/project/files';
import { isTestFile } from '../src/nextauth/project/test-files';
import { createRule } from '../src/util/create-rule';
import { defineMessages, localizedMessageId } from '../src/util/messages';
import type { LocalizedMessageId } from '../src/util/messages';
import { getAuthErrorsSettings } from '../src/util/settings';

type Options = [
  {
    envFiles?: string[];
    requireExplicit?: boolean;
    checkTestFiles?: boolean;
  },
];

type BaseMessageId =
  | 'hardcodedSecret'
  | 'hardcodedFallback'
  | 'emptySecret'
  | 'missingSecret'
  | 'secretRequired'
  | 'getTokenWithoutSecret'
  | 'readSecretFromEnv'
  | 'addSecretFromEnv';
type MessageIds = LocalizedMessageId<BaseMessageId>;

/** How many env files a missing-secret message names before it counts the rest. */
const MAX_LISTED_FILES = 5;

export default createRule<Options, MessageIds>({
  name: 'require-secret',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a NextAuth / Auth.js `secret` that comes from the environment and is never hard-coded',
      recommended: true,
    },
    hasSuggestions: true,
    messages: defineMessages<BaseMessageId>(
      {
        hardcodedSecret:
          'This `secret` is written in the source code. Anyone who can read the code can forge session tokens and decrypt the JWTs signed with it. Read it from the environment instead (`process.env.{{name}}`).',
        hardcodedFallback:
          'This `secret` falls back to a value written in the source code, so a deployment where {{name}} is not set quietly signs sessions with a secret anyone can read, instead of failing with {{code}}. Drop the fallback and set the variable wherever the app runs.',
        emptySecret:
          'This `secret` is an empty string, which the library treats as no secret at all: {{code}} ({{summary}}). Read it from the environment (`process.env.{{name}}`).',
        missingSecret:
          'No `secret` is set here and none of the project\'s env files ({{files}}) declares {{names}}, so the library has no secret to fall back to: {{code}} ({{summary}}). Declare {{name}} in an env file (an empty `{{name}}=` line in `.env.example` documents it for deployments) or pass `secret`.',
        secretRequired:
          'Set `secret` explicitly here (the `requireExplicit` option is on) instead of relying on the library reading {{names}}; otherwise a deployment without it fails with {{code}} ({{summary}}).',
        getTokenWithoutSecret:
          'Auth.js v5\'s `getToken` does not read the secret from env variables: without a `secret` it throws {{code}} for every request that carries a session token. Pass `secret: process.env.{{name}}`.',
        readSecretFromEnv: 'Read the secret from `process.env.{{name}}`.',
        addSecretFromEnv: 'Add `secret: process.env.{{name}}`.',
      },
      {
        hardcodedSecret:
          '이 `secret`은 소스 코드에 직접 적혀 있습니다. 코드를 읽을 수 있는 사람이라면 누구나 세션 토큰을 위조하고 이 값으로 서명된 JWT를 복호화할 수 있습니다. 환경 변수에서 읽으세요(`process.env.{{name}}`).',
        hardcodedFallback:
          '이 `secret`은 환경 변수가 없을 때 소스 코드에 적힌 값으로 대체됩니다. 그래서 {{name}}을 설정하지 않은 배포 환경은 {{code}}로 실패하는 대신, 누구나 읽을 수 있는 secret으로 조용히 세션에 서명합니다. 대체 값을 지우고 앱이 실행되는 곳에 변수를 설정하세요.',
        emptySecret:
          '이 `secret`은 빈 문자열이라 라이브러리는 secret이 없는 것으로 봅니다: {{code}}({{summary}}). 환경 변수에서 읽으세요(`process.env.{{name}}`).',
        missingSecret:
          '여기에는 `secret`이 없고, 프로젝트의 env 파일({{files}}) 어디에도 {{names}}이 선언되어 있지 않아 라이브러리가 대신 쓸 secret이 없습니다: {{code}}({{summary}}). env 파일에 {{name}}을 선언하거나(`.env.example`에 빈 `{{name}}=` 줄을 두면 배포 환경에 필요하다는 것을 알릴 수 있습니다) `secret`을 넘기세요.',
        secretRequired:
          '라이브러리가 {{names}}을 읽기를 기대하지 말고 여기서 `secret`을 명시적으로 설정하세요(`requireExplicit` 옵션이 켜져 있습니다). 그렇지 않으면 변수가 없는 배포 환경에서 {{code}}({{summary}})로 실패합니다.',
        getTokenWithoutSecret:
          'Auth.js v5의 `getToken`은 환경 변수에서 secret을 읽지 않습니다. `secret` 없이 호출하면 세션 토큰이 있는 모든 요청에서 {{code}}를 던집니다. `secret: process.env.{{name}}`을 넘기세요.',
        readSecretFromEnv: '`process.env.{{name}}`에서 secret을 읽습니다.',
        addSecretFromEnv: '`secret: process.env.{{name}}`을 추가합니다.',
      },
    ),
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          envFiles: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Env files (relative to the folder of the nearest package.json) that may declare NEXTAUTH_SECRET / AUTH_SECRET. Default: every `.env` / `.env.*` file in that folder, and in a monorepo those of the workspace root when the package keeps none or loads them.',
          },
          requireExplicit: {
            type: 'boolean',
            description:
              'Report every config (and `withAuth` / `getToken` call) without a `secret`, whatever the env files declare. Default: false.',
          },
          checkTestFiles: {
            type: 'boolean',
            description:
              'Also check test files (`*.test.*`, `*.spec.*`, `__tests__/`, `test/`, `e2e/`, …), where a literal secret signs only test tokens. Default: false.',
          },
        },
      },
    ],
    defaultOptions: [{ requireExplicit: false, checkTestFiles: false }],
  },
  create(context, [options]) {
    // Only configs and `withAuth` / `getToken` calls are checked: a file whose model has neither (one that imports
    // no auth package) needs no test-file check, no env files and no listener.
    const model = analyzeProgram(context.sourceCode.ast);
    if (model.configs.length === 0 && model.secretHelpers.length === 0) return {};
    const { locale, catalog } = getAuthErrorsSettings(context);
    const filename = context.physicalFilename;
    if (options.checkTestFiles !== true && isTestFile(filename, findProjectRoot(filename) ?? context.cwd)) return {};
    const sourceCode = context.sourceCode;
    const envFiles = options.envFiles;
    let env: ProjectEnv | undefined | null = null;
    const checkOptions: SecretCheckOptions = {
      requireExplicit: options.requireExplicit === true,
      env: () => {
        if (env === null) env = readProjectEnv(filename, envFiles);
        return env;
      },
    };

    /** The env variable a suggestion reads: one the project declares, else the version's usual name. */
    function preferredName(version: AuthVersion): string {
      const names = secretEnvNames(version).slice(0, 2);
      const project = checkOptions.env();
      const declared = project ? findDeclaredEnv(project, names) : undefined;
      return declared?.name ?? (version === 'v4' ? 'NEXTAUTH_SECRET' : 'AUTH_SECRET');
    }

    function report(problem: SecretProblem, version: AuthVersion, anchor: TSESTree.Node, target: Tri<ObjectModel>): void {
      const error = describeConfigError(MISSING_SECRET_ERROR, version, catalog, locale);
      switch (problem.kind) {
        case 'hardcoded':
        case 'fallback':
        case 'empty': {
          const name = (problem.value.kind === 'fallback' ? problem.value.env?.name : undefined) ?? preferredName(version);
          const messageId =
            problem.kind === 'hardcoded' ? 'hardcodedSecret' : problem.kind === 'fallback' ? 'hardcodedFallback' : 'emptySecret';
          const replaced = problem.property?.shorthand ? problem.property : problem.node;
          const text = problem.property?.shorthand ? `secret: process.env.${name}` : `process.env.${name}`;
          context.report({
            node: problem.node,
            messageId: localizedMessageId(messageId, locale),
            data: { ...error, name },
            suggest: [
              {
                messageId: localizedMessageId('readSecretFromEnv', locale),
                data: { name },
                fix: (fixer) => fixer.replaceText(replaced, text),
              },
            ],
          });
          return;
        }
        case 'missing': {
          // Name only files that are there: a configured file that does not exist declares nothing, and a schema
          // module is listed only when it names a secret (and then there is no report).
          const names = (checkOptions.env()?.files ?? []).filter((file) => file.exists && file.source !== 'schema').map((file) => file.name);
          const more = names.length - MAX_LISTED_FILES;
          const files =
            more > 0
              ? `${names.slice(0, MAX_LISTED_FILES).join(', ')}${locale === 'ko' ? ` 외 ${more}개` : ` and ${more} more`}`
              : names.join(', ');
          context.report({
            node: anchor,
            messageId: localizedMessageId('missingSecret', locale),
            data: {
              ...error,
              names: problem.names.join(locale === 'ko' ? ' / ' : ' or '),
              name: problem.names[0] ?? 'AUTH_SECRET',
              files: files.length > 0 ? files : locale === 'ko' ? '하나도 없음' : 'none found',
            },
          });
          return;
        }
        case 'explicit': {
          const name = preferredName(version);
          const edits = target.state === 'present' ? planAddProperty(target.value, `secret: process.env.${name}`, sourceCode.text) : undefined;
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = edits
            ? [
                {
                  messageId: localizedMessageId('addSecretFromEnv', locale),
                  data: { name },
                  fix: (fixer) => edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)),
                },
              ]
            : [];
          context.report({
            node: anchor,
            messageId: localizedMessageId(problem.reason === 'noEnvFallback' ? 'getTokenWithoutSecret' : 'secretRequired', locale),
            data: { ...error, name, names: secretEnvNames(version).slice(0, 2).join(locale === 'ko' ? ' / ' : ' or ') },
            suggest,
          });
          return;
        }
      }
    }

    return {
      Program() {
        for (const config of model.configs) {
          const target: Tri<ObjectModel> = { state: 'present', value: config.object, node: config.node, frame: config.object.frame };
          for (const problem of configSecretProblems(config, checkOptions)) {
            report(problem, config.version, config.anchor, target);
          }
        }
        for (const helper of model.secretHelpers) {
          for (const problem of helperSecretProblems(helper, checkOptions)) {
            // A `withAuth` / `getToken` that falls back to the env reads the same variable as the config, so a
            // missing secret is reported once, at the config (in the file that holds it), never at each helper
            // call: which files a worker lints then cannot change the result.
            if (problem.kind === 'missing') continue;
            report(problem, helper.version, helper.anchor, helper.options);
          }
        }
      },
    };
  },
});
