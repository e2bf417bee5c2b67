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
          'E-mail sign-in keeps its tokens in a database, but this config has no `adapter`: it fails with {{code}}. Add an adapter or remove this provider.',
        webauthnWithoutAdapter:
          'Passkey sign-in keeps users and authenticators in a database, but this config has no `adapter` (MissingAdapter). Add an adapter or remove this provider.',
        emailWithoutAdapterWhenEnabled:
          'When enabled{{condition}}, this e-mail provider needs an `adapter` the config lacks ({{code}}). Add an adapter or remove the provider.',
        webauthnWithoutAdapterWhenEnabled:
          'When enabled{{condition}}, this passkey / WebAuthn provider needs an `adapter` the config lacks (MissingAdapter). Add an adapter or remove the provider.',
        importedWithoutAdapter:
          'This config gets {{provider}} from another file ({{where}}) but has no `adapter` ({{code}}). Add one, or keep the provider out of the base config.',
        databaseWithoutAdapter:
          '`session.strategy` is "database", but no `adapter` stores the sessions (MissingAdapter in v5; v4 fails at the first look-up). Add an adapter or use JWT sessions.',
        useJwtStrategy: 'Use JWT sessions: set `session.strategy` to "jwt".',
      },
      {
        emailWithoutAdapter:
          '이메일 로그인은 인증 토큰을 데이터베이스에 저장하는데 이 설정에는 `adapter`가 없어 {{code}} 오류가 납니다. adapter를 추가하거나 이 provider를 빼세요.',
        webauthnWithoutAdapter:
          'Passkey 로그인은 사용자와 인증 장치를 데이터베이스에 저장하는데 이 설정에는 `adapter`가 없어 MissingAdapter 오류가 납니다. adapter를 추가하거나 이 provider를 빼세요.',
        emailWithoutAdapterWhenEnabled:
          '조건{{condition}}에 따라 추가되는 이 이메일 provider에는 `adapter`가 필요한데 설정에 없습니다({{code}}). adapter를 추가하거나 이 provider를 빼세요.',
        webauthnWithoutAdapterWhenEnabled:
          '조건{{condition}}에 따라 추가되는 이 Passkey / WebAuthn provider에는 `adapter`가 필요한데 설정에 없습니다(MissingAdapter). adapter를 추가하거나 이 provider를 빼세요.',
        importedWithoutAdapter:
          '이 설정에는 `adapter`가 없는데 다른 파일({{where}})에서 가져온 {{provider}} 때문에 {{code}} 오류가 납니다. 여기에 adapter를 추가하거나, 바탕이 되는 설정에서 그 provider를 빼세요.',
        databaseWithoutAdapter:
          '`session.strategy`가 "database"인데 세션을 저장할 `adapter`가 없습니다(v5는 MissingAdapter, v4는 첫 세션 조회에서 실패). adapter를 추가하거나 JWT 세션을 쓰세요.',
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
        const place = (provider.frame && linked.where(provider.node, provider.frame)) ?? (locale === 'ko' ? '가져온 모듈' : 'an imported module');
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
