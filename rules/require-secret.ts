import * as path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { analyzeProgram } from '../src/nextauth/config/analyzer';
import { configSecretProblems, helperSecretProblems } from '../src/nextauth/config/checks';
import type { SecretCheckOptions, SecretProblem } from '../src/nextauth/config/checks';
import { planAddProperty } from '../src/nextauth/config/fixes';
import type { TextEdit } from '../src/nextauth/config/fixes';
import type { AuthVersion } from '../src/nextauth/config/imports';
import type { ObjectModel, Tri } from '../src/nextauth/config/model';
import { describeConfigError, MISSING_SECRET_ERROR } from '../src/nextauth/config/runtime-errors';
import { middlewareSecretMismatch } from '../src/nextauth/config/secret';
import { findDeclaredEnv, readProjectEnv, secretEnvNames } from '../src/nextauth/env/env';
import type { ProjectEnv } from '../src/nextauth/env/env';
import { analyzeMiddleware, withAuthSecret } from '../src/nextauth/middleware/handler';
import type { V4Middleware } from '../src/nextauth/middleware/handler';
import { projectAuthMajor } from '../src/nextauth/pages/page-context';
import { findProjectRoot } from '../src/nextauth/project/files';
import type { ParserLike } from '../src/nextauth/project/files';
import { getNextAuthProject, isMiddlewareFile, MIDDLEWARE_NAMES } from '../src/nextauth/project/model';
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
  | 'middlewareSecretUnset'
  | 'readSecretFromEnv'
  | 'addSecretFromEnv'
  | 'passSecretToWithAuth';
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
          'This `secret` is written in the source, so anyone who reads the code can forge sessions and decrypt the JWTs. Read it from `process.env.{{name}}`.',
        hardcodedFallback:
          'Without {{name}}, this `secret` falls back to a value in the source and signs sessions with it instead of failing with {{code}}. Remove the fallback.',
        emptySecret:
          'This `secret` is an empty string, which counts as no secret ({{code}}). Read it from `process.env.{{name}}`.',
        missingSecret:
          'No `secret` is set and no env file ({{files}}) declares {{names}}: {{code}} at run time. Declare {{name}} or pass `secret`.',
        secretRequired:
          'Set `secret` here (`requireExplicit` is on) rather than relying on {{names}}: a deployment without it fails with {{code}}.',
        getTokenWithoutSecret:
          'Auth.js v5\'s `getToken` never reads the secret from the environment, so without `secret` it throws {{code}}. Pass `secret: process.env.{{name}}`.',
        middlewareSecretUnset:
          'This middleware reads {{names}}, not the config\'s `secret` ({{name}}, {{where}}); no env file declares them: {{code}}. Pass it `secret`.',
        readSecretFromEnv: 'Read the secret from `process.env.{{name}}`.',
        addSecretFromEnv: 'Add `secret: process.env.{{name}}`.',
        passSecretToWithAuth: 'Pass `secret: process.env.{{name}}` to `withAuth`.',
      },
      {
        hardcodedSecret:
          '이 `secret`은 소스 코드에 적혀 있어 코드를 읽는 누구나 세션을 위조하고 JWT를 복호화할 수 있습니다. `process.env.{{name}}`에서 읽으세요.',
        hardcodedFallback:
          '{{name}} 환경 변수가 없으면 이 `secret`은 소스에 적힌 값을 대신 써서, {{code}} 오류로 멈추지 않고 누구나 아는 값으로 세션에 서명합니다. 대체 값을 지우세요.',
        emptySecret: '이 `secret`은 빈 문자열이라 secret이 없는 것과 같습니다({{code}}). `process.env.{{name}}`에서 읽으세요.',
        missingSecret:
          '`secret`이 없고 env 파일({{files}})에도 {{names}} 선언이 없어 {{code}} 오류가 납니다. env 파일에 {{name}} 값을 선언하거나 `secret`을 넘기세요.',
        secretRequired:
          '`requireExplicit` 옵션이 켜져 있으니 {{names}} 환경 변수에 기대지 말고 여기서 `secret`을 설정하세요. 변수가 없는 배포에서는 {{code}} 오류가 납니다.',
        getTokenWithoutSecret:
          'Auth.js v5의 `getToken`은 환경 변수에서 secret을 읽지 않아, `secret` 없이는 {{code}} 오류를 던집니다. `secret: process.env.{{name}}` 옵션을 넘기세요.',
        middlewareSecretUnset:
          '이 미들웨어는 설정의 `secret`({{name}}, {{where}})이 아닌 {{names}} 값을 읽는데 어느 env 파일에도 없어 {{code}} 오류가 납니다. `secret`을 넘기세요.',
        readSecretFromEnv: '`process.env.{{name}}`에서 secret을 읽습니다.',
        addSecretFromEnv: '`secret: process.env.{{name}}` 옵션을 추가합니다.',
        passSecretToWithAuth: '`withAuth`에 `secret: process.env.{{name}}` 옵션을 넘깁니다.',
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
    // A next-auth 4 middleware file is checked too: it reads its own secret, not the config's.
    const middleware = (MIDDLEWARE_NAMES as readonly string[]).includes(path.basename(context.physicalFilename))
      ? analyzeMiddleware(context.sourceCode.ast).handler
      : undefined;
    const v4Middleware = middleware?.kind === 'v4' ? middleware : undefined;
    if (model.configs.length === 0 && model.secretHelpers.length === 0 && !v4Middleware) return {};
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

    /**
     * A v4 middleware that passes no `secret` while the project's config reads its own from a variable the
     * middleware never reads, and no env file declares one it does: reported at the middleware's export.
     */
    function checkMiddleware(handler: V4Middleware, program: TSESTree.Program): void {
      if (projectAuthMajor(filename) !== 4 || withAuthSecret(handler) !== 'absent') return;
      // Other files are parsed with ESLint's parser when it is a full one (see no-auth-on-error-page).
      const eslintParser = context.languageOptions.parser as ParserLike | undefined;
      const project = getNextAuthProject(filename, eslintParser?.parseForESLint ? { parser: eslintParser } : {});
      if (!project || !isMiddlewareFile(project, filename)) return;
      const facts = project.authFor(program, filename);
      if (!facts.found || facts.version === 'v5' || facts.secret.state !== 'env') return;
      const configSecret = facts.secret;
      const names = middlewareSecretMismatch({ passed: 'absent', configEnv: configSecret.name, env: checkOptions.env() });
      if (!names) return;
      const name = configSecret.name;
      const helper = handler.call ? model.secretHelpers.find((candidate) => candidate.call === handler.call) : undefined;
      const edits = helper ? passSecretEdits(helper.call, helper.options, `secret: process.env.${name}`) : undefined;
      context.report({
        node: handler.node,
        messageId: localizedMessageId('middlewareSecretUnset', locale),
        data: {
          ...describeConfigError(MISSING_SECRET_ERROR, 'v4', catalog, locale),
          name,
          where: `${configSecret.file}:${configSecret.line}`,
          names: names.slice(0, 2).join(locale === 'ko' ? ' / ' : ' or '),
        },
        suggest: edits
          ? [
              {
                messageId: localizedMessageId('passSecretToWithAuth', locale),
                data: { name },
                fix: (fixer) => edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)),
              },
            ]
          : [],
      });
    }

    /** Where `secret` goes in a `withAuth` call: into its options object, or as the options argument it lacks. */
    function passSecretEdits(
      call: TSESTree.CallExpression,
      options: Tri<ObjectModel>,
      property: string,
    ): readonly TextEdit[] | undefined {
      if (options.state === 'present') return planAddProperty(options.value, property, sourceCode.text);
      if (options.state === 'unknown') return undefined;
      const [first] = call.arguments;
      if (!first) {
        const close = sourceCode.getLastToken(call);
        return close?.value === ')' ? [{ range: [close.range[0], close.range[0]], text: `{ ${property} }` }] : undefined;
      }
      // `withAuth(middleware)`: the options come second.
      return call.arguments.length === 1 ? [{ range: [first.range[1], first.range[1]], text: `, { ${property} }` }] : undefined;
    }

    return {
      Program(program) {
        // With `requireExplicit`, a `withAuth(…)` without `secret` is already reported as such.
        if (v4Middleware && !(checkOptions.requireExplicit && v4Middleware.call)) checkMiddleware(v4Middleware, program);
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
