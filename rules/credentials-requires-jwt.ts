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
          'Credentials sign-in only works with JWT sessions, but this config sets `session.strategy` to "database". When every provider is a Credentials provider the library rejects the config at run time with {{code}} ({{summary}}); next to other providers, credential sign-ins quietly get no session. Set `session: { strategy: "jwt" }`.',
        adapterDefaultsToDatabase:
          'This config has an `adapter` but no `session.strategy`, so sessions default to the database. A Credentials sign-in still writes a JWT cookie and looks successful, but every session look-up reads the database, finds nothing and returns null, without any error ({{code}} is only raised for an explicit "database"). Enable JWT sessions explicitly: `session: { strategy: "jwt" }`.',
        databaseStrategyWhenEnabled:
          'This Credentials provider is only added to `providers` under a condition{{condition}}, and this config sets `session.strategy` to "database". Whenever the provider is enabled, credential sign-ins get no session: quietly next to other providers, and with {{code}} ({{summary}}) when it is the only one. Set `session: { strategy: "jwt" }`.',
        adapterDefaultsToDatabaseWhenEnabled:
          'This Credentials provider is only added to `providers` under a condition{{condition}}, and this config has an `adapter` but no `session.strategy`, so sessions default to the database. Whenever the provider is enabled, a Credentials sign-in writes a JWT cookie and looks successful, but every session look-up reads the database, finds nothing and returns null, without any error. Enable JWT sessions explicitly: `session: { strategy: "jwt" }`.',
        importedCredentials:
          'This config takes a Credentials provider from another file ({{where}}), and its sessions live in the database ({{why}}). A Credentials sign-in only ever writes a JWT cookie, so every session look-up of those users returns null. Set `session: { strategy: "jwt" }` here.',
        useJwtStrategy: 'Use JWT sessions: set `session.strategy` to "jwt".',
      },
      {
        databaseStrategy:
          'Credentials 로그인은 JWT 세션에서만 동작하는데, 이 설정은 `session.strategy`를 "database"로 지정합니다. provider가 모두 Credentials이면 라이브러리가 실행 중에 {{code}}({{summary}})로 설정을 거부하고, 다른 provider와 함께 쓰면 Credentials 로그인에 세션이 조용히 생기지 않습니다. `session: { strategy: "jwt" }`로 설정하세요.',
        adapterDefaultsToDatabase:
          '이 설정에는 `adapter`가 있고 `session.strategy`가 없어서 세션이 기본값인 데이터베이스에 저장됩니다. Credentials 로그인은 JWT 쿠키를 쓰기 때문에 성공한 것처럼 보이지만, 세션을 조회할 때마다 데이터베이스에서 찾지 못해 아무 오류 없이 항상 null이 됩니다({{code}}는 "database"를 명시했을 때만 발생합니다). JWT 세션을 명시적으로 켜세요: `session: { strategy: "jwt" }`.',
        databaseStrategyWhenEnabled:
          '이 Credentials provider는 조건에 따라서만 `providers`에 추가되는데{{condition}}, 이 설정은 `session.strategy`를 "database"로 지정합니다. 이 provider가 켜지면 Credentials 로그인에 세션이 생기지 않습니다. 다른 provider와 함께일 때는 조용히, 혼자일 때는 {{code}}({{summary}})로 실패합니다. `session: { strategy: "jwt" }`로 설정하세요.',
        adapterDefaultsToDatabaseWhenEnabled:
          '이 Credentials provider는 조건에 따라서만 `providers`에 추가되는데{{condition}}, 이 설정에는 `adapter`가 있고 `session.strategy`가 없어서 세션이 기본값인 데이터베이스에 저장됩니다. 이 provider가 켜지면 Credentials 로그인은 JWT 쿠키를 쓰기 때문에 성공한 것처럼 보이지만, 세션을 조회할 때마다 데이터베이스에서 찾지 못해 아무 오류 없이 항상 null이 됩니다. JWT 세션을 명시적으로 켜세요: `session: { strategy: "jwt" }`.',
        importedCredentials:
          '이 설정은 다른 파일({{where}})의 Credentials provider를 가져오는데, 세션은 데이터베이스에 저장됩니다({{why}}). Credentials 로그인은 JWT 쿠키만 쓰기 때문에 이 사용자들의 세션 조회는 항상 null이 됩니다. 여기에 `session: { strategy: "jwt" }`를 설정하세요.',
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
      const place = (provider.frame && linked.where(provider.node, provider.frame)) ?? 'an imported module';
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
