import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { analyzeProgram, findAuthConfigs } from '../../src/nextauth/config/analyzer';
import type { AuthConfig, ProviderList, Tri } from '../../src/nextauth/config/model';
import { findExport } from '../../src/nextauth/config/objects';
import { secretValue } from '../../src/nextauth/config/secret';
import { dedent } from '../dedent';

function program(code: string): TSESTree.Program {
  return parse(code, { range: true, loc: true, sourceType: 'module', ecmaVersion: 'latest' }) as TSESTree.Program;
}

function only(code: string): AuthConfig {
  const configs = findAuthConfigs(program(code)).filter((config) => !config.includedIn);
  expect(configs).toHaveLength(1);
  return configs[0]!;
}

/** A tri-state as a short string: `present:<value>` for strings, `present:<node type>` otherwise. */
function show(value: Tri<unknown> | ProviderList): string {
  if (value.state !== 'present' || !('value' in value)) return value.state;
  return `present:${typeof value.value === 'string' ? value.value : value.node.type}`;
}

describe('finding configs in every shape', () => {
  it('v4 authOptions typed NextAuthOptions and passed to NextAuth by name', () => {
    const config = only(dedent`
      import NextAuth, { type NextAuthOptions } from 'next-auth';
      export const authOptions: NextAuthOptions = { providers: [] };
      export default NextAuth(authOptions);
    `);
    expect(config.version).toBe('v4');
    expect(config.sites.map((site) => site.kind)).toEqual(['call', 'typed']);
    expect(config.complete).toBe(true);
    expect(config.contextuallyTyped).toBe(true);
    expect(config.anchor.type).toBe('Identifier');
    expect((config.anchor as TSESTree.Identifier).name).toBe('NextAuth');
  });

  it('v4 AuthOptions from a renamed type import', () => {
    const config = only(dedent`
      import type { AuthOptions as Options } from 'next-auth';
      export const options: Options = { providers: [] };
    `);
    expect(config.version).toBe('v4');
    expect(config.sites).toEqual([expect.objectContaining({ kind: 'typed', typeName: 'AuthOptions' })]);
    expect(config.complete).toBe(true);
  });

  it('v4 NextAuth(req, res, options) in a pages API route', () => {
    const config = only(dedent`
      import NextAuth from 'next-auth';
      export default async function auth(req, res) {
        return await NextAuth(req, res, { providers: [] });
      }
    `);
    expect(config.version).toBe('v4');
  });

  it('v4 app-router handler exported as GET and POST', () => {
    const config = only(dedent`
      import NextAuth from 'next-auth';
      const handler = NextAuth({ providers: [] });
      export { handler as GET, handler as POST };
    `);
    expect(config.version).toBe('v4');
  });

  it('v5 destructured NextAuth, with NextAuth under another local name', () => {
    const config = only(dedent`
      import { default as createAuth } from "next-auth";
      export const { handlers, auth, signIn, signOut } = createAuth({ providers: [] });
    `);
    expect(config.version).toBe('v5');
    expect(config.sites).toEqual([expect.objectContaining({ kind: 'call', entry: 'NextAuth', lazy: false })]);
  });

  it('v5 lazy initialisation, expression body and block body', () => {
    const expression = only(dedent`
      import NextAuth from "next-auth";
      export const { auth } = NextAuth((req) => ({ providers: [], secret: process.env.AUTH_SECRET }));
    `);
    expect(expression.version).toBe('v5');
    expect(expression.sites[0]).toEqual(expect.objectContaining({ kind: 'call', lazy: true }));
    expect(show(expression.secret)).toBe('present:MemberExpression');

    const block = only(dedent`
      import NextAuth from "next-auth";
      export const { auth } = NextAuth(async (req) => {
        const providers = [];
        return { providers, trustHost: true };
      });
    `);
    expect(block.providers.state).toBe('present');
    expect(block.contextuallyTyped).toBe(true);
  });

  it('v5 `satisfies NextAuthConfig` not passed to NextAuth in the file is a piece', () => {
    const config = only(dedent`
      import type { NextAuthConfig } from "next-auth";
      export default { providers: [] } satisfies NextAuthConfig;
    `);
    expect(config.version).toBe('v5');
    expect(config.complete).toBe(false);
  });

  it("@auth/core's Auth(request, config)", () => {
    const config = only(dedent`
      import { Auth } from "@auth/core";
      export const response = await Auth(request, { providers: [], secret: process.env.AUTH_SECRET });
    `);
    expect(config.version).toBe('v5');
    expect(config.sites[0]).toEqual(expect.objectContaining({ kind: 'call', entry: 'Auth' }));
  });

  it('ignores NextAuth from other modules and names typed with other types', () => {
    const configs = findAuthConfigs(
      program(dedent`
        import NextAuth from "./next-auth-lookalike";
        import type { NextAuthOptions } from "./types";
        export const options: NextAuthOptions = { providers: [] };
        export default NextAuth({ providers: [] });
      `),
    );
    expect(configs).toEqual([]);
  });

  it('version from provider modules when the call says nothing', () => {
    const config = only(dedent`
      import NextAuth from "next-auth";
      import Resend from "next-auth/providers/resend";
      export default NextAuth({ providers: [Resend] });
    `);
    expect(config.version).toBe('v5');
  });

  it('version from the file when the config says nothing, unknown when nothing does', () => {
    expect(
      only(dedent`
        import NextAuth from "next-auth";
        import { getServerSession } from "next-auth";
        export default NextAuth({ providers: [] });
      `).version,
    ).toBe('v4');
    expect(
      only(dedent`
        import NextAuth from "next-auth";
        export default NextAuth({ providers: [] });
      `).version,
    ).toBe('unknown');
  });
});

