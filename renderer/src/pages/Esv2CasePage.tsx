import { useNavigate } from 'react-router';
import { useApi } from '../api/useApi';
import { useOutage } from '../app/context';
import { routes } from '../app/routes';
import { Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { RegisterCaseForm } from '../register/RegisterCaseForm';
import { unawaited } from '../app/unawaited';

/** SOP option 2: a case registered in ESV2, recorded with the number and receipt ESV2 gave. */
export function Esv2CasePage() {
  const { ms, msSop } = useStrings();
  const { outage } = useOutage();
  const navigate = useNavigate();
  const { state: types } = useApi('caseTypes.list', {});
  let body;
  if (outage === undefined || !types.value) body = <Loading text={ms.common.loading} />;
  else if (outage?.sopOption === 3) body = <Notice tone="info">{msSop.esv2.option3}</Notice>;
  else if (outage?.sopOption !== 2) body = <Notice tone="info">{msSop.esv2.notOption2}</Notice>;
  else {
    body = (
      <>
        <p className="lead">{msSop.esv2.intro}</p>
        <RegisterCaseForm
          given="ESV2"
          types={types.value.filter((t) => t.active)}
          onSaved={(c) => unawaited(navigate(routes.case(c.id)))}
        />
      </>
    );
  }
  return (
    <div className="page">
      <h1>{msSop.esv2.title}</h1>
      {body}
    </div>
  );
}
