import type { TSESTree } from '@typescript-eslint/utils';

import { analyzeProgram } from '../src/nextauth/config/analyzer';
import { credentialsWithoutJwt } from '../src/nextauth/config/checks';
import type { DatabaseSessionReason } from '../src/nextauth/config/checks';
import { conditionText } from '../src/nextauth/config/conditions';
import { lintConfigs } from '../src/nextauth/config/linked-configs';
import type { LintConfigs } from '../src/nextauth/config/linked-configs';
import type { AuthConfig, ProviderInfo } from '../src/nextauth/config/model';
import { CREDENTIALS_JWT_ERROR, describeConfigError } from '../src/nextauth/config/runtime-errors';
import { jwtStrategySuggestions } from '../src/nextauth/config/suggestions';
import type { ParserLike } from '../src/nextauth/project/files';
import { createRule } from '../src/util/create-rule';
import { defineMessages, localizedMessageId } from '../src/util/messages';
import type { LocalizedMessageId } from '../src/util/messages';
import { getAuthErrorsSettings } from '../src/util/settings';

type Options = [];
type BaseMessageId =
  | 'databaseStrategy'
  | 'adapterDefaultsToDatabase'
  | 'databaseStrategyWhenEnabled'
  | 'adapterDefaultsToDatabaseWhenEnabled'
  | 'importedCredentials'
  | 'useJwtStrategy';
type MessageIds = LocalizedMessageId<BaseMessageId>;

export default createRule<Options, MessageIds>({
  name: 'credentials-requires-jwt',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require JWT sessions in a NextAuth / Auth.js config that uses a Credentials provider',
      recommended: true,
    },
    hasSuggestions: true,
    messages: defineMessages<BaseMessageId>(
      {
        databaseStrategy:
          'Credentials sign-in needs JWT sessions, but `session.strategy` is "database": it fails with {{code}} or gets no session. Set `session: { strategy: "jwt" }`.',
        adapterDefaultsToDatabase:
          'With an `adapter` and no `session.strategy`, sessions default to the database, so Credentials users get a null session, with no error. Set `session: { strategy: "jwt" }`.',
        databaseStrategyWhenEnabled:
          'When this Credentials provider is enabled{{condition}}, its sign-ins get no session: `session.strategy` is "database". Set `session: { strategy: "jwt" }`.',
        adapterDefaultsToDatabaseWhenEnabled:
          'With this Credentials provider enabled{{condition}}, its sessions come back null: an `adapter` means database sessions. Set `session.strategy` to "jwt".',
        importedCredentials:
          'The Credentials provider from another file ({{where}}) gets null sessions here ({{why}}). Set `session: { strategy: "jwt" }`.',
        useJwtStrategy: 'Use JWT sessions: set `session.strategy` to "jwt".',
      },
      {
        databaseStrategy:
          'Credentials 로그인에는 JWT 세션이 필요한데 `session.strategy`가 "database"라서 {{code}} 오류가 나거나 세션이 생기지 않습니다. `session: { strategy: "jwt" }`로 설정하세요.',
        adapterDefaultsToDatabase:
          '`adapter`가 있고 `session.strategy`가 없으면 세션이 데이터베이스에 저장되어, Credentials 사용자의 세션은 오류 없이 null이 됩니다. `session: { strategy: "jwt" }`를 명시하세요.',
        databaseStrategyWhenEnabled:
          '조건{{condition}}에 따라 이 Credentials provider가 추가되면, `session.strategy`가 "database"라서 로그인해도 세션이 생기지 않습니다. `session: { strategy: "jwt" }`로 설정하세요.',
        adapterDefaultsToDatabaseWhenEnabled:
          '조건{{condition}}에 따라 이 Credentials provider가 추가되면 세션이 오류 없이 null이 됩니다. `adapter`가 있으면 세션이 데이터베이스에 저장되니 `session.strategy`를 "jwt"로 설정하세요.',
        importedCredentials:
          '다른 파일({{where}})에서 가져온 Credentials provider는 이 설정에서 세션이 항상 null입니다({{why}}). 여기에 `session: { strategy: "jwt" }`를 설정하세요.',
        useJwtStrategy: 'JWT 세션을 사용합니다: `session.strategy`를 "jwt"로 설정합니다.',
      },
    ),
    schema: [],
  },
  create(context) {
    // Configs are found (or followed to other files) only from a file whose own model has a config or an
    // unresolved config call: a file that imports no auth package has neither, and needs no listener.
    const fileModel = analyzeProgram(context.sourceCode.ast);
    if (fileModel.configs.length === 0 && fileModel.unresolved.length === 0) return {};
    const { locale, catalog } = getAuthErrorsSettings(context);
    const reported = new Set<TSESTree.Node>();
    const eslintParser = context.languageOptions.parser as ParserLike | undefined;
    const parser = eslintParser?.parseForESLint ? eslintParser : undefined;

    function report(config: AuthConfig, provider: ProviderInfo, reason: DatabaseSessionReason): void {
      const node = provider.call ?? provider.node;
      if (reported.has(node)) return;
      reported.add(node);
      const error = describeConfigError(CREDENTIALS_JWT_ERROR, config.version, catalog, locale);
      const maybe = provider.maybe;
      context.report({
        node,
        messageId: localizedMessageId(maybe ? `${reason}WhenEnabled` : reason, locale),
        data: maybe ? { ...error, condition: conditionText(maybe, context.sourceCode.ast, context.sourceCode.text) } : error,
        suggest: jwtStrategySuggestions(context, config, localizedMessageId('useJwtStrategy', locale)),
      });
    }

    /** A Credentials provider from another file: reported once, at the call that puts it into this config. */
    function reportImported(linked: LintConfigs, config: AuthConfig, provider: ProviderInfo, reason: DatabaseSessionReason): void {
      if (reported.has(config.anchor)) return;
      // The whole config written in another file that already gets this report there: leave it to that file.
      const own = linked.ownConfig(config);
      if (own && credentialsWithoutJwt(own)) return;
      reported.add(config.anchor);
      const place = (provider.frame && linked.where(provider.node, provider.frame)) ?? (locale === 'ko' ? '가져온 모듈' : 'an imported module');
      // A provider only added under a condition there breaks this config whenever it is enabled.
      const where = provider.maybe ? `${place}, ${locale === 'ko' ? '조건에 따라 추가됨' : 'added only when enabled'}` : place;
      const why =
        reason === 'databaseStrategy'
          ? locale === 'ko'
            ? '`session.strategy`가 "database"'
            : '`session.strategy` is "database"'
          : locale === 'ko'
            ? '`adapter`가 있고 `session.strategy`가 없음'
            : 'an `adapter` and no `session.strategy`';
      context.report({
        node: config.anchor,
        messageId: localizedMessageId('importedCredentials', locale),
        data: { where, why },
        suggest: jwtStrategySuggestions(context, config, localizedMessageId('useJwtStrategy', locale)),
      });
    }

    return {
      Program(program) {
        const linked = lintConfigs(program, { filename: context.filename, ...(parser ? { parser } : {}) });
        for (const config of linked.configs) {
          const problem = credentialsWithoutJwt(config);
          if (!problem) continue;
          // Providers written in this file are reported where they are; only when all of them come from other
          // files does the report go to the call (one report, one fix).
          const local = problem.providers.filter((provider) => linked.isLocal(provider.frame));
          for (const provider of local) report(config, provider, problem.reason);
          const imported = problem.providers.find((provider) => !linked.isLocal(provider.frame));
          if (local.length === 0 && imported) reportImported(linked, config, imported, problem.reason);
        }
      },
    };
  },
});