describe('following names and spreads within the file', () => {
  it('follows const arrays, spreads of const arrays and member reads of const objects', () => {
    const config = only(dedent`
      import NextAuth from "next-auth";
      import Credentials from "next-auth/providers/credentials";
      import GitHub from "next-auth/providers/github";
      import Nodemailer from "next-auth/providers/nodemailer";
      const base = { providers: [GitHub] };
      const more = [Nodemailer({ server: "" })];
      export const { auth } = NextAuth({ providers: [...base.providers, ...more, Credentials({ authorize })] });
    `);
    expect(config.providers.complete).toBe(true);
    expect(config.providers.items.map((provider) => `${provider.kind}:${provider.name}`)).toEqual([
      'oauth:github',
      'email:nodemailer',
      'credentials:credentials',
    ]);
  });

  it('inlines same-file spreads; later entries win', () => {
    const config = only(dedent`
      import NextAuth from "next-auth";
      const shared = { session: { strategy: "database" }, pages: { signIn: "/login" } };
      export const { auth } = NextAuth({ ...shared, session: { strategy: "jwt" }, providers: [] });
    `);
    expect(show(config.sessionStrategy)).toBe('present:jwt');
    expect(show(config.pages.signIn)).toBe('present:/login');
  });

  it('a spread of an import makes what it could set unknown, and says where it comes from', () => {
    const config = only(dedent`
      import NextAuth from "next-auth";
      import authConfig from "./auth.config";
      export const { auth } = NextAuth({ adapter: PrismaAdapter(prisma), ...authConfig, secret: process.env.AUTH_SECRET });
    `);
    expect(show(config.adapter)).toBe('unknown');
    expect(show(config.providers)).toBe('unknown');
    expect(show(config.secret)).toBe('present:MemberExpression');
    expect(config.spreads).toEqual([
      expect.objectContaining({ kind: 'import', source: './auth.config', imported: 'default' }),
    ]);
  });

  it('a spread of a call or a conditional is unknown without an origin', () => {
    const config = only(dedent`
      import NextAuth from "next-auth";
      export const { auth } = NextAuth({ providers: [], ...(dev ? { debug: true } : {}), ...extra() });
    `);
    expect(config.spreads.map((spread) => spread.kind)).toEqual(['unknown', 'unknown']);
    expect(show(config.secret)).toBe('unknown');
  });

  it('a const the file mutates, a let and a parameter are not followed', () => {
    const model = analyzeProgram(
      program(dedent`
        import NextAuth from "next-auth";
        const mutated = { providers: [] };
        mutated.secret = "x";
        let reassigned = { providers: [] };
        export const a = NextAuth(mutated);
        export const b = NextAuth(reassigned);
        export function c(options) {
          return NextAuth(options);
        }
      `),
    );
    expect(model.configs).toEqual([]);
    expect(model.unresolved).toHaveLength(3);
  });

  it('a name shadowed inside a lazy config is not the top-level const', () => {
    const config = only(dedent`
      import NextAuth from "next-auth";
      import Credentials from "next-auth/providers/credentials";
      const providers = [Credentials({})];
      export const { auth } = NextAuth((providers) => ({ providers }));
    `);
    expect(config.providers.state).toBe('unknown');
  });

  it('an imported config argument is reported as unresolved with its origin', () => {
    const model = analyzeProgram(
      program(dedent`
        import NextAuth from "next-auth";
        import { authOptions } from "@/lib/auth";
        const handler = NextAuth(authOptions);
        export { handler as GET, handler as POST };
      `),
    );
    expect(model.configs).toEqual([]);
    expect(model.unresolved).toEqual([
      expect.objectContaining({ origin: { source: '@/lib/auth', imported: 'authOptions' }, version: 'v4' }),
    ]);
  });

  it('a config object spread into another config of the file points at it', () => {
    const configs = findAuthConfigs(
      program(dedent`
        import NextAuth, { type NextAuthConfig } from "next-auth";
        const authConfig = { providers: [] } satisfies NextAuthConfig;
        export const { auth } = NextAuth({ ...authConfig, adapter: PrismaAdapter(prisma) });
      `),
    );
    expect(configs).toHaveLength(2);
    const [inner, outer] = configs;
    expect(inner?.includedIn).toBe(outer);
    expect(outer?.includedIn).toBeUndefined();
  });
});

