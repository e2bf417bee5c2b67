import { adapterNeeds } from '../src/nextauth/checks';
import type { AdapterNeed } from '../src/nextauth/checks';
import { conditionText } from '../src/nextauth/conditions';
import { findAuthConfigs } from '../src/nextauth/config';
import type { AuthConfig } from '../src/nextauth/config';
import { describeConfigError, MISSING_ADAPTER_ERROR } from '../src/nextauth/runtime-errors';
import { createRule } from '../src/util/create-rule';
import { defineMessages, localizedMessageId } from '../src/util/messages';
import type { LocalizedMessageId } from '../src/util/messages';
import { getAuthErrorsSettings } from '../src/util/settings';
import { jwtStrategySuggestions } from '../src/util/suggestions';

type Options = [];
type BaseMessageId =
  | 'emailWithoutAdapter'
  | 'webauthnWithoutAdapter'
  | 'emailWithoutAdapterWhenEnabled'
  | 'webauthnWithoutAdapterWhenEnabled'
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
        databaseWithoutAdapter:
          '`session.strategy`가 "database"인데 세션을 저장할 `adapter`가 없습니다. Auth.js v5는 MissingAdapter({{summary}})로 설정을 거부하고, NextAuth v4는 처음 세션을 조회할 때 실패합니다. adapter를 추가하거나 JWT 세션을 쓰세요.',
        useJwtStrategy: 'JWT 세션을 사용합니다: `session.strategy`를 "jwt"로 설정합니다.',
      },
    ),
    schema: [],
  },
  create(context) {
    const { locale, catalog } = getAuthErrorsSettings(context);

    function report(config: AuthConfig, need: AdapterNeed): void {
      if (need.reason === 'databaseStrategy') {
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
      const maybe = need.provider.maybe;
      const base = email ? 'emailWithoutAdapter' : 'webauthnWithoutAdapter';
      context.report({
        node: need.provider.call ?? need.provider.node,
        messageId: localizedMessageId(maybe ? `${base}WhenEnabled` : base, locale),
        data: maybe ? { ...error, condition: conditionText(maybe, context.sourceCode.ast, context.sourceCode.text) } : error,
      });
    }

    return {
      Program(program) {
        for (const config of findAuthConfigs(program)) {
          for (const need of adapterNeeds(config)) report(config, need);
        }
      },
    };
  },
});
