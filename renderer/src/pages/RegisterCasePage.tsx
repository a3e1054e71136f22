import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseView } from '../../../shared/views';
import { useApi } from '../api/useApi';
import { useOutage, useSession } from '../app/context';
import { routes } from '../app/routes';
import { Loading, Notice } from '../components/Notice';
import { ms } from '../i18n/ms';
import { RegisterCaseForm } from '../register/RegisterCaseForm';
import { RegisteredResult } from '../register/RegisteredResult';

/** Daftar Kes Baharu: only under an open SOP option 1 outage; the SOP says why otherwise. */
export function RegisterCasePage() {
  const { isSupervisor } = useSession();
  const { outage, refreshOutage } = useOutage();
  const { state: types } = useApi('caseTypes.list', {});
  const [saved, setSaved] = useState<CaseView | null>(null);
  const [formKey, setFormKey] = useState(0);

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
    body = (
      <RegisterCaseForm
        key={formKey}
        types={types.value.filter((t) => t.active)}
        onSaved={(c) => {
          setSaved(c);
          refreshOutage();
        }}
      />
    );
  }

  return (
    <div className="page">
      {saved ? null : <h1>{ms.register.title}</h1>}
      {body}
    </div>
  );
}
