import { z } from 'zod';
import { lineText } from './text';
import { backupPlanSchema } from './backup';
import { ictKeyIdSchema, importIctKeySchema } from './bundle';
import { chooseDataFolderSchema } from './dataFolder';
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

const withPin = { supervisorPin: ownPinField };

export const importIctKeyRequestSchema = importIctKeySchema.extend(withPin);
export const removeIctKeyRequestSchema = ictKeyIdSchema.extend(withPin);
export const backupPlanRequestSchema = backupPlanSchema.extend(withPin);
export const chooseDataFolderRequestSchema = chooseDataFolderSchema.extend(withPin);

/** A new device key for a counter restored onto a new PC (the old PC's key is gone with it). */
export const replaceDeviceKeyRequestSchema = z.object({
  reason: lineText('Sebab', 300, { min: 5 }),
  ...withPin,
});