describe('tri-state settings', () => {
  it('adapter: present, absent for undefined / null, unknown for a conditional', () => {
    const adapter = (code: string) =>
      show(only(`import NextAuth from "next-auth";\nexport default NextAuth({ providers: [], ${code} });`).adapter);
    expect(adapter('adapter: PrismaAdapter(prisma)')).toBe('present:CallExpression');
    expect(adapter('debug: true')).toBe('absent');
    expect(adapter('adapter: undefined')).toBe('absent');
    expect(adapter('adapter: null')).toBe('absent');
    expect(adapter('adapter: db ? PrismaAdapter(db) : undefined')).toBe('unknown');
    expect(adapter('adapter: db && PrismaAdapter(db)')).toBe('unknown');
  });

  it('session strategy: literal, absent, unknown', () => {
    const strategy = (code: string) =>
      show(only(`import NextAuth from "next-auth";\nexport default NextAuth({ providers: [], ${code} });`).sessionStrategy);
    expect(strategy('session: { strategy: "database" }')).toBe('present:database');
    expect(strategy('session: { maxAge: 60 }')).toBe('absent');
    expect(strategy('debug: true')).toBe('absent');
    expect(strategy('session: { strategy: undefined }')).toBe('absent');
    expect(strategy('session: { strategy: process.env.STRATEGY }')).toBe('unknown');
    expect(strategy('session: sessionOptions')).toBe('unknown');
    expect(strategy('session: { ...base }')).toBe('unknown');
  });

  it('pages: strings with their nodes, through consts', () => {
    const config = only(dedent`
      import NextAuth from "next-auth";
      const ROUTES = { login: "/login" };
      export default NextAuth({ providers: [], pages: { signIn: ROUTES.login, error: \`/auth/error\` } });
    `);
    expect(show(config.pages.signIn)).toBe('present:/login');
    expect(show(config.pages.error)).toBe('present:/auth/error');
    expect(config.pages.signIn.state === 'present' && config.pages.signIn.property?.type).toBe('Property');

    const computed = only(dedent`
      import NextAuth from "next-auth";
      export default NextAuth({ providers: [], pages: { signIn: base + "/login" } });
    `);
    expect(show(computed.pages.signIn)).toBe('unknown');
    expect(show(computed.pages.error)).toBe('absent');
  });

  it('v4 jwt.secret', () => {
    const config = only(dedent`
      import type { NextAuthOptions } from "next-auth";
      export const authOptions: NextAuthOptions = { providers: [], jwt: { secret: process.env.JWT_SECRET } };
    `);
    expect(show(config.secret)).toBe('absent');
    expect(show(config.jwtSecret)).toBe('present:MemberExpression');
  });

  it('providers: options present, absent, unknown; hand-written objects by their type', () => {
    const config = only(dedent`
      import NextAuth from "next-auth";
      import Credentials from "next-auth/providers/credentials";
      import GitHub from "next-auth/providers/github";
      export default NextAuth({
        providers: [
          Credentials({ authorize }),
          GitHub,
          Credentials(options),
          { id: "custom", type: "oauth" },
          dev ? Credentials({}) : null,
        ],
      });
    `);
    // The conditional element is followed as a provider that is only maybe there.
    expect(config.providers.complete).toBe(true);
    expect(
      config.providers.items.map((provider) => `${provider.kind}/${show(provider.options)}${provider.maybe ? '/maybe' : ''}`),
    ).toEqual([
      'credentials/present:ObjectExpression',
      'oauth/absent',
      'credentials/unknown',
      'oauth/present:ObjectExpression',
      'credentials/present:ObjectExpression/maybe',
    ]);
  });
});

