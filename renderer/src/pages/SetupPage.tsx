import { FormFailure } from '../components/FormFailure';
import { useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { setupSchema, type SetupInput } from '@shared/schemas/setup';
import type { SessionView, SetupReference } from '@shared/views';
import type { FieldIssue } from '@shared/errors';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Loading, Notice } from '../components/Notice';
import { strings, useStrings } from '../i18n/strings';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { shownBesideField, applyServerIssues } from '../lib/formErrors';
import { schemaResolver } from '../lib/formResolver';
import { CourtFields } from '../setup/CourtFields';
import { LastNumbersTable } from '../setup/LastNumbersTable';
import {
  courtExtraIssues,
  courtToInput,
  emptyCourt,
  lastNumbersToInput,
  numberingToInput,
  type CourtForm,
  type LastNumberRow,
  type NumberingForm,
} from '../setup/model';
import { NumberingFields } from '../setup/NumberingFields';
import { RecoveryPassphraseFields, type RecoveryForm } from '../setup/RecoveryPassphraseFields';
import { RestoreFromBackup } from '../setup/RestoreFromBackup';
import { RestoreFromCourtFolder } from '../setup/RestoreFromCourtFolder';
import { SupervisorFields, type SupervisorForm } from '../setup/SupervisorFields';
import { unawaitedHandler } from '../app/unawaited';
import { pinsDiffer } from '../components/NewPinFields';
import { chosenHolidays, emptySetupHolidays, SetupHolidays } from '../setup/SetupHolidays';

export interface SetupForm {
  court: CourtForm;
  numbering: NumberingForm;
  lastNumbers: LastNumberRow[];
  supervisor: SupervisorForm;
  recovery: RecoveryForm;
}

/** The payload of setup.complete. Case types are left out: the ledger starts from the shipped list. */
export function setupToInput(values: SetupForm) {
  return {
    court: courtToInput(values.court),
    numbering: numberingToInput(values.numbering),
    lastNumbers: lastNumbersToInput(values.lastNumbers),
    supervisor: { name: values.supervisor.name, pin: values.supervisor.pin },
    recoveryPassphrase: values.recovery.passphrase,
  };
}

const resolver = schemaResolver<SetupForm>(setupSchema, {
  toInput: setupToInput,
  extra: (v) => [
    ...courtExtraIssues(v.court),
    ...pinsDiffer(v.supervisor.pin, v.supervisor.pinConfirm, 'supervisor.pinConfirm'),
    // Optional in the schema (older callers), always asked here: every new counter has one.
    ...(v.recovery.passphrase === ''
      ? [{ path: 'recovery.passphrase', message: strings().msBackup.passphrase.required }]
      : []),
    ...(v.recovery.confirm !== v.recovery.passphrase
      ? [{ path: 'recovery.confirm', message: strings().msBackup.passphrase.mismatch }]
      : []),
  ],
});

/** First-run setup (Tetapan Awal): shown until the court, numbering and first supervisor are saved. */
export function SetupPage({
  onDone,
  onRestored,
}: {
  onDone: (session: SessionView) => void;
  /** A backup was restored from the first-run screen: the app reloads and asks for sign-in. */
  onRestored?: () => void;
}) {
  const { ms, msBackup, msCourt } = useStrings();
  const { state, reload } = useApi('setup.reference', {});
  const [mode, setMode] = useState<'setup' | 'restore' | 'court'>('setup');
  return (
    <main className="setup">
      <header className="setup__header">
        <LanguageSwitch />
        <p className="setup__app">{ms.appName}</p>
        <h1>{ms.setup.title}</h1>
        <p className="setup__intro">{ms.setup.intro}</p>
        <div className="form__actions" role="group" aria-label={msBackup.firstRun.choose}>
          <button
            type="button"
            className={`button${mode === 'setup' ? ' button--primary' : ' button--secondary'}`}
            aria-pressed={mode === 'setup'}
            onClick={() => setMode('setup')}
          >
            {msBackup.firstRun.setupTab}
          </button>
          <button
            type="button"
            className={`button${mode === 'restore' ? ' button--primary' : ' button--secondary'}`}
            aria-pressed={mode === 'restore'}
            onClick={() => setMode('restore')}
          >
            {msBackup.firstRun.restoreTab}
          </button>
          <button
            type="button"
            className={`button${mode === 'court' ? ' button--primary' : ' button--secondary'}`}
            aria-pressed={mode === 'court'}
            onClick={() => setMode('court')}
          >
            {msCourt.restore.tab}
          </button>
        </div>
      </header>
      {mode === 'court' ? (
        <section className="section">
          <h2>{msCourt.restore.tab}</h2>
          <RestoreFromCourtFolder onRestored={onRestored ?? (() => window.location.reload())} />
        </section>
      ) : mode === 'restore' ? (
        <section className="section">
          <h2>{msBackup.firstRun.restoreTab}</h2>
          <RestoreFromBackup onRestored={onRestored ?? (() => window.location.reload())} />
        </section>
      ) : state.status === 'error' ? (
        <Notice tone="error">
          <p>{state.error.message}</p>
          <button type="button" className="button" onClick={reload}>
            {ms.common.retry}
          </button>
        </Notice>
      ) : state.value ? (
        <SetupFormView reference={state.value} onDone={onDone} />
      ) : (
        <Loading text={ms.common.loading} />
      )}
    </main>
  );
}

