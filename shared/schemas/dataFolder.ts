import { z } from 'zod';

/**
 * A new data folder: a full path (D:\KaunterSandaran, \\pelayan\kongsi\kaunter or /srv/kaunter). When
 * records have not been exported, `acknowledgedUnexported` repeats the number the supervisor was shown.
 */
export const chooseDataFolderSchema = z.object({
  folder: z
    .string({ error: 'Isikan folder data baharu.' })
    .trim()
    .min(1, 'Isikan folder data baharu.')
    .max(500, 'Laluan folder terlalu panjang.')
    .refine((p) => !/[\u0000-\u001f]/.test(p), 'Laluan folder mengandungi aksara kawalan.')
    .refine(
      (p) => /^([A-Za-z]:[\\/]|\\\\|\/)/.test(p),
      'Tulis laluan penuh folder, cth. D:\\KaunterSandaran atau \\\\pelayan\\kongsi\\kaunter.',
    ),
  acknowledgedUnexported: z
    .number({ error: 'Bilangan rekod belum dieksport tidak sah.' })
    .int('Bilangan rekod belum dieksport tidak sah.')
    .min(0, 'Bilangan rekod belum dieksport tidak sah.')
    .nullable(),
});
export type ChooseDataFolderInput = z.input<typeof chooseDataFolderSchema>;
