import { analyzeProgram } from '../src/nextauth/config/analyzer';
import { adapterNeeds } from '../src/nextauth/config/checks';
import type { AdapterNeed } from '../src/nextauth/config/checks';
import { conditionText } from '../src/nextauth/config/conditions';
import { lintConfigs } from '../src/nextauth/config/linked-configs';
import type { LintConfigs } from '../src/nextauth/config/linked-configs';
import type { AuthConfig } from '../src/nextauth/config/model';
import { describeConfigError, MISSING_ADAPTER_ERROR } from '../src/nextauth/config/runtime-errors';
import { jwtStrategySuggestions } from '../src/nextauth/config/suggestions';
import type { ParserLike } from '../src/nextauth/project/files';
import { createRule } from '../src/util/create-rule';
import { defineMessages, localizedMessageId } from '../src/util/messages';
import type { LocalizedMessageId } from '../src/util/messages';
import { getAuthErrorsSettings } from '../src/util/settings';

type Options = [];
type BaseMessageId =
  | 'emailWithoutAdapter'
  | 'webauthnWithoutAdapter'
  | 'emailWithoutAdapterWhenEnabled'
  | 'webauthnWithoutAdapterWhenEnabled'
  | 'importedWithoutAdapter'
  | 'databaseWithoutAdapter'
  | 'useJwtStrategy';
type MessageIds = LocalizedMessageId<BaseMessageId>;

