import type { TSESTree } from '@typescript-eslint/utils';

import { analyzeProgram } from '../src/nextauth/config/analyzer';
import { lacksAuthorize } from '../src/nextauth/config/checks';
import type { AuthVersion } from '../src/nextauth/config/imports';
import { describeConfigError, MISSING_AUTHORIZE_ERROR } from '../src/nextauth/config/runtime-errors';
import { createRule } from '../src/util/create-rule';
import { defineMessages, localizedMessageId } from '../src/util/messages';
import type { LocalizedMessageId } from '../src/util/messages';
import { getAuthErrorsSettings } from '../src/util/settings';

type Options = [];
type BaseMessageId = 'missingAuthorize';
type MessageIds = LocalizedMessageId<BaseMessageId>;

export default createRule<Options, MessageIds>({
  name: 'credentials-requires-authorize',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an `authorize` function in every NextAuth / Auth.js Credentials provider',
      recommended: true,
    },
    messages: defineMessages<BaseMessageId>(
      {
        missingAuthorize:
          'This Credentials provider has no `authorize` function, so every sign-in with it fails with CredentialsSignin. Add one that returns the user, or null for wrong credentials.',
      },
      {
        missingAuthorize:
          '이 Credentials provider에는 `authorize` 함수가 없어서 모든 로그인이 CredentialsSignin 오류로 실패합니다. 자격 증명이 맞으면 사용자를, 틀리면 null을 반환하는 함수를 추가하세요.',
      },
    ),
    schema: [],
  },
  create(context) {
    // The model is built once per program and shared by the config rules; a file that imports no auth package
    // has none (no configs, no provider calls), and then there is nothing to listen for.
    const model = analyzeProgram(context.sourceCode.ast);
    if (model.configs.length === 0 && model.providerCalls.length === 0) return {};
    const { locale, catalog } = getAuthErrorsSettings(context);

    return {
      Program() {
        // A provider written inside a config is also a call of the file; report each node once.
        const versions = new Map<TSESTree.Node, AuthVersion>();
        for (const config of model.configs) {
          for (const provider of config.providers.items) versions.set(provider.node, config.version);
        }
        const providers = [...model.providerCalls, ...model.configs.flatMap((config) => config.providers.items)];
        const reported = new Set<TSESTree.Node>();
        for (const provider of providers) {
          const node = provider.call ?? provider.node;
          if (reported.has(node) || !lacksAuthorize(provider)) continue;
          reported.add(node);
          const version = versions.get(provider.node) ?? model.fileVersion;
          context.report({
            node,
            messageId: localizedMessageId('missingAuthorize', locale),
            data: describeConfigError(MISSING_AUTHORIZE_ERROR, version, catalog, locale),
          });
        }
      },
    };
  },
});
