// The shape of authorization-matrix entries: one per procedure, the input to send and, for every actor,
// whether the call must succeed ('allow') or be refused ('deny': UNAUTHORIZED for anonymous, FORBIDDEN otherwise).
import { ACTORS, type Actor, type Harness } from '../harness.ts';

export type Expectation = 'allow' | 'deny';

interface MatrixEntry {
  /** Builds the input for one actor's call; may create data first (each actor makes its own call). */
  input?: (h: Harness, actor: Actor) => unknown;
  /** Call on a brand-new session of the actor (procedures that end the session). */
  freshSession?: boolean;
  expect: Record<Actor, Expectation>;
}

export type MatrixTable = Record<string, MatrixEntry>;

/** The listed actors are allowed, every other actor is denied. */
export function allowOnly(...allowed: Actor[]): Record<Actor, Expectation> {
  return Object.fromEntries(
    ACTORS.map((actor) => [actor, allowed.includes(actor) ? 'allow' : 'deny']),
  ) as Record<Actor, Expectation>;
}

export const EVERYONE: Actor[] = [...ACTORS];
export const SIGNED_IN: Actor[] = ACTORS.filter((actor) => actor !== 'anonymous');
