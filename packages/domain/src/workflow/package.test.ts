import { describe, expect, it } from 'vitest';
import { decideTransition } from './decide-transition.ts';
import {
  decidePackageFreeze,
  decidePackageSend,
  type FrozenPackageItem,
  listChangedSinceFreeze,
} from './package.ts';

const frozen = (id: string, over: Partial<FrozenPackageItem> = {}): FrozenPackageItem => ({
  submissionId: id,
  frozenState: 'READY_TO_SEND',
  frozenVersion: 3,
  state: 'READY_TO_SEND',
  version: 3,
  ...over,
});

describe('decidePackageFreeze', () => {
  it('freezes a set with at least one READY_TO_SEND submission and names them', () => {
    const result = decidePackageFreeze({
      role: 'ADMIN',
      items: [
        { submissionId: 'a', state: 'READY_TO_SEND' },
        { submissionId: 'b', state: 'SENT' },
      ],
    });
    expect(result).toEqual({ ok: true, value: { ready: ['a'] } });
  });

  it('refuses an empty set and a set of only already-sent submissions', () => {
    expect(decidePackageFreeze({ role: 'ADMIN', items: [] })).toMatchObject({
      ok: false,
      error: { code: 'PACKAGE.NOTHING_READY' },
    });
    expect(
      decidePackageFreeze({ role: 'ADMIN', items: [{ submissionId: 'b', state: 'SENT' }] }),
    ).toMatchObject({ ok: false, error: { code: 'PACKAGE.NOTHING_READY' } });
  });

  it('refuses submissions outside the package states, and roles that do not send', () => {
    expect(
      decidePackageFreeze({
        role: 'ADMIN',
        items: [
          { submissionId: 'a', state: 'READY_TO_SEND' },
          { submissionId: 'v', state: 'VERIFIED' },
        ],
      }),
    ).toMatchObject({ ok: false, error: { code: 'PACKAGE.NOT_PACKAGED', params: { submissionIds: ['v'] } } });
    for (const role of ['VERIFIER', 'OPERATOR', 'VIEWER'] as const) {
      expect(
        decidePackageFreeze({ role, items: [{ submissionId: 'a', state: 'READY_TO_SEND' }] }),
      ).toMatchObject({ ok: false, error: { code: 'WORKFLOW.ROLE_FORBIDDEN' } });
    }
  });
});

describe('decidePackageSend', () => {
  it('sends the submissions frozen at READY_TO_SEND when nothing changed', () => {
    const result = decidePackageSend({
      role: 'ADMIN',
      alreadySent: false,
      items: [frozen('a'), frozen('b', { frozenState: 'SENT', state: 'SENT' })],
    });
    expect(result).toEqual({ ok: true, value: { toSend: ['a'] } });
  });

  it('refuses a snapshot already marked sent', () => {
    expect(decidePackageSend({ role: 'ADMIN', alreadySent: true, items: [frozen('a')] })).toMatchObject({
      ok: false,
      error: { code: 'PACKAGE.ALREADY_SENT' },
    });
  });

  it('refuses when a submission changed, moved or disappeared since the freeze, naming them', () => {
    const items = [
      frozen('same'),
      frozen('edited', { version: 4 }),
      frozen('unmarked', { state: 'VERIFIED', version: 4 }),
      frozen('gone', { state: null, version: null }),
    ];
    expect(listChangedSinceFreeze(items)).toEqual(['edited', 'unmarked', 'gone']);
    expect(decidePackageSend({ role: 'ADMIN', alreadySent: false, items })).toMatchObject({
      ok: false,
      error: { code: 'PACKAGE.STALE', params: { submissionIds: ['edited', 'unmarked', 'gone'] } },
    });
  });

  it('refuses roles that do not send', () => {
    expect(decidePackageSend({ role: 'VIEWER', alreadySent: false, items: [frozen('a')] })).toMatchObject({
      ok: false,
      error: { code: 'WORKFLOW.ROLE_FORBIDDEN' },
    });
  });
});

describe('MARK_SENT needs a frozen package', () => {
  it('is refused without the fact, or when the submission is not in a frozen package', () => {
    const base = { from: 'READY_TO_SEND', action: 'MARK_SENT', role: 'ADMIN' } as const;
    expect(decideTransition(base)).toMatchObject({
      ok: false,
      error: {
        code: 'WORKFLOW.PRECONDITION',
        params: { reason: 'CONTEXT_MISSING', field: 'inFrozenPackage' },
      },
    });
    expect(decideTransition({ ...base, context: { inFrozenPackage: false } })).toMatchObject({
      ok: false,
      error: { code: 'WORKFLOW.PRECONDITION', params: { reason: 'NOT_FROZEN' } },
    });
    expect(decideTransition({ ...base, context: { inFrozenPackage: true } })).toEqual({
      ok: true,
      value: { to: 'SENT' },
    });
  });
});
