import { actorId, domainRoutes, signedIn } from '../../routing/routes';
import type { Ledger } from '../ledger/ledger';
import { confirmPin } from './confirmPin';
import { updateIdleMinutes } from './sessionSettings';
import { resetPin } from './pinReset';
import { createUser, listUsers, setUserActive, signIn, signOut } from './users';

/** Signing in and out, and the counter's users. */
export function userRoutes(ledger: Ledger) {
  return domainRoutes({
    'auth.users': () => listUsers(ledger).filter((u) => u.active),
    'auth.signIn': async (input, ctx) => {
      const session = await signIn(ledger, input.userId, input.pin);
      ctx.sessions.set(session);
      return session;
    },
    'auth.signOut': (_input, ctx) => {
      if (ctx.session) signOut(ledger, ctx.session.user.id);
      ctx.sessions.set(null);
      return null;
    },
    'auth.session': (_input, ctx) => ctx.session,
    'auth.confirmPin': async (input, ctx) => {
      const confirmed = await confirmPin(ledger, signedIn(ctx), input.pin);
      ctx.sessions.set(confirmed);
      return confirmed;
    },

    'users.create': (input, ctx) => createUser(ledger, actorId(ctx), input),
    'users.setActive': (input, ctx) => {
      const user = setUserActive(ledger, actorId(ctx), input.userId, input.active);
      if (!user.active) ctx.signOutUser(user.id);
      return user;
    },
    'users.resetPin': async (input, ctx) => {
      const user = await resetPin(ledger, actorId(ctx), input.userId, input.pin);
      ctx.signOutUser(user.id);
      return user;
    },
    'settings.updateSession': (input, ctx) => ({
      idleSignOutMinutes: updateIdleMinutes(ledger, actorId(ctx), input.idleSignOutMinutes),
    }),
  });
}
