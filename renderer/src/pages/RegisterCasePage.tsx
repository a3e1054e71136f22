import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AppointmentView } from '@shared/appointmentViews';
import type { CaseTypeView } from '@shared/views';
import { useStrings } from '../i18n/strings';
import { emptyParty, emptyRegisterForm, type RegisterForm } from '../register/model';
import type { CaseView } from '@shared/views';
import { useApi } from '../api/useApi';
import { useOutage, useSession } from '../app/context';
import { routes } from '../app/routes';
import { Loading, Notice } from '../components/Notice';
import { RegisterCaseForm } from '../register/RegisterCaseForm';
import { RegisteredResult } from '../register/RegisteredResult';

/** Daftar Kes Baharu: only under an open SOP option 1 outage; the SOP says why otherwise. */
export function RegisterCasePage() {
  const { ms } = useStrings();
  const { isSupervisor } = useSession();
  const { outage, refreshOutage } = useOutage();
  const { state: types } = useApi('caseTypes.list', {});
  const [saved, setSaved] = useState<CaseView | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [params, setParams] = useSearchParams();
  const appointmentId = Number(params.get('janji'));

  let body;
  if (outage === undefined) body = <Loading text={ms.common.loading} />;
  else if (outage === null) {
    body = (
      <Notice tone="info" title={ms.register.needOutage}>
        <p>{isSupervisor ? ms.register.noOutageSupervisor : ms.register.noOutageClerk}</p>
        {isSupervisor ? (
          <Link className="button button--primary" to={routes.outage}>
            {ms.banner.openLink}
          </Link>
        ) : null}
      </Notice>
    );
  } else if (outage.sopOption === 2) body = <Notice tone="info">{ms.register.option2}</Notice>;
  else if (outage.sopOption === 3) body = <Notice tone="info">{ms.register.option3}</Notice>;
  else if (saved) {
    body = (
      <RegisteredResult
        saved={saved}
        onAnother={() => {
          setSaved(null);
          setFormKey((k) => k + 1);
        }}
      />
    );
  } else if (types.status === 'error' && !types.value) body = <Notice tone="error">{types.error.message}</Notice>;
  else if (!types.value) body = <Loading text={ms.common.loading} />;
  else {
    const onSaved = (c: CaseView) => {
      setSaved(c);
      setParams({});
      refreshOutage();
    };
    const active = types.value.filter((t) => t.active);
    body =
      Number.isInteger(appointmentId) && appointmentId > 0 ? (
        <FromAppointment key={formKey} appointmentId={appointmentId} types={active} onSaved={onSaved} />
      ) : (
        <RegisterCaseForm key={formKey} types={active} onSaved={onSaved} />
      );
  }

  return (
    <div className="page">
      {saved ? null : <h1>{ms.register.title}</h1>}
      {body}
    </div>
  );
}

/** The appointment's person and case type carried into the registration form. */
function appointmentToForm(a: AppointmentView, types: CaseTypeView[]): RegisterForm {
  const type = types.find((t) => t.code === a.caseTypeCode);
  return {
    ...emptyRegisterForm,
    caseTypeCode: type ? a.caseTypeCode : '',
    proceeding: type?.proceeding ?? '',
    parties: [
      {
        ...emptyParty('CLAIMANT'),
        name: a.personName,
        idType: a.idType,
        idNumber: a.idNumber ?? '',
        nationality: a.nationality ?? '',
        idOverrideReason: a.idOverrideReason ?? '',
        phone: a.phone,
      },
    ],
  };
}

function FromAppointment(props: { appointmentId: number; types: CaseTypeView[]; onSaved: (c: CaseView) => void }) {
  const { msSop, ms } = useStrings();
  const { state } = useApi('appointments.get', { appointmentId: props.appointmentId });
  if (state.status === 'error') return <Notice tone="error">{state.error.message}</Notice>;
  if (state.status !== 'ok') return <Loading text={ms.common.loading} />;
  const a = state.value;
  return (
    <>
      <Notice tone="info">{msSop.appointments.prefillFrom(a.reference)}</Notice>
      <RegisterCaseForm
        types={props.types}
        onSaved={props.onSaved}
        initial={appointmentToForm(a, props.types)}
        appointmentId={a.id}
      />
    </>
  );
}
