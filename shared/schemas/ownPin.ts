import { z } from 'zod';
import { fieldMessage } from './fieldMessage';

/**
 * Changes of who can read the counter's data (an ICT key added or removed, the data or backup folder)
 * carry the signed-in supervisor's PIN in the request itself: a session alone, left open or taken over
 * by a program on the PC, is not enough. The PIN is checked by the ledger and never stored.
 */
export const ownPinField = z
  .string({ error: fieldMessage('Taip PIN anda untuk mengesahkan perubahan ini.') })
  .min(1, fieldMessage('Taip PIN anda untuk mengesahkan perubahan ini.'))
  .max(12, fieldMessage('PIN salah.'));