describe('other calls the rules look at', () => {
  it('lists every provider factory call, inside a config or not', () => {
    const model = analyzeProgram(
      program(dedent`
        import Credentials from "next-auth/providers/credentials";
        import Passkey from "next-auth/providers/passkey";
        export const password = Credentials({ name: "Password" });
        export const passkey = Passkey({});
        export const notAProvider = somethingElse({});
      `),
    );
    expect(model.providerCalls.map((provider) => provider.kind)).toEqual(['credentials', 'webauthn']);
  });

  it('lists withAuth and getToken calls with their secrets', () => {
    const model = analyzeProgram(
      program(dedent`
        import { withAuth } from "next-auth/middleware";
        import { getToken } from "next-auth/jwt";
        import { getToken as coreGetToken } from "@auth/core/jwt";
        export default withAuth(async (req) => {
          await getToken({ req, secret: "x" });
          await coreGetToken({ req });
        });
        export const other = withAuth(middleware, options);
      `),
    );
    expect(
      model.secretHelpers.map((helper) => `${helper.name}:${helper.envFallback}:${show(helper.options)}:${show(helper.secret)}`),
    ).toEqual([
      'withAuth:true:absent:absent',
      'getToken:true:present:ObjectExpression:present:Literal',
      'getToken:false:present:ObjectExpression:absent',
      'withAuth:true:unknown:unknown',
    ]);
  });
});

describe('following imports into other files (resolveImport)', () => {
  const authConfigFile = program(dedent`
    import type { NextAuthConfig } from "next-auth";
    import Credentials from "next-auth/providers/credentials";
    export default { providers: [Credentials({ authorize })], pages: { signIn: "/login" } } satisfies NextAuthConfig;
  `);
  const reexportFile = program('export { default as authConfig } from "./auth.config";');
  const authFile = program(dedent`
    import NextAuth from "next-auth";
    import { authConfig } from "./config";
    export const { auth } = NextAuth({ adapter: PrismaAdapter(prisma), ...authConfig });
  `);

  it('merges the spread of another file through a re-export', () => {
    const requests: string[] = [];
    const configs = findAuthConfigs(authFile, {
      resolveImport: (source, imported) => {
        requests.push(`${source}#${imported}`);
        if (source === './config') return reexportFile;
        if (source === './auth.config') return authConfigFile;
        return undefined;
      },
    });
    expect(requests).toEqual(['./config#authConfig', './auth.config#default']);
    const config = configs[0]!;
    expect(show(config.adapter)).toBe('present:CallExpression');
    expect(show(config.pages.signIn)).toBe('present:/login');
    expect(config.providers.items.map((provider) => provider.kind)).toEqual(['credentials']);
    expect(config.spreads).toEqual([]);
  });

  it('stays unknown when the resolver cannot find the file, or throws', () => {
    const missing = findAuthConfigs(authFile, { resolveImport: () => undefined })[0]!;
    expect(show(missing.adapter)).toBe('unknown');
    const throwing = findAuthConfigs(authFile, {
      resolveImport: () => {
        throw new Error('disk on fire');
      },
    })[0]!;
    expect(show(throwing.pages.signIn)).toBe('unknown');
  });

  it('findExport reads default, named and renamed exports', () => {
    expect(findExport(authConfigFile, 'default')?.node.type).toBe('ObjectExpression');
    const named = program('const a = { x: 1 };\nexport { a as config };\nexport const b = [1];');
    expect(findExport(named, 'config')?.node.type).toBe('ObjectExpression');
    expect(findExport(named, 'b')?.node.type).toBe('ArrayExpression');
    expect(findExport(named, 'missing')).toBeUndefined();
  });

  it('findExport keeps an exported const the file writes into as its name, not its initialiser', () => {
    const written = program('export const config = { providers: [] };\nconfig.adapter = makeAdapter();\nexport const list = [];\nlist.push(1);');
    expect(findExport(written, 'config')?.node.type).toBe('Identifier');
    expect(findExport(written, 'list')?.node.type).toBe('Identifier');
  });
});