export default createRule<Options, MessageIds>({
  name: 'email-requires-adapter',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require a database `adapter` in a NextAuth / Auth.js config with an e-mail or passkey provider or database sessions',
      recommended: true,
    },
    hasSuggestions: true,
    messages: defineMessages<BaseMessageId>(
      {
        emailWithoutAdapter:
          'Sign-in by e-mail stores its verification tokens in a database, but this config has no `adapter`. The library rejects it at run time with {{code}} ({{summary}}). Add an adapter (for example `adapter: PrismaAdapter(prisma)`) or remove this provider.',
        webauthnWithoutAdapter:
          'Passkey / WebAuthn sign-in stores users and their authenticators in a database, but this config has no `adapter`. Auth.js rejects it at run time with MissingAdapter ({{summary}}). Add an adapter or remove this provider.',
        emailWithoutAdapterWhenEnabled:
          'This e-mail provider is only added to `providers` under a condition{{condition}}, and this config has no `adapter`. Sign-in by e-mail stores its verification tokens in a database, so whenever the provider is enabled the library rejects the config at run time with {{code}} ({{summary}}). Add an adapter (for example `adapter: PrismaAdapter(prisma)`) or remove this provider.',
        webauthnWithoutAdapterWhenEnabled:
          'This passkey / WebAuthn provider is only added to `providers` under a condition{{condition}}, and this config has no `adapter`. Passkey sign-in stores users and their authenticators in a database, so whenever the provider is enabled Auth.js rejects the config at run time with MissingAdapter ({{summary}}). Add an adapter or remove this provider.',
        importedWithoutAdapter:
          'This config takes {{provider}} from another file ({{where}}) but has no `adapter`, and that sign-in keeps its data in a database: the library rejects the config at run time with {{code}} ({{summary}}). Add an adapter here, or keep that provider out of the config this one is built from (an edge-safe `auth.config.ts` should only hold providers that need no database).',
        databaseWithoutAdapter:
          '`session.strategy` is "database", but this config has no `adapter` to keep the sessions in. Auth.js v5 rejects it with MissingAdapter ({{summary}}); NextAuth v4 fails on the first session look-up. Add an adapter or use JWT sessions.',
        useJwtStrategy: 'Use JWT sessions: set `session.strategy` to "jwt".',
      },
      {
        emailWithoutAdapter:
          '이메일 로그인은 인증 토큰을 데이터베이스에 저장하는데, 이 설정에는 `adapter`가 없습니다. 라이브러리가 실행 중에 {{code}}({{summary}})로 설정을 거부합니다. adapter를 추가하거나(예: `adapter: PrismaAdapter(prisma)`) 이 provider를 빼세요.',
        webauthnWithoutAdapter:
          'Passkey / WebAuthn 로그인은 사용자와 인증 장치를 데이터베이스에 저장하는데, 이 설정에는 `adapter`가 없습니다. Auth.js가 실행 중에 MissingAdapter({{summary}})로 설정을 거부합니다. adapter를 추가하거나 이 provider를 빼세요.',
        emailWithoutAdapterWhenEnabled:
          '이 이메일 provider는 조건에 따라서만 `providers`에 추가되는데{{condition}}, 이 설정에는 `adapter`가 없습니다. 이메일 로그인은 인증 토큰을 데이터베이스에 저장하므로, 이 provider가 켜지면 라이브러리가 실행 중에 {{code}}({{summary}})로 설정을 거부합니다. adapter를 추가하거나(예: `adapter: PrismaAdapter(prisma)`) 이 provider를 빼세요.',
        webauthnWithoutAdapterWhenEnabled:
          '이 Passkey / WebAuthn provider는 조건에 따라서만 `providers`에 추가되는데{{condition}}, 이 설정에는 `adapter`가 없습니다. Passkey 로그인은 사용자와 인증 장치를 데이터베이스에 저장하므로, 이 provider가 켜지면 Auth.js가 실행 중에 MissingAdapter({{summary}})로 설정을 거부합니다. adapter를 추가하거나 이 provider를 빼세요.',
        importedWithoutAdapter:
          '이 설정은 다른 파일({{where}})의 {{provider}}를 가져오지만 `adapter`가 없는데, 그 로그인 방식은 데이터를 데이터베이스에 저장합니다. 라이브러리가 실행 중에 {{code}}({{summary}})로 설정을 거부합니다. 여기에 adapter를 추가하거나, 이 설정의 바탕이 되는 설정에서 그 provider를 빼세요(edge에서 쓰는 `auth.config.ts`에는 데이터베이스가 필요 없는 provider만 두어야 합니다).',
        databaseWithoutAdapter:
          '`session.strategy`가 "database"인데 세션을 저장할 `adapter`가 없습니다. Auth.js v5는 MissingAdapter({{summary}})로 설정을 거부하고, NextAuth v4는 처음 세션을 조회할 때 실패합니다. adapter를 추가하거나 JWT 세션을 쓰세요.',
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
    const eslintParser = context.languageOptions.parser as ParserLike | undefined;
    const parser = eslintParser?.parseForESLint ? eslintParser : undefined;

    function report(linked: LintConfigs, config: AuthConfig, need: AdapterNeed, reported: Set<AuthConfig>): void {
      if (need.reason === 'databaseStrategy') {
        if (!linked.isLocal(need.strategy.frame)) return;
        context.report({
          node: need.strategy.node,
          messageId: localizedMessageId('databaseWithoutAdapter', locale),
          data: describeConfigError(MISSING_ADAPTER_ERROR, 'v5', catalog, locale),
          suggest: jwtStrategySuggestions(context, config, localizedMessageId('useJwtStrategy', locale)),
        });
        return;
      }
      const email = need.reason === 'email';
      const error = describeConfigError(MISSING_ADAPTER_ERROR, email ? config.version : 'v5', catalog, locale);
      const provider = need.provider;
      if (!linked.isLocal(provider.frame)) {
        // A provider from another file: reported once, at the call that builds this config without an adapter.
        if (reported.has(config)) return;
        const own = linked.ownConfig(config);
        if (own && adapterNeeds(own).length > 0) return;
        reported.add(config);
        const place = (provider.frame && linked.where(provider.node, provider.frame)) ?? 'an imported module';
        // A provider only added under a condition there breaks this config whenever it is enabled.
        const where = provider.maybe ? `${place}, ${locale === 'ko' ? '조건에 따라 추가됨' : 'added only when enabled'}` : place;
        const kind = email
          ? locale === 'ko'
            ? '이메일 provider'
            : 'an e-mail provider'
          : locale === 'ko'
            ? 'Passkey / WebAuthn provider'
            : 'a passkey / WebAuthn provider';
        context.report({
          node: config.anchor,
          messageId: localizedMessageId('importedWithoutAdapter', locale),
          data: { ...error, where, provider: kind },
        });
        return;
      }
      const maybe = provider.maybe;
      const base = email ? 'emailWithoutAdapter' : 'webauthnWithoutAdapter';
      context.report({
        node: provider.call ?? provider.node,
        messageId: localizedMessageId(maybe ? `${base}WhenEnabled` : base, locale),
        data: maybe ? { ...error, condition: conditionText(maybe, context.sourceCode.ast, context.sourceCode.text) } : error,
      });
    }

    return {
      Program(program) {
        const linked = lintConfigs(program, { filename: context.filename, ...(parser ? { parser } : {}) });
        const reported = new Set<AuthConfig>();
        for (const config of linked.configs) {
          for (const need of adapterNeeds(config)) report(linked, config, need, reported);
        }
      },
    };
  },
});
