import { z } from 'zod';
import { fieldMessage } from './fieldMessage';

/**
 * A new data folder: a full path (D:\KaunterSandaran, \\pelayan\kongsi\kaunter or /srv/kaunter). When
 * records have not been exported, `acknowledgedUnexported` repeats the number the supervisor was shown.
 */
export const chooseDataFolderSchema = z.object({
  folder: z
    .string({ error: fieldMessage('Isikan folder data baharu.') })
    .trim()
    .min(1, fieldMessage('Isikan folder data baharu.'))
    .max(500, fieldMessage('Laluan folder terlalu panjang.'))
    .refine((p) => !/[\u0000-\u001f]/.test(p), fieldMessage('Laluan folder mengandungi aksara kawalan.'))
    .refine(
      (p) => /^([A-Za-z]:[\\/]|\\\\|\/)/.test(p),
      fieldMessage('Tulis laluan penuh folder, cth. D:\\KaunterSandaran atau \\\\pelayan\\kongsi\\kaunter.'),
    ),
  acknowledgedUnexported: z
    .number({ error: fieldMessage('Bilangan rekod belum dieksport tidak sah.') })
    .int(fieldMessage('Bilangan rekod belum dieksport tidak sah.'))
    .min(0, fieldMessage('Bilangan rekod belum dieksport tidak sah.'))
    .nullable(),
});
export type ChooseDataFolderInput = z.input<typeof chooseDataFolderSchema>;
