import { useState } from 'react';
import { CASE_CATEGORIES, PROCEEDINGS, type CaseCategory, type Proceeding } from '@shared/domain';
import { caseTypeSchema } from '@shared/schemas/setup';
import type { CaseTypeView } from '@shared/views';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { EmptyState, Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import { schemaResolver } from '../lib/formResolver';
import { findCaseTypes } from '../register/CaseTypePicker';
import { ItemFormActions } from './ItemFormActions';
import { useItemForm } from './useItemForm';
import { unawaited } from '../app/unawaited';

interface CaseTypeForm {
  code: string;
  name: string;
  category: CaseCategory;
  proceeding: Proceeding;
  active: boolean;
}

const resolver = schemaResolver<CaseTypeForm>(caseTypeSchema, { toInput: (v) => v });
const blank: CaseTypeForm = { code: '', name: '', category: 'MAL', proceeding: 'SAMAN', active: true };

/** The court's list of kod kes: add, edit, and deactivate (a used code is never deleted). */
export function CaseTypesSettings() {
  const { ms, msDomain } = useStrings();
  const { state, reload } = useApi('caseTypes.list', {});
  const [filter, setFilter] = useState('');
  const item = useItemForm<CaseTypeForm>({
    resolver,
    blank,
    save: (values) => call('caseTypes.save', values),
    saved: reload,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = item.form;
  const { editing, failure } = item;

  const edit = (t: CaseTypeView) =>
    item.edit(
      t.code,
      { code: t.code, name: t.name, category: t.category, proceeding: t.proceeding, active: t.active },
      'name',
    );

  const types = state.value ?? [];
  const shown = findCaseTypes(types, filter);

  return (
    <div>
      <form className="form subform" onSubmit={(e) => unawaited(item.submit(e))} noValidate>
        <h3>{editing ? ms.caseTypes.editTitle(editing) : ms.caseTypes.addTitle}</h3>
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        <div className="grid grid--case-type">
          <Field id="ct-code" label={ms.caseTypes.code} error={errorAt(errors, 'code')} required>
            {(aria) => (
              <input
                {...aria}
                inputMode="numeric"
                maxLength={3}
                className="input--short"
                readOnly={editing !== null}
                {...register('code')}
              />
            )}
          </Field>
          <Field id="ct-name" label={ms.caseTypes.name} error={errorAt(errors, 'name')} required>
            {(aria) => <input {...aria} {...register('name')} />}
          </Field>
          <Field id="ct-category" label={ms.caseTypes.category} error={errorAt(errors, 'category')} required>
            {(aria) => (
              <select {...aria} {...register('category')}>
                {CASE_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {msDomain.caseCategory[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="ct-proceeding" label={ms.caseTypes.proceeding} error={errorAt(errors, 'proceeding')} required>
            {(aria) => (
              <select {...aria} {...register('proceeding')}>
                {PROCEEDINGS.map((p) => (
                  <option key={p} value={p}>
                    {msDomain.proceeding[p]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <label className="checkbox">
          <input type="checkbox" {...register('active')} />
          <span>{ms.caseTypes.activeLabel}</span>
        </label>
        <ItemFormActions submitting={isSubmitting} editing={editing !== null} onCancel={item.cancel} />
      </form>

      <Field id="ct-filter" label={ms.caseTypes.filter} className="filters__search">
        {(aria) => <input {...aria} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />}
      </Field>
      {state.status === 'error' ? <Notice tone="error">{state.error.message}</Notice> : null}
      {!state.value ? <Loading text={ms.common.loading} /> : null}
      {state.value && types.length === 0 ? <EmptyState>{ms.caseTypes.empty}</EmptyState> : null}
      {shown.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{ms.caseTypes.code}</th>
              <th scope="col">{ms.caseTypes.name}</th>
              <th scope="col">{ms.caseTypes.category}</th>
              <th scope="col">{ms.caseTypes.proceeding}</th>
              <th scope="col">{ms.caseTypes.status}</th>
              <th scope="col">{ms.users.actions}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((t) => (
              <tr key={t.code} className={t.active ? undefined : 'row--inactive'}>
                <td className="code">{t.code}</td>
                <td>{t.name}</td>
                <td>{msDomain.caseCategory[t.category]}</td>
                <td>{msDomain.proceeding[t.proceeding]}</td>
                <td>{t.active ? ms.common.active : ms.common.inactive}</td>
                <td className="nowrap">
                  <button type="button" className="button button--small button--secondary" onClick={() => edit(t)}>
                    {ms.common.edit}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => unawaited(item.saveListed({ ...t, active: !t.active }))}
                  >
                    {t.active ? ms.caseTypes.deactivate : ms.caseTypes.activate}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
