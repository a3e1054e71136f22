import { z } from 'zod';
import { lineText } from './text';
import { backupPlanSchema } from './backup';
import { ictKeyIdSchema, importIctKeySchema } from './bundle';
import { chooseDataFolderSchema } from './dataFolder';
import { ownPinField } from './ownPin';

export { ownPinField };

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
