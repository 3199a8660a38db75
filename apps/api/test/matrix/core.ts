// Matrix entries of the core routers: auth, unit, user, period, audit, notification.
// Targets are region A's rows, so the ADMIN of region B ('otherRegion') must be refused wherever a row of
// region A is named, and allowed where it acts on its own region (lists, creating its own period).
import { type Actor, type Harness, TEST_PASSWORD } from '../harness.ts';
import { allowOnly, EVERYONE, type MatrixTable, SIGNED_IN } from './types.ts';

const ownEmail = (h: Harness, actor: Actor) => h.users[actor === 'anonymous' ? 'viewer' : actor].email;
const unitVersion = async (h: Harness, id: string) =>
  (await h.prisma.unit.findUniqueOrThrow({ where: { id } })).version;
const userVersion = async (h: Harness, id: string) =>
  (await h.prisma.user.findUniqueOrThrow({ where: { id } })).version;
const periodVersion = async (h: Harness, id: string) =>
  (await h.prisma.period.findUniqueOrThrow({ where: { id } })).version;

export const coreEntries: MatrixTable = {
  'auth.login': {
    // A login replaces the browser's session: use a spare one so the actor's main session survives.
    freshSession: true,
    input: (h, actor) => ({ email: ownEmail(h, actor), password: TEST_PASSWORD }),
    expect: allowOnly(...EVERYONE),
  },
  'auth.logout': { freshSession: true, expect: allowOnly(...EVERYONE) },
  'auth.me': { expect: allowOnly(...EVERYONE) },
  'auth.changePassword': {
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
    expect: allowOnly(...SIGNED_IN),
  },
  'auth.setLocale': { input: () => ({ locale: 'id' }), expect: allowOnly(...SIGNED_IN) },

  'unit.list': { expect: allowOnly(...SIGNED_IN) },
  'unit.create': {
    input: (h, actor) => ({
      parentId: h.units.dinasA,
      kind: 'UPTD',
      name: `UPTD baru ${actor}`,
      short: `NEW-${actor}`,
      urusan: [],
    }),
    expect: allowOnly('admin'),
  },
  'unit.update': {
    input: async (h) => ({
      id: h.units.uptdA,
      version: await unitVersion(h, h.units.uptdA),
      name: 'Unit UPTD-A',
    }),
    expect: allowOnly('admin'),
  },

  'user.list': { expect: allowOnly('admin', 'otherRegion') },
  'user.create': {
    input: (h, actor) => ({
      email: `new-${actor.toLowerCase()}@uji.inovda.id`,
      name: `Operator baru ${actor}`,
      role: 'OPERATOR',
      unitId: h.units.dinasA,
      password: 'sandi-baru-1',
    }),
    expect: allowOnly('admin'),
  },
  'user.update': {
    input: async (h) => ({
      id: h.users.viewer.id,
      version: await userVersion(h, h.users.viewer.id),
      name: 'User viewer',
    }),
    expect: allowOnly('admin'),
  },

  'period.list': { expect: allowOnly(...SIGNED_IN) },
  'period.create': {
    input: () => ({ year: 2031, editionCode: 'iga-2026' }),
    expect: allowOnly('admin', 'otherRegion'),
  },
  'period.update': {
    input: async (h) => ({ id: h.period.id, version: await periodVersion(h, h.period.id), name: 'IID 2026' }),
    expect: allowOnly('admin'),
  },

  'period.openWork': { input: (h) => ({ id: h.period.id }), expect: allowOnly('admin') },
  'audit.list': { expect: allowOnly('admin', 'otherRegion') },
  'audit.filterOptions': { expect: allowOnly('admin', 'otherRegion') },
  'notification.list': { expect: allowOnly(...SIGNED_IN) },
  'notification.markRead': { input: () => ({ all: true }), expect: allowOnly(...SIGNED_IN) },
};
