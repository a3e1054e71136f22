import { z } from 'zod';
import { fieldMessage } from './fieldMessage';

/** The codes of the court's numbering: a case form needs them without the whole setup schema. */
export const stateCodeSchema = z.string().regex(/^\d{2}$/, fieldMessage('Kod negeri mesti 2 digit.'));
export const courtCodeSchema = z
  .string()
  .regex(/^\d{3}$/, fieldMessage('Kod mahkamah mesti 3 digit (cth. 005, 100, 200).'));
export const caseTypeCodeSchema = z.string().regex(/^\d{3}$/, fieldMessage('Kod kes mesti 3 digit.'));
