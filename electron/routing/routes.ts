import { CHANNEL_NAMES, type ChannelName, type ChannelOutput, type ChannelParsed } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { SessionView } from '@shared/views';

/*
 * What a route is: the one function a contract channel is answered by. Each domain declares its own routes
 * beside its services (`electron/services/<domain>/routes.ts`), typed from the one contract; the app merges
 * them (`electron/app/routes.ts`) and the dispatcher (`electron/ipc/dispatcher.ts`) calls them after the
 * access level and the input's schema are checked. A route only routes: it maps the input to one service call.
 */

/**
 * Who is signed in, for one caller: one per Electron window (its webContents) and one per browser tab in
 * the host (its session cookie). Never one per process: two windows or tabs are two clerks.
 */
export interface SessionStore {
  get(): SessionView | null;
  set(session: SessionView | null): void;
}

/** What a route gets beside its parsed input. */
export interface RouteContext {
  session: SessionView | null;
  /** The caller's own session (sign-in, sign-out, PIN confirmed). */
  sessions: SessionStore;
  /** Signs every window and tab out (a restore replaced the users they were signed in as). */
  signOutEveryone(): void;
  /** Signs one person out of every window and tab (their PIN was reset, their account deactivated). */
  signOutUser(userId: number): void;
  /** The id the screen made for this action (a `'write'` channel's retries send the same one). */
  requestId?: string | undefined;
}

export type Route<C extends ChannelName> = (
  input: ChannelParsed<C>,
  ctx: RouteContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** Every channel of the contract with its route: what the dispatcher takes. */
export type Routes = { [C in ChannelName]: Route<C> };

/** Some channels with their routes: what one domain declares. */
export type DomainRoutes<C extends ChannelName> = { [K in C]: Route<K> };

/** A domain's routes, each typed from the contract by its channel name (input parsed, output checked). */
export function domainRoutes<C extends ChannelName>(routes: DomainRoutes<C>): DomainRoutes<C> {
  return routes;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The domains' routes as one map; a channel declared by two domains is refused, whichever two they are. */
export function mergeRoutes<D extends Partial<Routes>[]>(...domains: D): UnionToIntersection<D[number]> {
  const merged: Record<string, unknown> = {};
  for (const domain of domains) {
    for (const [channel, route] of Object.entries(domain)) {
      if (Object.prototype.hasOwnProperty.call(merged, channel)) {
        throw new Error(`channel ${channel} has two routes`);
      }
      merged[channel] = route;
    }
  }
  return merged as UnionToIntersection<D[number]>;
}

/** The contract's channels that `routes` does not answer (none, for the app's merged routes). */
export function channelsWithoutRoute(routes: object): ChannelName[] {
  return CHANNEL_NAMES.filter((channel) => !Object.prototype.hasOwnProperty.call(routes, channel));
}

/** The caller's session (the dispatcher has already refused a signed-out caller on a signed-in channel). */
export function signedIn(ctx: RouteContext): SessionView {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', 'Sila log masuk dahulu.');
  return ctx.session;
}

/** The signed-in user a route acts for. */
export function actor(ctx: RouteContext): SessionView['user'] {
  return signedIn(ctx).user;
}

/** The signed-in user's id, the `actorId` every recording service function takes. */
export function actorId(ctx: RouteContext): number {
  return actor(ctx).id;
}
