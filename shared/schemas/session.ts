import { z } from 'zod';
import { fieldMessage } from './fieldMessage';

export const sessionSettingsSchema = z.object({
  idleSignOutMinutes: z
    .number({ error: fieldMessage('Isikan bilangan minit.') })
    .int(fieldMessage('Minit mesti nombor bulat.'))
    .min(1, fieldMessage('Sekurang-kurangnya 1 minit.'))
    .max(240, fieldMessage('Paling lama 240 minit (4 jam).')),
});