describe('classifying secrets', () => {
  function classify(expression: string): string {
    const config = only(`import NextAuth from "next-auth";\nconst LITERAL = "x";\nexport default NextAuth({ providers: [], secret: ${expression} });`);
    if (config.secret.state !== 'present') return config.secret.state;
    const value = secretValue(config.secret.node, config.secret.frame);
    return 'env' in value && value.env ? `${value.kind}:${value.env.name}` : value.kind;
  }

  it('tells literals, fallbacks, env reads and the rest apart', () => {
    expect(classify('"abc"')).toBe('hardcoded');
    expect(classify('`abc`')).toBe('hardcoded');
    expect(classify('LITERAL')).toBe('hardcoded');
    expect(classify('""')).toBe('empty');
    expect(classify('process.env.NEXTAUTH_SECRET')).toBe('env:NEXTAUTH_SECRET');
    expect(classify('process.env["AUTH_SECRET"]!')).toBe('env:AUTH_SECRET');
    expect(classify('process.env.AUTH_SECRET ?? ""')).toBe('env:AUTH_SECRET');
    expect(classify('process.env.AUTH_SECRET || "dev"')).toBe('fallback:AUTH_SECRET');
    expect(classify('process.env.AUTH_SECRET ?? LITERAL')).toBe('fallback:AUTH_SECRET');
    expect(classify('prod ? process.env.AUTH_SECRET : "dev"')).toBe('fallback:AUTH_SECRET');
    expect(classify('`${prefix}-secret`')).toBe('dynamic');
    expect(classify('getSecret()')).toBe('dynamic');
    expect(classify('process.env.A || process.env.B')).toBe('dynamic');
  });
});

describe('odd code', () => {
  it('never throws and finds nothing it cannot vouch for', () => {
    const odd = [
      'import NextAuth from "next-auth";\nNextAuth();',
      'import NextAuth from "next-auth";\nNextAuth(...args);',
      'import NextAuth from "next-auth";\nNextAuth(req, res);',
      'import NextAuth from "next-auth";\nconst a = { ...b };\nconst b = { ...a };\nNextAuth(a);',
      'import NextAuth from "next-auth";\nconst p = [...p];\nNextAuth({ providers: p });',
      'import NextAuth from "next-auth";\nNextAuth({ [key]: 1, providers: null, session: 42, pages: "x" });',
      'import NextAuth from "next-auth";\nNextAuth(function* () { yield {}; });',
    ];
    for (const code of odd) {
      expect(() => analyzeProgram(program(code))).not.toThrow();
    }
    const cyclic = analyzeProgram(program(odd[3]!));
    expect(cyclic.configs.every((config) => config.spreads.length > 0)).toBe(true);
    const strange = only(odd[5]!);
    expect(show(strange.providers)).toBe('unknown');
    expect(show(strange.sessionStrategy)).toBe('unknown');
  });
});

