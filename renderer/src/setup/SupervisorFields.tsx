import { useFormContext } from 'react-hook-form';
import { Field } from '../components/Field';
import { NewPinFields } from '../components/NewPinFields';
import { useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';

export interface SupervisorForm {
  name: string;
  pin: string;
  pinConfirm: string;
}

/** The first Penolong Pendaftar: name and a PIN typed twice, under "supervisor.*". */
export function SupervisorFields() {
  const { ms } = useStrings();
  const {
    register,
    formState: { errors },
  } = useFormContext<{ supervisor: SupervisorForm }>();
  return (
    <div className="grid grid--3">
      <Field id="supervisor-name" label={ms.users.name} error={errorAt(errors, 'supervisor.name')} required>
        {(aria) => <input {...aria} autoComplete="off" {...register('supervisor.name')} />}
      </Field>
      <NewPinFields
        idPrefix="supervisor"
        pin={register('supervisor.pin')}
        pinConfirm={register('supervisor.pinConfirm')}
        errors={errors}
      />
    </div>
  );
}
