import { truthy } from './values';
import type { Completion, GuardOutcome, GuardRole, Value } from './values';

/** How a completed evaluation reads for each role: allow, deny, redirect, or unknown. */

export function classify(completion: Completion, role: GuardRole): GuardOutcome {
  switch (completion.type) {
    case 'redirect':
      return role === 'page' ? 'redirect' : 'unknown';
    case 'throw':
    case 'unknown':
    case 'normal':
      return 'unknown';
    case 'return':
      return classifyReturn(completion.value, role);
  }
}

function classifyReturn(value: Value, role: GuardRole): GuardOutcome {
  switch (role) {
    case 'v4-authorized': {
      if (value.t === 'response') return 'unknown';
      const verdict = truthy(value);
      return verdict === undefined ? 'unknown' : verdict ? 'allow' : 'deny';
    }
    case 'v5-authorized': {
      if (value.t === 'response') return value.kind === 'redirect' ? 'redirect' : value.kind === 'next' ? 'allow' : 'unknown';
      const verdict = truthy(value);
      return verdict === undefined ? 'unknown' : verdict ? 'allow' : 'deny';
    }
    case 'handler':
      if (value.t === 'response') return value.kind === 'redirect' ? 'redirect' : value.kind === 'next' ? 'allow' : 'unknown';
      return value.t === 'prim' && (value.v === undefined || value.v === null) ? 'allow' : 'unknown';
    case 'page':
      if (value.t === 'object' && value.props.has('redirect')) {
        const redirect = value.props.get('redirect');
        return redirect && truthy(redirect) === true ? 'redirect' : 'unknown';
      }
      if (value.t === 'response') return value.kind === 'redirect' ? 'redirect' : 'unknown';
      return 'allow';
  }
}