function SetupFormView({ reference, onDone }: { reference: SetupReference; onDone: (s: SessionView) => void }) {
  const { ms, msBackup, msCalendar } = useStrings();
  const [holidays, setHolidays] = useState(emptySetupHolidays);
  const [holidaysFor, setHolidaysFor] = useState('');
  const [holidaysError, setHolidaysError] = useState<string | null>(null);
  const holidayYears = [reference.currentYear, reference.currentYear + 1];
  const [failure, setFailure] = useState<{ message: string; rest: FieldIssue[] } | null>(null);
  const methods = useForm<SetupForm>({
    resolver,
    defaultValues: {
      court: emptyCourt,
      numbering: { template: reference.defaultTemplate, scope: 'COURT_TYPE_YEAR', blockStart: '1', blockSize: '' },
      lastNumbers: [],
      supervisor: { name: '', pin: '', pinConfirm: '' },
      recovery: { passphrase: '', confirm: '' },
    },
  });
  const { handleSubmit, control, setError, getValues, formState } = methods;
  const [stateCode, courtCode, scope, firstRow] = useWatch({
    control,
    name: ['court.stateCode', 'court.courtCode', 'numbering.scope', 'lastNumbers.0'],
  });
  // Another state, another list: what was unticked, added or confirmed was for the state before.
  if (stateCode !== holidaysFor) {
    setHolidaysFor(stateCode);
    setHolidays(emptySetupHolidays);
  }
  const firstRowType = firstRow?.caseTypeCode;
  const firstRowLast =
    firstRow && /^\d+$/.test(firstRow.lastNumber) && firstRow.year === String(reference.currentYear)
      ? Number(firstRow.lastNumber)
      : undefined;
  const activeTypes = reference.caseTypes.filter((t) => t.active);
  const exampleType = firstRowType && /^\d{3}$/.test(firstRowType) ? firstRowType : (activeTypes[0]?.code ?? '001');

  const onSubmit = async (values: SetupForm) => {
    setFailure(null);
    if (!holidays.confirmed) {
      setHolidaysError(msCalendar.shipped.confirmRequired);
      document.getElementById('setup-holidays-confirm')?.focus();
      return;
    }
    setHolidaysError(null);
    // The resolver has just validated these values with setupSchema, so the blanks are filled.
    const result = await call('setup.complete', {
      ...(setupToInput(values) as SetupInput),
      holidays: chosenHolidays(values.court.stateCode, holidayYears, holidays),
    });
    if (result.ok) {
      onDone(result.value);
      return;
    }
    const rest = applyServerIssues(result.error.issues, setError, (p) => getValues(p as never) !== undefined);
    setFailure(shownBesideField(result.error, rest) ? null : { message: result.error.message, rest });
  };

  return (
    <FormProvider {...methods}>
      <form className="form" onSubmit={unawaitedHandler(handleSubmit(onSubmit))} noValidate>
        <FormFailure
          failure={failure}
          hasErrors={formState.submitCount > 0 && Object.keys(formState.errors).length > 0}
        />
        <section className="section">
          <h2>{ms.setup.courtSection}</h2>
          <CourtFields states={reference.states} />
        </section>
        <section className="section">
          <h2>{ms.setup.numberingSection}</h2>
          <NumberingFields
            stateCode={stateCode}
            courtCode={courtCode}
            exampleTypeCode={exampleType}
            exampleLastNumber={firstRowLast}
            year={reference.currentYear}
          />
        </section>
        <section className="section">
          <h2>{ms.setup.lastNumbersSection}</h2>
          <LastNumbersTable caseTypes={activeTypes} currentYear={reference.currentYear} scope={scope} />
        </section>
        <section className="section">
          <h2>{msCalendar.shipped.title}</h2>
          <SetupHolidays
            stateCode={stateCode}
            states={reference.states}
            years={holidayYears}
            value={holidays}
            onChange={(v) => {
              setHolidays(v);
              if (v.confirmed) setHolidaysError(null);
            }}
            error={holidaysError}
          />
        </section>
        <section className="section">
          <h2>{ms.setup.supervisorSection}</h2>
          <SupervisorFields />
        </section>
        <section className="section">
          <h2>{msBackup.passphrase.title}</h2>
          <RecoveryPassphraseFields />
        </section>
        <div className="form__actions">
          <button type="submit" className="button button--primary button--large" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? ms.common.saving : ms.setup.submit}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