describe('every Auth.js entry point', () => {
  it('reads the config of each framework call with its framework and version', () => {
    const cases: [string, string, string][] = [
      ['import { SvelteKitAuth } from "@auth/sveltekit"', 'export const { handle } = SvelteKitAuth({ providers: [] })', 'sveltekit'],
      ['import { ExpressAuth } from "@auth/express"', 'app.use("/auth/*", ExpressAuth({ providers: [] }))', 'express'],
      ['import { QwikAuth$ } from "@auth/qwik"', 'export const { onRequest } = QwikAuth$(() => ({ providers: [] }))', 'qwik'],
      ['import { SolidAuth } from "@auth/solid-start"', 'export const { GET, POST } = SolidAuth({ providers: [] })', 'solid-start'],
      ['import { Auth } from "@auth/core"', 'export const handler = (request) => Auth(request, { providers: [] })', 'core'],
    ];
    for (const [imports, call, framework] of cases) {
      const config = only(`${imports}\n${call}\n`);
      const site = config.sites[0];
      expect(site?.kind === 'call' ? site.framework : undefined).toBe(framework);
      expect(config.version).toBe('v5');
      expect(config.complete).toBe(true);
    }
  });

  it('leaves the Nuxt handler version to its providers', () => {
    const config = only(dedent`
      import { NuxtAuthHandler } from "#auth"
      import GithubProvider from "next-auth/providers/github"
      export default NuxtAuthHandler({ providers: [GithubProvider.default({ clientId: "", clientSecret: "" })] })
    `);
    expect(config.version).toBe('unknown');
    expect(config.providers.items.map((provider) => `${provider.kind}/${provider.name}`)).toEqual(['oauth/github']);
  });

  it('reads providers from every framework package', () => {
    const config = only(dedent`
      import { SvelteKitAuth } from "@auth/sveltekit"
      import Credentials from "@auth/sveltekit/providers/credentials"
      import Resend from "@auth/sveltekit/providers/resend"
      import Passkey from "@auth/sveltekit/providers/passkey"
      export const { handle } = SvelteKitAuth({ providers: [Credentials({ authorize }), Resend, Passkey] })
    `);
    expect(config.providers.items.map((provider) => provider.kind)).toEqual(['credentials', 'email', 'webauthn']);
  });

  it('ignores a same-named function that is not imported from the package', () => {
    expect(findAuthConfigs(program('import { SvelteKitAuth } from "./auth"\nSvelteKitAuth({ providers: [] })'))).toEqual([]);
  });
});

describe('providers built in code', () => {
  it('an appended const list: initialiser elements are certain, appended ones maybe, with their condition', () => {
    const config = only(dedent`
      import NextAuth from "next-auth/next"
      import Credentials from "next-auth/providers/credentials"
      import Email from "next-auth/providers/email"
      import GitHub from "next-auth/providers/github"
      const providers = [GitHub]
      if (emailOn) providers.push(Email({ server }), ...extraProviders)
      else providers.push(Credentials({ authorize }))
      export default NextAuth({ providers })
    `);
    expect(config.providers.complete).toBe(false);
    expect(
      config.providers.items.map((provider) => {
        const condition = provider.maybe?.condition;
        return `${provider.kind}:${provider.maybe ? 'maybe' : 'certain'}:${condition?.type ?? '-'}`;
      }),
    ).toEqual(['oauth:certain:-', 'email:maybe:Identifier', 'credentials:maybe:-']);
  });

  it('a conditional spread and the both branches of a conditional element', () => {
    const config = only(dedent`
      import NextAuth from "next-auth"
      import Credentials from "next-auth/providers/credentials"
      import Resend from "next-auth/providers/resend"
      import GitHub from "next-auth/providers/github"
      export const { handlers } = NextAuth({
        providers: [...(demo ? [Credentials({ authorize })] : []), mail ? Resend : GitHub],
      })
    `);
    expect(config.providers.complete).toBe(true);
    expect(config.providers.items.map((provider) => `${provider.kind}:${provider.maybe ? 'maybe' : 'certain'}`)).toEqual([
      'credentials:maybe',
      'email:maybe',
      'oauth:maybe',
    ]);
  });

  it('a list the file removes from or reassigns is not followed', () => {
    for (const write of ['providers.splice(0, 1)', 'providers[0] = other', 'providers.length = 0']) {
      const config = only(dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"
        const providers = [Credentials({ authorize })]
        ${write}
        export const { handlers } = NextAuth({ providers })
      `);
      expect(config.providers.items).toEqual([]);
      expect(config.providers.state).toBe('unknown');
    }
  });
});
