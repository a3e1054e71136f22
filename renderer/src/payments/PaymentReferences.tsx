import type { InputHTMLAttributes } from 'react';
import { Field } from '../components/Field';
import { useStrings } from '../i18n/strings';

export type ReferenceName = 'kew38Serial' | 'igfmasRef' | 'ispeksRef';

interface Props {
  /** The input's value and change handler: react-hook-form's `register`, or a plain state pair. */
  input: (name: ReferenceName) => InputHTMLAttributes<HTMLInputElement>;
  errorOf?: (name: ReferenceName) => string | undefined;
  /** Keeps ids apart when two forms are on one screen. */
  idPrefix?: string;
}

/** Kew. 38, iGFMAS and iSPEKS: the government's references, the same on a case payment and a filing payment. */
export function PaymentReferences({ input, errorOf = () => undefined, idPrefix = 'pay' }: Props) {
  const { ms } = useStrings();
  return (
    <div className="grid grid--3">
      <Field id={`${idPrefix}-kew38`} label={ms.pay.kew38} hint={ms.pay.kew38Hint} error={errorOf('kew38Serial')}>
        {(aria) => <input {...aria} className="input--mono" autoComplete="off" {...input('kew38Serial')} />}
      </Field>
      <Field id={`${idPrefix}-igfmas`} label={ms.pay.igfmas} error={errorOf('igfmasRef')}>
        {(aria) => <input {...aria} className="input--mono" autoComplete="off" {...input('igfmasRef')} />}
      </Field>
      <Field id={`${idPrefix}-ispeks`} label={ms.pay.ispeks} error={errorOf('ispeksRef')}>
        {(aria) => <input {...aria} className="input--mono" autoComplete="off" {...input('ispeksRef')} />}
      </Field>
    </div>
  );
}
