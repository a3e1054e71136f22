import { z } from 'zod';

export const sessionSettingsSchema = z.object({
  idleSignOutMinutes: z
    .number({ error: 'Isikan bilangan minit.' })
    .int('Minit mesti nombor bulat.')
    .min(1, 'Sekurang-kurangnya 1 minit.')
    .max(240, 'Paling lama 240 minit (4 jam).'),
});
