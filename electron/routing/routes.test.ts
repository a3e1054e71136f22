import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '@shared/contract';
import { actorId, channelsWithoutRoute, domainRoutes, mergeRoutes, type RouteContext } from './routes';

const signedOut: RouteContext = {
  session: null,
  sessions: { get: () => null, set: () => undefined },
  signOutEveryone: () => undefined,
  signOutUser: () => undefined,
};

describe('routes', () => {
  it('merges the domains into one map', () => {
    const language = domainRoutes({ 'language.get': () => 'ms' as const });
    const session = domainRoutes({ 'auth.session': (_input, ctx) => ctx.session });
    const merged = mergeRoutes(language, session);
    expect(Object.keys(merged).sort()).toEqual(['auth.session', 'language.get']);
    expect(channelsWithoutRoute(merged)).toEqual(
      CHANNEL_NAMES.filter((c) => c !== 'auth.session' && c !== 'language.get'),
    );
  });

  it('refuses a channel two domains both declare', () => {
    const one = domainRoutes({ 'language.get': () => 'ms' as const });
    const two = domainRoutes({ 'language.get': () => 'en' as const });
    expect(() => mergeRoutes(one, two)).toThrow('channel language.get has two routes');
  });

  it('refuses to act for a caller who is not signed in', () => {
    expect(() => actorId(signedOut)).toThrow('Sila log masuk dahulu.');
  });
});
